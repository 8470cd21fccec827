/** Per-tag and per-kind roll-up of the evidence, ranked by participant reach. */
import type { Database } from 'better-sqlite3';
import type { EvidenceFilters, Rollup, TagRollup } from '../../../../shared/domain/synthesis';
import { compareReach } from '../../../../shared/domain/synthesis';
import { listTagsBasic } from '../../repos/tags';
import { codingCounts, evidenceRows, scope, type EvidenceRow } from './evidence';

interface Acc {
  quotes: Set<number>;
  participants: Set<number>;
  interviews: Set<number>;
  companies: Set<number>;
  intensitySum: number;
  intensityN: number;
  first: number;
  last: number;
  rows: EvidenceRow[];
}

export function rollup(db: Database, filters: EvidenceFilters): Rollup {
  const rows = evidenceRows(db, filters);
  const inScope = scope(db, filters);
  const byTag = new Map<number, Acc>();
  for (const r of rows) {
    let a = byTag.get(r.tagId);
    if (!a) {
      a = { quotes: new Set(), participants: new Set(), interviews: new Set(), companies: new Set(), intensitySum: 0, intensityN: 0, first: Infinity, last: -Infinity, rows: [] };
      byTag.set(r.tagId, a);
    }
    a.quotes.add(r.quoteId);
    if (r.participantId !== null) a.participants.add(r.participantId);
    a.interviews.add(r.interviewId);
    if (r.companyId !== null) a.companies.add(r.companyId);
    if (r.intensity !== null) {
      a.intensitySum += r.intensity;
      a.intensityN++;
    }
    a.first = Math.min(a.first, r.at);
    a.last = Math.max(a.last, r.at);
    a.rows.push(r);
  }
  const tags = listTagsBasic(db);
  const coded = codingCounts(db, [...new Set(rows.map((r) => r.quoteId))]);
  const result: TagRollup[] = [];
  for (const t of tags) {
    const a = byTag.get(t.id);
    if (!a) continue;
    result.push({
      tagId: t.id,
      name: t.name,
      path: t.path,
      kind: t.kind,
      colour: t.colour,
      quotes: a.quotes.size,
      participants: a.participants.size,
      interviews: a.interviews.size,
      companies: a.companies.size,
      participantShare: inScope.participants ? a.participants.size / inScope.participants : 0,
      avgIntensity: a.intensityN ? Math.round((a.intensitySum / a.intensityN) * 100) / 100 : null,
      firstSeen: a.first,
      lastSeen: a.last,
      representativeQuoteIds: representative(a.rows, coded),
    });
  }
  result.sort(compareReach);
  const kinds = new Map<TagRollup['kind'], { tags: number; quotes: Set<number>; participants: Set<number>; interviews: Set<number> }>();
  for (const t of result) {
    const a = byTag.get(t.tagId)!;
    const k = kinds.get(t.kind) ?? { tags: 0, quotes: new Set(), participants: new Set(), interviews: new Set() };
    k.tags++;
    a.quotes.forEach((q) => k.quotes.add(q));
    a.participants.forEach((p) => k.participants.add(p));
    a.interviews.forEach((i) => k.interviews.add(i));
    kinds.set(t.kind, k);
  }
  return {
    participantsInScope: inScope.participants,
    interviewsInScope: inScope.interviews,
    tags: result,
    kinds: [...kinds.entries()].map(([kind, k]) => ({ kind, tags: k.tags, quotes: k.quotes.size, participants: k.participants.size, interviews: k.interviews.size })),
  };
}

/** Starred first, then the quote carrying the most tags, then newest. */
export function representative(rows: EvidenceRow[], coded: Map<number, number>, n = 3): number[] {
  const seen = new Set<number>();
  return [...rows]
    .sort((a, b) => Number(b.starred) - Number(a.starred) || (coded.get(b.quoteId) ?? 0) - (coded.get(a.quoteId) ?? 0) || b.at - a.at || b.quoteId - a.quoteId)
    .filter((r) => !seen.has(r.quoteId) && seen.add(r.quoteId))
    .slice(0, n)
    .map((r) => r.quoteId);
}
