/**
 * The reads behind co-occurrence and saturation (services/synthesis/patterns.ts does the arithmetic):
 * distinct (group, tag) pairs in group order, and the interviews in chart order with each tag's first.
 */
import type { Database } from 'better-sqlite3';
import type { TagKind } from '../../../shared/domain/tag';
import { rawStmt } from '../db/sql';
import type { Where } from './evidence';

/** [group, tagId] in (group, tag) order: a covering index walk. */
export function groupTagPairs(db: Database, w: Where, scopeKind: 'quote' | 'participant'): [number, number][] {
  const group = scopeKind === 'quote' ? 'e.quote_id' : 'e.participant_id';
  return rawStmt(
    db,
    `SELECT DISTINCT ${group}, e.tag_id FROM evidence e ${w.joins} ${w.where} ORDER BY ${group}, e.tag_id`,
  ).all(w.params) as [number, number][];
}

// Interviews in the chart's order: undated last, then by date, then by id.
const ORDERED = `SELECT id, title, date, row_number() OVER (ORDER BY date IS NULL, date, id) AS n
                     FROM interviews WHERE status <> 'cancelled'`;

/** [id, title, date, position] of the interviews with evidence in scope, in chart order. */
export function interviewsInOrder(db: Database, w: Where): [number, string, number | null, number][] {
  return rawStmt(
    db,
    `WITH o AS MATERIALIZED (${ORDERED})
     SELECT o.id, o.title, o.date, o.n FROM o WHERE o.id IN (SELECT e.interview_id FROM evidence e ${w.joins} ${w.where}) ORDER BY o.n`,
  ).all(w.params) as [number, string, number | null, number][];
}

/** [tagId, position of the first interview that raised it], of one kind or all. */
export function firstInterviewOfTags(db: Database, w: Where, kind: TagKind | null): [number, number][] {
  const and = w.where ? `${w.where} AND` : 'WHERE';
  return rawStmt(
    db,
    `WITH o AS MATERIALIZED (${ORDERED})
     SELECT e.tag_id, min(o.n) FROM evidence e JOIN o ON o.id = e.interview_id ${w.joins}
       ${kind === null ? w.where : `${and} e.kind = @kind`} GROUP BY e.tag_id`,
  ).all(kind === null ? w.params : { ...w.params, kind }) as [number, number][];
}
