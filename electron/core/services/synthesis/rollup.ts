/** Per-tag and per-kind roll-up of the evidence, ranked by participant reach. */
import type { Database } from 'better-sqlite3';
import type { EvidenceFilters, Rollup, TagRollup } from '../../../../shared/domain/synthesis';
import { compareReach } from '../../../../shared/domain/synthesis';
import { listTagsBasic } from '../../repos/tags';
import { stmt } from '../../db/sql';
import { loadEvidenceTable, scope, type EvidenceRow } from './evidence';

export function rollup(db: Database, filters: EvidenceFilters): Rollup {
  const inScope = scope(db, filters);
  return db.transaction(() => {
    loadEvidenceTable(db, filters);
    const counts = stmt(
      db,
      `SELECT tag_id, count(DISTINCT quote_id) AS quotes, count(DISTINCT pid) AS participants,
              count(DISTINCT interview_id) AS interviews, count(DISTINCT company_id) AS companies,
              avg(intensity) AS avgIntensity, min(at) AS firstSeen, max(at) AS lastSeen
         FROM temp.ev GROUP BY tag_id`,
    ).all() as { tag_id: number; quotes: number; participants: number; interviews: number; companies: number; avgIntensity: number | null; firstSeen: number; lastSeen: number }[];
    // Starred first, then the quote carrying the most tags, then newest: three per tag.
    const reps = stmt(
      db,
      `SELECT tag_id, quote_id FROM (
         SELECT tag_id, quote_id, row_number() OVER (
                  PARTITION BY tag_id
                  ORDER BY starred DESC, (SELECT count(*) FROM codings c WHERE c.quote_id = e.quote_id) DESC, at DESC, quote_id DESC) AS rn
           FROM (SELECT DISTINCT tag_id, quote_id, starred, at FROM temp.ev) e)
        WHERE rn <= 3 ORDER BY tag_id, rn`,
    ).all() as { tag_id: number; quote_id: number }[];
    const kinds = stmt(
      db,
      `SELECT t.kind AS kind, count(DISTINCT e.tag_id) AS tags, count(DISTINCT e.quote_id) AS quotes,
              count(DISTINCT e.pid) AS participants, count(DISTINCT e.interview_id) AS interviews
         FROM temp.ev e JOIN tags t ON t.id = e.tag_id GROUP BY t.kind ORDER BY t.kind`,
    ).all() as Rollup['kinds'];
    const repsByTag = new Map<number, number[]>();
    for (const r of reps) repsByTag.set(r.tag_id, [...(repsByTag.get(r.tag_id) ?? []), r.quote_id]);
    const tags = new Map(listTagsBasic(db).map((t) => [t.id, t]));
    const result: TagRollup[] = counts.flatMap((c) => {
      const t = tags.get(c.tag_id);
      if (!t) return [];
      return [
        {
          tagId: t.id,
          name: t.name,
          path: t.path,
          kind: t.kind,
          colour: t.colour,
          quotes: c.quotes,
          participants: c.participants,
          interviews: c.interviews,
          companies: c.companies,
          participantShare: inScope.participants ? c.participants / inScope.participants : 0,
          avgIntensity: c.avgIntensity === null ? null : Math.round(c.avgIntensity * 100) / 100,
          firstSeen: c.firstSeen,
          lastSeen: c.lastSeen,
          representativeQuoteIds: repsByTag.get(c.tag_id) ?? [],
        },
      ];
    });
    result.sort(compareReach);
    return { participantsInScope: inScope.participants, interviewsInScope: inScope.interviews, tags: result, kinds };
  })();
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
