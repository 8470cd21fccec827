/**
 * The persisted undo/redo history, kept in the operation log so it survives a restart.
 * Linear: a new undoable action discards what could have been redone.
 */
import type { Database } from 'better-sqlite3';
import { AppError } from '../../../shared/errors';
import type { EntityKind } from '../../../shared/ipc/events';
import type { ProjectContext } from '../context';
import { stmt } from '../db/sql';
import { recordOperation } from '../repos/operations';
import { ChangeSet, replay, type Change } from './changeSet';

export interface UndoPayload {
  label: string;
  changes: Change[];
  /** Entity kinds touched, so the UI knows what to refetch. */
  kinds: string[];
}

export interface HistoryState {
  canUndo: boolean;
  canRedo: boolean;
  undoLabel: string | null;
  redoLabel: string | null;
}

/**
 * Runs `work` in a transaction with a ChangeSet and records it as one undoable step.
 * Returns what `work` returned.
 */
export function undoable<T>(
  ctx: ProjectContext,
  meta: { label: string; action: string; entity: string; entityId?: number | null; kinds: EntityKind[] },
  work: (changes: ChangeSet) => T,
): T {
  let recorded = false;
  const result = ctx.db.transaction(() => {
    const changes = new ChangeSet(ctx.db);
    const result = work(changes);
    if (changes.changes.length > 0) {
      recorded = true;
      stmt(ctx.db, 'UPDATE operations SET undoable = 0 WHERE undoable = 1 AND undone = 1').run();
      const payload: UndoPayload = { label: meta.label, changes: changes.changes, kinds: meta.kinds };
      recordOperation(ctx.db, ctx.clock.now(), {
        action: meta.action,
        entity: meta.entity,
        entityId: meta.entityId ?? null,
        payload,
        undoable: true,
      });
    }
    return result;
  })();
  // A new step changes what Undo and Redo offer: the operation log is the one writer of `history`, so
  // no service has to remember to say it (the renderer coalesces it with the service's own events).
  if (recorded) ctx.emit('entities.changed', { kind: 'history', ids: [] });
  return result;
}

interface OpRow {
  id: number;
  payload: string;
}

function lastDone(db: Database): OpRow | undefined {
  return stmt(
    db,
    'SELECT id, payload FROM operations WHERE undoable = 1 AND undone = 0 ORDER BY id DESC LIMIT 1',
  ).get() as OpRow | undefined;
}

function firstUndone(db: Database): OpRow | undefined {
  return stmt(
    db,
    'SELECT id, payload FROM operations WHERE undoable = 1 AND undone = 1 ORDER BY id ASC LIMIT 1',
  ).get() as OpRow | undefined;
}

export function historyState(db: Database): HistoryState {
  const u = lastDone(db);
  const r = firstUndone(db);
  return {
    canUndo: !!u,
    canRedo: !!r,
    undoLabel: u ? (JSON.parse(u.payload) as UndoPayload).label : null,
    redoLabel: r ? (JSON.parse(r.payload) as UndoPayload).label : null,
  };
}

/** Undoes (or redoes) one step; returns its payload so the caller can tell the UI what changed. */
export function step(ctx: ProjectContext, direction: 'undo' | 'redo'): UndoPayload {
  return ctx.db.transaction(() => {
    const op = direction === 'undo' ? lastDone(ctx.db) : firstUndone(ctx.db);
    if (!op) throw new AppError('NOT_FOUND', direction === 'undo' ? 'Nothing to undo.' : 'Nothing to redo.');
    const payload = JSON.parse(op.payload) as UndoPayload;
    replay(ctx.db, payload.changes, direction);
    stmt(ctx.db, 'UPDATE operations SET undone = ? WHERE id = ?').run(direction === 'undo' ? 1 : 0, op.id);
    recordOperation(ctx.db, ctx.clock.now(), {
      action: direction,
      entity: 'operation',
      entityId: op.id,
      payload: { label: payload.label },
    });
    return payload;
  })();
}
