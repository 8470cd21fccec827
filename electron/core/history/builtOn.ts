/**
 * Whether another coder's later steps build on a step about to be undone or redone (issue 18): undo is
 * per coder, so coder A may undo a step after coder B has worked on its rows. Two ways B can depend on
 * it, both read from the steps' own recorded rows: B changed the same columns of the same row (undoing
 * A would overwrite B), or B made or kept a row pointing at one A's replay removes (deleting it would
 * take B's row with it through the foreign key's cascade).
 */
import type { Database } from 'better-sqlite3';
import { stmt } from '../db/sql';
import { bulkIds, foreignKeys, isBulk, type Change, type RowChange, type Row } from './changeSet';

interface OpRow {
  id: number;
  payload: string;
}

/** Undoable steps after `opId` by coders other than `coderId` that are still done. */
export function laterStepsOfOthers(db: Database, opId: number, coderId: number | null): OpRow[] {
  return stmt(
    db,
    'SELECT id, payload FROM operations WHERE undoable = 1 AND undone = 0 AND id > ? AND coder_id IS NOT ? ORDER BY id',
  ).all(opId, coderId) as OpRow[];
}

const WHAT: Record<string, string> = {
  quotes: 'a quote',
  codings: 'a tag on a quote',
  citations: 'a citation',
  attributes: 'a persona attribute',
  tags: 'a tag',
};
const what = (table: string) => WHAT[table] ?? 'a record';

const ALL = '*';

function rowKey(c: RowChange): string {
  if (c.id !== 0) return `${c.table}:${c.id}`;
  const row = (c.after ?? c.before) as Row;
  return `${c.table}:${JSON.stringify(Object.entries(row).sort())}`;
}

/** The columns a change wrote: every one for an insert or delete. */
function columnsOf(c: RowChange): string[] {
  if (!c.before || !c.after) return [ALL];
  return Object.keys(c.after).filter((k) => c.before![k] !== c.after![k]);
}

/**
 * What of `changes` a later step depends on, in words (null: nothing), when `changes` is replayed in
 * `direction`.
 */
export function builtOn(
  db: Database,
  changes: readonly Change[],
  later: readonly (readonly Change[])[],
  direction: 'undo' | 'redo',
): string | null {
  const touched = new Map<string, { table: string; columns: string[] }>();
  const removed = new Set<string>();
  for (const c of changes) {
    if (isBulk(c)) {
      // Inserted rows: every column is this step's; undo removes them all.
      for (const id of bulkIds(c)) {
        touched.set(`${c.table}:${id}`, { table: c.table, columns: [ALL] });
        if (direction === 'undo') removed.add(`${c.table}:${id}`);
      }
      continue;
    }
    touched.set(rowKey(c), { table: c.table, columns: columnsOf(c) });
    // Undo deletes what the step inserted; redo deletes again what it deleted.
    const goes = direction === 'undo' ? !c.before && c.after : c.before && !c.after;
    if (goes && c.id !== 0) removed.add(`${c.table}:${c.id}`);
  }
  for (const step of later) {
    for (const l of step) {
      if (isBulk(l)) {
        // A later bulk insert only points at its own step's rows (ChangeSet.insertMany), so it can
        // only clash by id: a row this step made, deleted since and made again by the other coder.
        for (const id of bulkIds(l)) {
          const mine = touched.get(`${l.table}:${id}`);
          if (mine) return what(mine.table);
        }
        continue;
      }
      const mine = touched.get(rowKey(l));
      if (mine) {
        const theirs = columnsOf(l);
        if (mine.columns.includes(ALL) || theirs.includes(ALL) || theirs.some((col) => mine.columns.includes(col))) {
          return what(mine.table);
        }
      }
      if (!l.after || removed.size === 0) continue;
      for (const fk of foreignKeys(db, l.table)) {
        const value = l.after[fk.from];
        if (typeof value === 'number' && removed.has(`${fk.table}:${value}`)) return what(fk.table);
      }
    }
  }
  return null;
}
