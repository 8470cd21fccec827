/**
 * TagPicker keys: Enter applies the highlighted match, Enter with nothing matching creates a tag
 * named as typed (as in Dovetail), Ctrl+Enter creates even when something matches, Escape closes.
 */
import { cleanup, fireEvent, render, screen } from '@testing-library/react';
import { afterEach, describe, expect, it } from 'vitest';
import type { Tag } from '../../shared/domain/tag';
import { TagPicker } from '../../renderer/src/features/coding/TagPicker';

const tag = (id: number, name: string): Tag => ({
  id,
  guid: `g-${id}`,
  name,
  kind: 'pain_point',
  parentId: null,
  colour: '#cc3333',
  definition: '',
  examples: '',
  pinnedSlot: null,
  position: id,
  archived: false,
  path: name,
  codingCount: 0,
  quoteCount: 0,
  participantCount: 0,
  contradictingCount: 0,
  notCountedCount: 0,
  createdAt: 0,
  updatedAt: 0,
});

function open() {
  const seen: string[] = [];
  render(
    <TagPicker
      tags={[tag(1, 'Manual reconciliation'), tag(2, 'Month-end close')]}
      applied={new Set()}
      anchor={null}
      title="Tag the quote"
      onApply={(t) => seen.push(`apply ${t.name}`)}
      onCreate={(name, kind) => seen.push(`create ${name} (${kind})`)}
      onClose={(reason) => seen.push(`close ${reason}`)}
    />,
  );
  const input = screen.getByRole('combobox', { name: 'Tag name' });
  const type = (text: string) => fireEvent.change(input, { target: { value: text } });
  const press = (key: string, ctrlKey = false) => fireEvent.keyDown(input, { key, ctrlKey });
  return { seen, type, press };
}

afterEach(cleanup);

describe('TagPicker keys', () => {
  it('Enter applies the highlighted match', () => {
    const { seen, type, press } = open();
    type('month');
    press('Enter');
    expect(seen).toEqual(['apply Month-end close']);
  });

  it('Enter with no match creates a tag named as typed, and the hint says so', () => {
    const { seen, type, press } = open();
    type('  Shadow spreadsheets ');
    expect(document.querySelector('.picker-hint')?.textContent).toContain('Enter create “Shadow spreadsheets”');
    press('Enter');
    expect(seen).toEqual(['create Shadow spreadsheets (theme)']);
  });

  it('blank text creates nothing; Ctrl+Enter creates even when a tag matches; Escape closes', () => {
    const { seen, type, press } = open();
    type('   ');
    press('Enter', true);
    expect(seen).toEqual([]);
    type('Manual');
    press('Enter', true);
    press('Escape');
    expect(seen).toEqual(['create Manual (theme)', 'close escape']);
  });
});
