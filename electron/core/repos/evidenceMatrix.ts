/**
 * The evidence matrix's reads (tags × participants or segments): row totals, the columns present, the
 * cells of a window and the darkest shade. The arithmetic around them is services/synthesis/matrix.ts.
 */
import type { Database } from 'better-sqlite3';
import { rawStmt, stmt } from '../db/sql';
import type { Where } from './evidence';

export type MatrixAxis = 'participant' | 'segment';

const S = "FILTER (WHERE e.stance = 'supports')";
const C = "FILTER (WHERE e.stance = 'contradicts')";

const columnOf = (axis: MatrixAxis) => (axis === 'participant' ? 'e.participant_id' : 'e.segment_id');

/** [tagId, supporting participants, supporting quotes, contradicting participants] per tag. */
export function matrixTotals(db: Database, w: Where): [number, number, number, number][] {
  return rawStmt(
    db,
    `SELECT e.tag_id, count(DISTINCT e.participant_id) ${S}, count(*) ${S}, count(DISTINCT e.participant_id) ${C}
         FROM evidence e ${w.joins} ${w.where} GROUP BY e.tag_id`,
  ).all(w.params) as [number, number, number, number][];
}

/** The columns: whoever (or whichever segment) has evidence for a tag in `tagList` (JSON ids). */
export function matrixColumnIds(db: Database, w: Where, axis: MatrixAxis, tagList: string): (number | null)[] {
  const column = columnOf(axis);
  return rawStmt(
    db,
    `SELECT DISTINCT ${column} FROM evidence e ${w.joins}
      ${w.where ? `${w.where} AND` : 'WHERE'} e.tag_id IN (SELECT value FROM json_each(@tagList))`,
  )
    .pluck()
    .all({ ...w.params, tagList }) as (number | null)[];
}

export function participantLabels(db: Database): { id: number; pseudonym: string }[] {
  return stmt(db, 'SELECT id, pseudonym FROM participants').all() as { id: number; pseudonym: string }[];
}

export function segmentLabels(db: Database): { id: number; name: string }[] {
  return stmt(db, 'SELECT id, name FROM segments').all() as { id: number; name: string }[];
}

/**
 * [tagId, column, supporting participants, supporting quotes, contradicting participants] for the rows
 * `rowTags`; `cols` (the window's non-null columns) narrows them unless the window spans every column,
 * and `withNull` keeps the "No segment" column.
 */
export function matrixCells(
  db: Database,
  w: Where,
  axis: MatrixAxis,
  rowTags: number[],
  cols: { ids: number[]; withNull: boolean } | null,
): [number, number | null, number, number, number][] {
  const column = columnOf(axis);
  const inCols = !cols
    ? ''
    : !cols.withNull
      ? ` AND ${column} IN (SELECT value FROM json_each(@cols))`
      : ` AND (${column} IN (SELECT value FROM json_each(@cols)) OR ${column} IS NULL)`;
  return rawStmt(
    db,
    `SELECT e.tag_id, ${column}, count(DISTINCT e.participant_id) ${S}, count(*) ${S}, count(DISTINCT e.participant_id) ${C}
         FROM evidence e ${w.joins}
        ${w.where ? `${w.where} AND` : 'WHERE'} e.tag_id IN (SELECT value FROM json_each(@rowTags))${inCols}
        GROUP BY e.tag_id, ${column}`,
  ).all({
    ...w.params,
    rowTags: JSON.stringify(rowTags),
    ...(cols ? { cols: JSON.stringify(cols.ids) } : {}),
  }) as [number, number | null, number, number, number][];
}

/** The busiest cell's supporting participants over the rows in `tagList` (JSON ids); null when none. */
export function matrixMax(db: Database, w: Where, axis: MatrixAxis, tagList: string): number | null {
  const column = columnOf(axis);
  return rawStmt(
    db,
    `SELECT max(n) FROM (SELECT count(DISTINCT e.participant_id) ${S} AS n FROM evidence e ${w.joins}
             ${w.where ? `${w.where} AND` : 'WHERE'} e.tag_id IN (SELECT value FROM json_each(@tagList)) GROUP BY e.tag_id, ${column})`,
  )
    .pluck()
    .get({ ...w.params, tagList }) as number | null;
}
