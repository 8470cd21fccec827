/** The roll-up's two grouped reads of the evidence table: per (tag, stance) and per kind. */
import type { Database } from 'better-sqlite3';
import type { Stance, TagRollup } from '../../../shared/domain/synthesis';
import { rawStmt } from '../db/sql';
import type { Where } from './evidence';

/** [quotes, participants, interviews, companies, intensity sum, intensity n, first, last] */
export type RollupFigures = [number, number, number, number, number | null, number, number | null, number | null];

/** [tagId, stance, ...figures] */
export type RollupGroup = [number, Stance, ...RollupFigures];

/**
 * Grouped by (tag, stance) so that evidence_tag (tag_id, stance, participant_id, …) serves every
 * distinct count in index order; a FILTER per stance made SQLite sort each aggregate apart (2× slower).
 */
export function rollupGroups(db: Database, w: Where): RollupGroup[] {
  return rawStmt(
    db,
    `SELECT e.tag_id, e.stance, count(*), count(DISTINCT e.participant_id), count(DISTINCT e.interview_id),
            count(DISTINCT e.company_id), sum(e.intensity), count(e.intensity), min(e.at), max(e.at)
       FROM evidence e ${w.joins} ${w.where} GROUP BY e.tag_id, e.stance`,
  ).all(w.params) as RollupGroup[];
}

/**
 * [kind, tags, quotes, participants, interviews] for the supporting evidence `supports` selects.
 * evidence_kind covers every column here; left to itself the planner takes evidence_stance_participant
 * for the stance and looks up each row (3× slower).
 */
export function rollupKinds(db: Database, supports: Where): [TagRollup['kind'], number, number, number, number][] {
  return rawStmt(
    db,
    `SELECT e.kind, count(DISTINCT e.tag_id), count(DISTINCT e.quote_id), count(DISTINCT e.participant_id), count(DISTINCT e.interview_id)
       FROM evidence e INDEXED BY evidence_kind ${supports.joins} ${supports.where} GROUP BY e.kind`,
  ).all(supports.params) as [TagRollup['kind'], number, number, number, number][];
}
