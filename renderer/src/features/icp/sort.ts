/** Sorting the companies table by name, weighted score or tier; not-computable rows always sink. */
import type { Tier } from '../../../../shared/domain/icp';

export type SortKey = 'name' | 'score' | 'tier';
export type SortDir = 'ascending' | 'descending';

export interface Sortable {
  companyName: string;
  score: number | null;
  tier: Tier | null;
}

const TIER_RANK: Record<Tier, number> = { tier1: 1, tier2: 2, tier3: 3, disqualified: 4 };

/** "Descending" means best first for score and tier (highest score, tier 1), and Z→A for names. */
export function sortRows<T extends Sortable>(rows: readonly T[], key: SortKey, dir: SortDir): T[] {
  const sign = dir === 'ascending' ? 1 : -1;
  const byName = (a: T, b: T) => a.companyName.localeCompare(b.companyName, undefined, { sensitivity: 'base' });
  return [...rows].sort((a, b) => {
    if (key === 'name') return sign * byName(a, b);
    const av = key === 'score' ? a.score : a.tier ? -TIER_RANK[a.tier] : null;
    const bv = key === 'score' ? b.score : b.tier ? -TIER_RANK[b.tier] : null;
    if (av === null || bv === null) return av === bv ? byName(a, b) : av === null ? 1 : -1;
    if (av !== bv) return sign * (av - bv);
    // Same tier: the higher score first either way, then the name.
    if (key === 'tier' && a.score !== null && b.score !== null && a.score !== b.score) return b.score - a.score;
    return byName(a, b);
  });
}
