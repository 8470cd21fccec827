/** The palette's word index: prefix words in any order, accents ignored, typos through Fuse, best first. */
import { describe, expect, it } from 'vitest';
import type { PaletteItem } from '../../renderer/src/features/palette/commands';
import { PaletteIndex } from '../../renderer/src/features/palette/paletteIndex';

const item = (id: string, kind: PaletteItem['kind'], label: string, detail = ''): PaletteItem => ({
  id,
  kind,
  label,
  detail,
  run: () => undefined,
});

const items = [
  item('go-quotes', 'Go to', 'Quotes'),
  item('i1', 'Interview', 'Call with Ana', 'P01'),
  item('i2', 'Interview', 'Onboarding call', 'P02, P03'),
  item('t1', 'Tag', 'Manual reconciliation', 'Pain points / Manual reconciliation'),
  item('t2', 'Tag', 'Café tooling'),
  ...Array.from({ length: 2000 }, (_, i) => item(`p${i}`, 'Participant', `P${1000 + i}`, `Company ${i % 40}`)),
];
const index = new PaletteIndex(items);
const ids = (q: string, n = 5) => index.search(q, n).map((i) => i.id);

describe('palette index', () => {
  it('finds items by the start of any of their words, every typed word counting', () => {
    expect(ids('recon')).toEqual(['t1']);
    expect(ids('call')).toEqual(['i1', 'i2']);
    expect(ids('call onb')).toEqual(['i2']);
    expect(ids('cafe')).toEqual(['t2']);
  });
  it('puts a label that starts with what was typed first', () => {
    expect(ids('onboarding')[0]).toBe('i2');
    expect(ids('quotes')[0]).toBe('go-quotes');
  });
  it('still forgives a typo, through fuzzy matching when no word starts that way', () => {
    expect(ids('reconcilation')).toContain('t1');
  });
  it('shows the first items for an empty query, and at most the limit', () => {
    expect(ids('', 3)).toEqual(['go-quotes', 'i1', 'i2']);
    expect(index.search('company', 30)).toHaveLength(30);
  });
});
