/** The ICP companies table's sort: best first by score or tier, names as tie-breaks, uncomputable rows last. */
import { describe, expect, it } from 'vitest';
import { sortRows, type Sortable } from '../../renderer/src/features/icp/sort';

const rows: Sortable[] = [
  { companyName: 'Delta', score: null, tier: null },
  { companyName: 'beta', score: 4, tier: 'tier1' },
  { companyName: 'Acme', score: 5, tier: 'disqualified' },
  { companyName: 'Gamma', score: 3.6, tier: 'tier2' },
  { companyName: 'Epsilon', score: 4.5, tier: 'tier1' },
];
const names = (r: Sortable[]) => r.map((x) => x.companyName);

describe('sortRows', () => {
  it('sorts names case-insensitively both ways', () => {
    expect(names(sortRows(rows, 'name', 'ascending'))).toEqual(['Acme', 'beta', 'Delta', 'Epsilon', 'Gamma']);
    expect(names(sortRows(rows, 'name', 'descending'))).toEqual(['Gamma', 'Epsilon', 'Delta', 'beta', 'Acme']);
  });

  it('puts the highest score first when descending, and rows without a score last either way', () => {
    expect(names(sortRows(rows, 'score', 'descending'))).toEqual(['Acme', 'Epsilon', 'beta', 'Gamma', 'Delta']);
    expect(names(sortRows(rows, 'score', 'ascending'))).toEqual(['Gamma', 'beta', 'Epsilon', 'Acme', 'Delta']);
  });

  it('puts tier 1 first when descending (higher score first within a tier), a disqualifier below tier 3', () => {
    expect(names(sortRows(rows, 'tier', 'descending'))).toEqual(['Epsilon', 'beta', 'Gamma', 'Acme', 'Delta']);
    expect(names(sortRows(rows, 'tier', 'ascending'))).toEqual(['Acme', 'Gamma', 'Epsilon', 'beta', 'Delta']);
  });
});
