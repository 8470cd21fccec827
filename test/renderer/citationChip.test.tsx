/** Citation chips: supports and contradicts differ in words (not colour only), focus previews the quote, the link opens the transcript. */
import { cleanup, fireEvent, render, screen } from '@testing-library/react';
import { afterEach, describe, expect, it } from 'vitest';
import type { Citation } from '../../shared/domain/persona';
import { CitationChip } from '../../renderer/src/features/citations/CitationChip';

const base: Citation = {
  id: 1,
  quoteId: 42,
  polarity: 'supports',
  note: '',
  exactText: 'Every audit season I lose sleep over missing paperwork.',
  interviewId: 7,
  interviewTitle: 'Interview 7',
  interviewDate: Date.UTC(2026, 0, 7),
  participantId: 3,
  participantPseudonym: 'Gray',
  startMs: 12_000,
  countsAsEvidence: true,
};

afterEach(cleanup);

describe('CitationChip', () => {
  it('links to the quote in its transcript and previews it on keyboard focus', () => {
    render(<CitationChip citation={base} n={1} />);
    const link = screen.getByRole('link', { name: /^Citation 1, supports: Gray, Interview 7$/ });
    expect(link.getAttribute('href')).toBe('#/interviews/7?quote=42');
    expect(screen.queryByRole('tooltip')).toBeNull();
    fireEvent.focus(link);
    const preview = screen.getByRole('tooltip');
    expect(preview.textContent).toContain('Supports');
    expect(preview.textContent).toContain(base.exactText);
    expect(link.getAttribute('aria-describedby')).toBe(preview.id);
    fireEvent.keyDown(link, { key: 'Escape' });
    expect(screen.queryByRole('tooltip')).toBeNull();
  });

  it('says when a cited quote does not count as evidence', () => {
    render(
      <CitationChip
        citation={{ ...base, countsAsEvidence: false, participantId: null, participantPseudonym: null }}
        n={2}
      />,
    );
    const link = screen.getByRole('link', { name: /^Citation 2, supports, not counted as evidence: Unknown speaker/ });
    fireEvent.focus(link);
    expect(screen.getByRole('tooltip').textContent).toContain('Not counted as evidence');
  });

  it('marks a contradiction with a symbol and words as well as colour', () => {
    render(<CitationChip citation={{ ...base, polarity: 'contradicts' }} n={4} />);
    const link = screen.getByRole('link', { name: /^Citation 4, contradicts/ });
    expect(link.textContent).toBe('✕ 4');
    fireEvent.mouseEnter(link.parentElement!);
    expect(screen.getByRole('tooltip').textContent).toContain('Contradicts');
  });
});
