/** The claim editor: edits words and detail, lists citations with their stance, removes one, saves, cancels. */
import { cleanup, fireEvent, render, screen, waitFor } from '@testing-library/react';
import { afterEach, describe, expect, it } from 'vitest';
import type { Citation } from '../../shared/domain/persona';
import { ClaimEditor } from '../../renderer/src/features/citations/ClaimEditor';
import { countContradicting, STANCE_TAG } from '../../renderer/src/features/citations/stance';

const cite = (id: number, polarity: Citation['polarity'], exactText: string): Citation => ({
  id,
  quoteId: 100 + id,
  polarity,
  note: '',
  exactText,
  interviewId: 7,
  interviewTitle: 'Interview 7',
  interviewDate: Date.UTC(2026, 0, 7),
  participantId: 3,
  participantPseudonym: 'Gray',
  startMs: 12_000,
  countsAsEvidence: true,
  sourceKind: 'interview',
});

const citations = [cite(1, 'supports', 'Audits cost me a week.'), cite(2, 'contradicts', 'Audits are easy for us.')];

afterEach(cleanup);

function setup(props: Partial<Parameters<typeof ClaimEditor>[0]> = {}) {
  const log = { saved: [] as [string, string][], uncited: [] as number[], done: 0 };
  render(
    <ClaimEditor
      statement="Dreads audit season"
      citations={citations}
      look="list"
      onSave={async (statement, detail) => {
        log.saved.push([statement, detail]);
        return true;
      }}
      onUncite={(quoteId) => log.uncited.push(quoteId)}
      onDone={() => log.done++}
      {...props}
    />,
  );
  return log;
}

describe('ClaimEditor', () => {
  it('saves the edited words and detail, then closes', async () => {
    const log = setup({ detail: { label: 'Why', value: 'Fines' }, saveLabel: 'Save and accept' });
    fireEvent.change(screen.getByLabelText('Statement'), { target: { value: 'Fears audit season' } });
    fireEvent.change(screen.getByLabelText('Why'), { target: { value: 'Fines and overtime' } });
    fireEvent.click(screen.getByRole('button', { name: 'Save and accept' }));
    await waitFor(() => expect(log.done).toBe(1));
    expect(log.saved).toEqual([['Fears audit season', 'Fines and overtime']]);
  });

  it('stays open when the save fails', async () => {
    const log = setup({ onSave: async () => false });
    fireEvent.click(screen.getByRole('button', { name: 'Save' }));
    await new Promise((r) => setTimeout(r, 0));
    expect(log.done).toBe(0);
    expect(screen.getByLabelText('Statement')).toBeTruthy();
  });

  it('lists citations with their stance in words and removes the chosen one', () => {
    const log = setup();
    const list = screen.getByRole('list', { name: 'Cited quotes' });
    expect(list.textContent).toContain('[1] “Audits cost me a week.”');
    expect(list.textContent).toContain('[2] Contradicts: “Audits are easy for us.”');
    fireEvent.click(screen.getByRole('button', { name: 'Remove citation 2' }));
    expect(log.uncited).toEqual([102]);
    expect(log.saved).toEqual([]);
  });

  it('shows cards with the stance tag and where the quote was said', () => {
    setup({ look: 'cards' });
    const list = screen.getByRole('list', { name: 'Cited quotes' });
    expect(list.textContent).toContain(`${STANCE_TAG.contradicts} “Audits are easy for us.”`);
    expect(screen.getAllByRole('link', { name: 'Interview 7' }).map((a) => a.getAttribute('href'))).toEqual([
      '#/interviews/7?quote=101',
      '#/interviews/7?quote=102',
    ]);
  });

  it('Escape and Cancel close without saving; no citations, no list', () => {
    const log = setup({ citations: [] });
    expect(screen.queryByRole('list')).toBeNull();
    fireEvent.keyDown(screen.getByLabelText('Statement'), { key: 'Escape' });
    fireEvent.click(screen.getByRole('button', { name: 'Cancel' }));
    expect(log.done).toBe(2);
    expect(log.saved).toEqual([]);
  });

  it('counts contradicting citations', () => {
    expect(countContradicting(citations)).toBe(1);
    expect(countContradicting([])).toBe(0);
  });
});
