/** The operation log: one row per user change (audit trail; undo/redo reads it). */
import type { Database } from 'better-sqlite3';
import { stmt } from '../db/sql';

export interface OperationRow {
  action: string;
  entity: string;
  entityId: number | null;
  payload: unknown;
  undoable?: boolean;
  /** Whose step this is (coders.id); null: the unknown coder. */
  coderId?: number | null;
}

export function recordOperation(db: Database, at: number, op: OperationRow): number {
  const info = stmt(
    db,
    'INSERT INTO operations (at, action, entity, entity_id, payload, undoable, coder_id) VALUES (?, ?, ?, ?, ?, ?, ?)',
  ).run(
    at,
    op.action,
    op.entity,
    op.entityId,
    JSON.stringify(op.payload ?? {}),
    op.undoable ? 1 : 0,
    op.coderId ?? null,
  );
  return Number(info.lastInsertRowid);
}

export function countOperations(db: Database): number {
  return (stmt(db, 'SELECT count(*) AS n FROM operations').get() as { n: number }).n;
}
