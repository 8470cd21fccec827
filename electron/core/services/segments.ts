/** Segments: create, edit (name, approach, behaviour label, rule), delete (participants stay; their segment is cleared). */
import type { z } from 'zod';
import type { Segment } from '../../../shared/ipc/contract/segments';
import { SegmentFields } from '../../../shared/ipc/contract/segments';
import { AppError } from '../../../shared/errors';
import type { ProjectContext } from '../context';
import { stmt } from '../db/sql';
import { recordOperation } from '../repos/operations';
import { getSegmentRow, listSegmentRows } from '../repos/segments';

type Fields = z.output<typeof SegmentFields>;

export function listSegments(ctx: ProjectContext): Segment[] {
  return listSegmentRows(ctx.db);
}

export function mustGetSegment(ctx: ProjectContext, id: number): Segment {
  const s = getSegmentRow(ctx.db, id);
  if (!s) throw new AppError('NOT_FOUND', 'That segment no longer exists.');
  return s;
}

function checkName(ctx: ProjectContext, name: string, exceptId: number | null): void {
  const other = stmt(ctx.db, 'SELECT id FROM segments WHERE name = ? COLLATE NOCASE').get(name) as { id: number } | undefined;
  if (other && other.id !== exceptId) throw new AppError('CONFLICT', `A segment called "${name}" already exists.`, { name: 'Segment names must be unique.' });
}

export function createSegment(ctx: ProjectContext, f: Fields): Segment {
  const id = ctx.db.transaction(() => {
    checkName(ctx, f.name, null);
    const at = ctx.clock.now();
    const newId = Number(
      stmt(ctx.db, 'INSERT INTO segments (guid, name, description, approach, behavior_label, rule, created_at, updated_at) VALUES (?, ?, ?, ?, ?, ?, ?, ?)').run(
        ctx.newGuid(), f.name, f.description, f.approach, f.behaviorLabel, JSON.stringify(f.rule), at, at,
      ).lastInsertRowid,
    );
    recordOperation(ctx.db, at, { action: 'create', entity: 'segment', entityId: newId, payload: { after: f } });
    return newId;
  })();
  ctx.emit('entities.changed', { kind: 'participant', ids: [] });
  return mustGetSegment(ctx, id);
}

export function updateSegment(ctx: ProjectContext, id: number, patch: Partial<Fields>): Segment {
  ctx.db.transaction(() => {
    const before = mustGetSegment(ctx, id);
    const f = SegmentFields.parse({ ...before, ...patch });
    checkName(ctx, f.name, id);
    const at = ctx.clock.now();
    stmt(ctx.db, 'UPDATE segments SET name = ?, description = ?, approach = ?, behavior_label = ?, rule = ?, updated_at = ? WHERE id = ?').run(
      f.name, f.description, f.approach, f.behaviorLabel, JSON.stringify(f.rule), at, id,
    );
    recordOperation(ctx.db, at, { action: 'update', entity: 'segment', entityId: id, payload: { before, after: f } });
  })();
  ctx.emit('entities.changed', { kind: 'participant', ids: [] });
  return mustGetSegment(ctx, id);
}

export function deleteSegment(ctx: ProjectContext, id: number): { deleted: number } {
  ctx.db.transaction(() => {
    const before = mustGetSegment(ctx, id);
    stmt(ctx.db, 'DELETE FROM segments WHERE id = ?').run(id);
    recordOperation(ctx.db, ctx.clock.now(), { action: 'delete', entity: 'segment', entityId: id, payload: { before } });
  })();
  ctx.emit('entities.changed', { kind: 'participant', ids: [] });
  return { deleted: id };
}
