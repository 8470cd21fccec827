/** Per-tag and per-kind roll-up of the evidence, ranked by participant reach. */
import type { Database } from 'better-sqlite3';
import type { EvidenceFilters, Rollup, TagRollup } from '../../../../shared/domain/synthesis';
import { compareReach } from '../../../../shared/domain/synthesis';
import { evidenceWhere, rankedQuoteIds, scope } from '../../repos/evidence';
import { rollupGroups, rollupKinds, type RollupFigures } from '../../repos/rollup';
import { listTagsBasic } from '../../repos/tags';

/**
 * Per-tag and per-kind distinct counts, computed by SQLite over the materialised evidence table
 * (covering indexes evidence_tag and evidence_kind), supporting and contradicting apart, and each tag's
 * top three supporting quotes read in rank order from evidence_rank — starred first, then the quote
 * carrying the most tags, then newest. A tag only contradicted has reach 0 and is still listed.
 */
export function rollup(db: Database, filters: EvidenceFilters): Rollup {
  const inScope = scope(db, filters);
  const tagsById = new Map(listTagsBasic(db).map((t) => [t.id, t]));
  const w = evidenceWhere(filters);
  const groups = rollupGroups(db, w);
  const zero: RollupFigures = [0, 0, 0, 0, null, 0, null, null];
  const byTag = new Map<number, { supports: RollupFigures; contradicts: RollupFigures }>();
  for (const [tagId, stance, ...figures] of groups) {
    const entry = byTag.get(tagId) ?? { supports: zero, contradicts: zero };
    entry[stance] = figures;
    byTag.set(tagId, entry);
  }
  const perTag = [...byTag].map(([tagId, { supports: s, contradicts: c }]) => [tagId, ...s, c[0], c[1]] as const);
  const supports = evidenceWhere(filters, { stance: 'supports' });
  const perKind = rollupKinds(db, supports);

  const result: TagRollup[] = [];
  for (const [
    tagId,
    quotes,
    participants,
    interviews,
    companies,
    intensitySum,
    intensityN,
    first,
    last,
    cQuotes,
    cParticipants,
  ] of perTag) {
    const t = tagsById.get(tagId);
    if (!t) continue;
    result.push({
      tagId,
      name: t.name,
      path: t.path,
      kind: t.kind,
      colour: t.colour,
      quotes,
      participants,
      interviews,
      companies,
      participantShare: inScope.participants ? participants / inScope.participants : 0,
      contradictingQuotes: cQuotes,
      contradictingParticipants: cParticipants,
      avgIntensity: intensityN ? Math.round(((intensitySum ?? 0) / intensityN) * 100) / 100 : null,
      firstSeen: first,
      lastSeen: last,
      representativeQuoteIds: rankedQuoteIds(db, filters, { tagId, stance: 'supports' }, 3),
    });
  }
  result.sort(compareReach);
  const kinds = perKind
    .map(([kind, tags, quotes, participants, interviews]) => ({ kind, tags, quotes, participants, interviews }))
    .sort((a, b) => a.kind.localeCompare(b.kind));
  return { participantsInScope: inScope.participants, interviewsInScope: inScope.interviews, tags: result, kinds };
}
