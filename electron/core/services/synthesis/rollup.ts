/** Per-tag and per-kind roll-up of the evidence, ranked by participant reach. */
import type { Database } from 'better-sqlite3';
import type { EvidenceFilters, Rollup, TagRollup } from '../../../../shared/domain/synthesis';
import { compareReach } from '../../../../shared/domain/synthesis';
import { listTagsBasic } from '../../repos/tags';
import { evidenceRaw, scope, type EvidenceRow, type RawRow } from './evidence';

/**
 * One pass over the evidence rows (raw arrays, no per-row objects): per-tag and per-kind distinct
 * counts, and each tag's top three quotes — starred first, then the quote carrying the most tags
 * (counted from the same rows), then newest.
 */
export function rollup(db: Database, filters: EvidenceFilters): Rollup {
  const inScope = scope(db, filters);
  const rows = evidenceRaw(db, filters);
  const tagsById = new Map(listTagsBasic(db).map((t) => [t.id, t]));
  const codingsPerQuote = new Map<number, number>();
  for (const r of rows) codingsPerQuote.set(r[1], (codingsPerQuote.get(r[1]) ?? 0) + 1);

  interface Acc {
    quotes: number;
    participants: Set<number>;
    interviews: Set<number>;
    companies: Set<number>;
    intensitySum: number;
    intensityN: number;
    first: number;
    last: number;
    top: RawRow[];
  }
  const byTag = new Map<number, Acc>();
  const byKind = new Map<string, { tags: Set<number>; quotes: Set<number>; participants: Set<number>; interviews: Set<number> }>();
  const better = (a: RawRow, b: RawRow) =>
    b[8] - a[8] || (codingsPerQuote.get(b[1]) ?? 0) - (codingsPerQuote.get(a[1]) ?? 0) || b[4] - a[4] || b[1] - a[1];
  for (const r of rows) {
    const [tagId, quoteId, intensity, interviewId, at, pid, companyId] = r;
    let a = byTag.get(tagId);
    if (!a) {
      a = { quotes: 0, participants: new Set(), interviews: new Set(), companies: new Set(), intensitySum: 0, intensityN: 0, first: at, last: at, top: [] };
      byTag.set(tagId, a);
    }
    a.quotes++; // a quote carries a tag at most once (codings_pair is unique)
    if (pid !== null) a.participants.add(pid);
    a.interviews.add(interviewId);
    if (companyId !== null) a.companies.add(companyId);
    if (intensity !== null) {
      a.intensitySum += intensity;
      a.intensityN++;
    }
    if (at < a.first) a.first = at;
    if (at > a.last) a.last = at;
    // Keep the best three by insertion: O(rows).
    if (a.top.length < 3 || better(r, a.top[2]!) < 0) {
      a.top.push(r);
      a.top.sort(better);
      if (a.top.length > 3) a.top.pop();
    }
    const kind = tagsById.get(tagId)?.kind;
    if (kind) {
      const k = byKind.get(kind) ?? { tags: new Set(), quotes: new Set(), participants: new Set(), interviews: new Set() };
      k.tags.add(tagId);
      k.quotes.add(quoteId);
      if (pid !== null) k.participants.add(pid);
      k.interviews.add(interviewId);
      byKind.set(kind, k);
    }
  }
  const result: TagRollup[] = [];
  for (const [tagId, a] of byTag) {
    const t = tagsById.get(tagId);
    if (!t) continue;
    result.push({
      tagId,
      name: t.name,
      path: t.path,
      kind: t.kind,
      colour: t.colour,
      quotes: a.quotes,
      participants: a.participants.size,
      interviews: a.interviews.size,
      companies: a.companies.size,
      participantShare: inScope.participants ? a.participants.size / inScope.participants : 0,
      avgIntensity: a.intensityN ? Math.round((a.intensitySum / a.intensityN) * 100) / 100 : null,
      firstSeen: a.first,
      lastSeen: a.last,
      representativeQuoteIds: a.top.map((r) => r[1]),
    });
  }
  result.sort(compareReach);
  const kinds = [...byKind.entries()]
    .map(([kind, k]) => ({ kind: kind as TagRollup['kind'], tags: k.tags.size, quotes: k.quotes.size, participants: k.participants.size, interviews: k.interviews.size }))
    .sort((a, b) => a.kind.localeCompare(b.kind));
  return { participantsInScope: inScope.participants, interviewsInScope: inScope.interviews, tags: result, kinds };
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
