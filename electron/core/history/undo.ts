/**
 * The persisted undo/redo history, kept in the operation log so it survives a restart.
 * Per coder (issue 18): each coder undoes and redoes their own steps only, linear within them — a new
 * step of a coder discards what that coder could have redone. A step another coder has since built on
 * (edited the same columns of a row, or made a row that points at one this step would remove) is
 * refused with CONFLICT rather than undone under them.
 */
import type { Database } from 'better-sqlite3';
import { AppError } from '../../../shared/errors';
import type { EntityKind } from '../../../shared/ipc/events';
import type { ProjectContext } from '../context';
import { stmt } from '../db/sql';
import { withDeferredEvidence } from '../repos/evidenceDeferral';
import { recordOperation } from '../repos/operations';
import { ChangeSet, isBulk, replay, type Change } from './changeSet';
import { builtOn, laterStepsOfOthers } from './builtOn';

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
    const coderId = ctx.coderId ?? null;
    const changes = new ChangeSet(ctx.db, coderId);
    const result = work(changes);
    if (changes.changes.length > 0) {
      recorded = true;
      stmt(ctx.db, 'UPDATE operations SET undoable = 0 WHERE undoable = 1 AND coder_id IS ? AND undone = 1').run(
        coderId,
      );
      const payload: UndoPayload = { label: meta.label, changes: changes.changes, kinds: meta.kinds };
      recordOperation(ctx.db, ctx.clock.now(), {
        action: meta.action,
        entity: meta.entity,
        entityId: meta.entityId ?? null,
        payload,
        undoable: true,
        coderId,
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

interface LabelRow {
  label: string;
}

// `coder_id IS ?` so the unknown coder (null) is a coder too; the partial index operations_undo
// (coder_id, undone, id) answers both with a seek.
function lastDone(db: Database, coderId: number | null): OpRow | undefined {
  return stmt(
    db,
    'SELECT id, payload FROM operations WHERE undoable = 1 AND coder_id IS ? AND undone = 0 ORDER BY id DESC LIMIT 1',
  ).get(coderId) as OpRow | undefined;
}

function firstUndone(db: Database, coderId: number | null): OpRow | undefined {
  return stmt(
    db,
    'SELECT id, payload FROM operations WHERE undoable = 1 AND coder_id IS ? AND undone = 1 ORDER BY id ASC LIMIT 1',
  ).get(coderId) as OpRow | undefined;
}

// Only the labels: SQLite reads them out of the payload, so an undone bulk import's rows (megabytes)
// are never parsed into objects on the answering thread just to say "Redo Import 50,000 rows…".
function labels(db: Database, coderId: number | null): { undo: LabelRow | undefined; redo: LabelRow | undefined } {
  const undo = stmt(
    db,
    "SELECT json_extract(payload, '$.label') AS label FROM operations WHERE undoable = 1 AND coder_id IS ? AND undone = 0 ORDER BY id DESC LIMIT 1",
  ).get(coderId) as LabelRow | undefined;
  const redo = stmt(
    db,
    "SELECT json_extract(payload, '$.label') AS label FROM operations WHERE undoable = 1 AND coder_id IS ? AND undone = 1 ORDER BY id ASC LIMIT 1",
  ).get(coderId) as LabelRow | undefined;
  return { undo, redo };
}

/** The current coder's history (ctx.coderId; null: the unknown coder's). */
export function historyState(ctx: Pick<ProjectContext, 'db' | 'coderId'>): HistoryState {
  const { undo, redo } = labels(ctx.db, ctx.coderId ?? null);
  return {
    canUndo: !!undo,
    canRedo: !!redo,
    undoLabel: undo ? undo.label : null,
    redoLabel: redo ? redo.label : null,
  };
}

const BULK_CODINGS = 500;

function codingRows(changes: readonly Change[]): number {
  let n = 0;
  for (const c of changes) {
    if (c.table !== 'codings') continue;
    if (isBulk(c)) for (const [first, last] of c.bulk.runs) n += last - first + 1;
    else n++;
  }
  return n;
}

/** Undoes (or redoes) one step; returns its payload so the caller can tell the UI what changed. */
export function step(ctx: ProjectContext, direction: 'undo' | 'redo'): UndoPayload {
  return ctx.db.transaction(() => {
    const coderId = ctx.coderId ?? null;
    const op = direction === 'undo' ? lastDone(ctx.db, coderId) : firstUndone(ctx.db, coderId);
    if (!op) throw new AppError('NOT_FOUND', direction === 'undo' ? 'Nothing to undo.' : 'Nothing to redo.');
    const payload = JSON.parse(op.payload) as UndoPayload;
    assertNotBuiltOn(ctx.db, op.id, coderId, payload.changes, direction);
    // A step of thousands of codings (a merge): their evidence is re-derived per quote once, not per row.
    if (codingRows(payload.changes) >= BULK_CODINGS)
      withDeferredEvidence(ctx.db, () => replay(ctx.db, payload.changes, direction));
    else replay(ctx.db, payload.changes, direction);
    stmt(ctx.db, 'UPDATE operations SET undone = ? WHERE id = ?').run(direction === 'undo' ? 1 : 0, op.id);
    // A bulk change keeps its rows only while undone (changeSet.ts#BulkChange): replay edited it.
    if (payload.changes.some(isBulk))
      stmt(ctx.db, 'UPDATE operations SET payload = ? WHERE id = ?').run(JSON.stringify(payload), op.id);
    recordOperation(ctx.db, ctx.clock.now(), {
      action: direction,
      entity: 'operation',
      entityId: op.id,
      payload: { label: payload.label },
      coderId,
    });
    return payload;
  })();
}

/**
 * Refuses to replay a step that another coder's later, still-done step depends on. Within one coder
 * the history is linear, so this only ever fires between coders.
 */
function assertNotBuiltOn(
  db: Database,
  opId: number,
  coderId: number | null,
  changes: readonly Change[],
  direction: 'undo' | 'redo',
): void {
  const later = laterStepsOfOthers(db, opId, coderId).map((row) => (JSON.parse(row.payload) as UndoPayload).changes);
  if (later.length === 0) return;
  const who = builtOn(db, changes, later, direction);
  if (who) {
    throw new AppError(
      'CONFLICT',
      `Another coder has since worked on what this step ${direction === 'undo' ? 'made' : 'changed'} (${who}), so it was not ${direction === 'undo' ? 'undone' : 'redone'}. Nothing was changed.`,
    );
  }
}
