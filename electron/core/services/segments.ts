/** Segments: create, edit (name, approach, behaviour label, rule), delete (participants stay; their segment is cleared). */
import type { z } from 'zod';
import type { Segment } from '../../../shared/ipc/contract/segments';
import { SegmentFields } from '../../../shared/ipc/contract/segments';
import { AppError } from '../../../shared/errors';
import type { ProjectContext } from '../context';
import { undoable } from '../history/undo';
import { recordOperation } from '../repos/operations';
import { getSegmentRow, insertSegment, listSegmentRows, segmentMemberIds, segmentNamed } from '../repos/segments';

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
  const other = segmentNamed(ctx.db, name);
  if (other && other.id !== exceptId)
    throw new AppError('CONFLICT', `A segment called "${name}" already exists.`, {
      name: 'Segment names must be unique.',
    });
}

export function createSegment(ctx: ProjectContext, f: Fields): Segment {
  const id = ctx.db.transaction(() => {
    checkName(ctx, f.name, null);
    const at = ctx.clock.now();
    const newId = insertSegment(ctx.db, ctx.newGuid(), f, at);
    recordOperation(ctx.db, at, {
      coderId: ctx.coderId ?? null,
      action: 'create',
      entity: 'segment',
      entityId: newId,
      payload: { after: f },
    });
    return newId;
  })();
  ctx.emit('entities.changed', { kind: 'segment', ids: [] });
  return mustGetSegment(ctx, id);
}

export function updateSegment(ctx: ProjectContext, id: number, patch: Partial<Fields>): Segment {
  const before = mustGetSegment(ctx, id);
  const f = SegmentFields.parse({ ...before, ...patch });
  checkName(ctx, f.name, id);
  undoable(
    ctx,
    { label: `Edit segment ${f.name}`, action: 'update', entity: 'segment', entityId: id, kinds: ['segment'] },
    (c) => {
      c.update('segments', id, {
        name: f.name,
        description: f.description,
        approach: f.approach,
        behavior_label: f.behaviorLabel,
        rule: JSON.stringify(f.rule),
        updated_at: ctx.clock.now(),
      });
    },
  );
  ctx.emit('entities.changed', { kind: 'segment', ids: [] });
  return mustGetSegment(ctx, id);
}

/**
 * Members are taken out of the segment explicitly (not by the schema's SET NULL), so undo puts the
 * segment back with the same members.
 */
export function deleteSegment(ctx: ProjectContext, id: number): { deleted: number } {
  const before = mustGetSegment(ctx, id);
  undoable(
    ctx,
    {
      label: `Delete segment ${before.name}`,
      action: 'delete',
      entity: 'segment',
      entityId: id,
      kinds: ['segment', 'participant'],
    },
    (c) => {
      for (const member of segmentMemberIds(ctx.db, id)) c.update('participants', member, { segment_id: null });
      c.delete('segments', id);
    },
  );
  ctx.emit('entities.changed', { kind: 'segment', ids: [id] });
  ctx.emit('entities.changed', { kind: 'participant', ids: [] });
  return { deleted: id };
}
