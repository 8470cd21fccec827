/** Codebook use cases. Every change is one undoable step. */
import type { Tag, TagInput } from '../../../../shared/domain/tag';
import { KIND_COLOURS, TagFields } from '../../../../shared/domain/tag';
import { AppError } from '../../../../shared/errors';
import type { ProjectContext } from '../../context';
import type { ChangeSet } from '../../history/changeSet';
import { undoable } from '../../history/undo';
import * as repo from '../../repos/tags';

type Fields = ReturnType<typeof TagFields.parse>;

function mustGet(ctx: ProjectContext, id: number): Tag {
  const t = repo.getTag(ctx.db, id);
  if (!t) throw new AppError('NOT_FOUND', 'That tag no longer exists.');
  return t;
}

function changed(ctx: ProjectContext, ids: number[]): void {
  ctx.emit('entities.changed', { kind: 'tag', ids });
}

function checkName(ctx: ProjectContext, parentId: number | null, name: string, exceptId: number | null): void {
  const other = repo.findTagByName(ctx.db, parentId, name);
  if (other && other.id !== exceptId) {
    throw new AppError('CONFLICT', `There is already a tag called "${name}" here.`, {
      name: 'Tag names must be unique under one parent.',
    });
  }
}

function checkParent(ctx: ProjectContext, id: number | null, parentId: number | null): void {
  if (parentId === null) return;
  if (!repo.tagExists(ctx.db, parentId))
    throw new AppError('VALIDATION', 'The parent tag no longer exists.', { parentId: 'Pick another parent.' });
  // Walk up from the new parent: meeting the tag itself would make a cycle.
  for (let p: number | null = parentId; p !== null; p = repo.parentOf(ctx.db, p)) {
    if (p === id)
      throw new AppError('VALIDATION', 'A tag cannot be moved inside itself.', { parentId: 'Pick another parent.' });
  }
}

/** Inserts a tag through a change set (used alone and by "create and apply"). */
export function insertTag(ctx: ProjectContext, changes: ChangeSet, fields: Fields): number {
  checkParent(ctx, null, fields.parentId);
  checkName(ctx, fields.parentId, fields.name, null);
  const at = ctx.clock.now();
  return changes.insert('tags', {
    guid: ctx.newGuid(),
    parent_id: fields.parentId,
    name: fields.name,
    kind: fields.kind,
    colour: (fields.colour ?? KIND_COLOURS[fields.kind]).toLowerCase(),
    definition: fields.definition,
    examples: fields.examples,
    position: repo.nextPosition(ctx.db, fields.parentId),
    created_at: at,
    updated_at: at,
  });
}

export function createTag(ctx: ProjectContext, fields: Fields): Tag {
  const id = undoable(
    ctx,
    { label: `Create tag "${fields.name}"`, action: 'create', entity: 'tag', kinds: ['tag'] },
    (c) => insertTag(ctx, c, fields),
  );
  changed(ctx, [id]);
  return mustGet(ctx, id);
}

export function updateTag(ctx: ProjectContext, id: number, patch: Partial<TagInput>): Tag {
  const before = mustGet(ctx, id);
  const merged = TagFields.parse({ ...before, ...patch, colour: patch.colour ?? before.colour });
  const label =
    patch.name && patch.name !== before.name ? `Rename tag to "${merged.name}"` : `Edit tag "${before.name}"`;
  undoable(ctx, { label, action: 'update', entity: 'tag', entityId: id, kinds: ['tag'] }, (c) => {
    if (merged.parentId !== before.parentId) checkParent(ctx, id, merged.parentId);
    checkName(ctx, merged.parentId, merged.name, id);
    c.update('tags', id, {
      name: merged.name,
      kind: merged.kind,
      parent_id: merged.parentId,
      colour: (merged.colour ?? KIND_COLOURS[merged.kind]).toLowerCase(),
      definition: merged.definition,
      examples: merged.examples,
      updated_at: ctx.clock.now(),
    });
  });
  changed(ctx, [id]);
  return mustGet(ctx, id);
}

export function moveTag(ctx: ProjectContext, id: number, parentId: number | null, position?: number): Tag {
  const tag = mustGet(ctx, id);
  undoable(
    ctx,
    { label: `Move tag "${tag.name}"`, action: 'move', entity: 'tag', entityId: id, kinds: ['tag'] },
    (c) => {
      checkParent(ctx, id, parentId);
      checkName(ctx, parentId, tag.name, id);
      c.update('tags', id, {
        parent_id: parentId,
        position: position ?? repo.nextPosition(ctx.db, parentId),
        updated_at: ctx.clock.now(),
      });
    },
  );
  changed(ctx, [id]);
  return mustGet(ctx, id);
}

export function archiveTag(ctx: ProjectContext, id: number, archived: boolean): Tag {
  const tag = mustGet(ctx, id);
  const label = `${archived ? 'Archive' : 'Restore'} tag "${tag.name}"`;
  undoable(
    ctx,
    { label, action: archived ? 'archive' : 'restore', entity: 'tag', entityId: id, kinds: ['tag'] },
    (c) => {
      c.update('tags', id, {
        archived: archived ? 1 : 0,
        pinned_slot: archived ? null : tag.pinnedSlot,
        updated_at: ctx.clock.now(),
      });
    },
  );
  changed(ctx, [id]);
  return mustGet(ctx, id);
}

/** Pins a tag to a digit key 1–9 (taking the slot from another tag), or unpins it. */
export function pinTag(ctx: ProjectContext, id: number, slot: number | null): Tag {
  const tag = mustGet(ctx, id);
  const label = slot ? `Pin "${tag.name}" to ${slot}` : `Unpin "${tag.name}"`;
  undoable(ctx, { label, action: 'pin', entity: 'tag', entityId: id, kinds: ['tag'] }, (c) => {
    if (slot !== null) {
      const holder = repo.tagIdBySlot(ctx.db, slot);
      if (holder !== null && holder !== id) c.update('tags', holder, { pinned_slot: null });
    }
    c.update('tags', id, { pinned_slot: slot });
  });
  changed(ctx, [id]);
  return mustGet(ctx, id);
}

/**
 * Merges `sourceId` into `targetId`: its codings move to the survivor (a quote coded with both keeps
 * one coding, with the higher intensity), its children move under the survivor, and it is removed.
 */
export function mergeTags(ctx: ProjectContext, sourceId: number, targetId: number): Tag {
  if (sourceId === targetId) throw new AppError('VALIDATION', 'Choose two different tags to merge.');
  const source = mustGet(ctx, sourceId);
  const target = mustGet(ctx, targetId);
  const label = `Merge "${source.name}" into "${target.name}"`;
  undoable(ctx, { label, action: 'merge', entity: 'tag', entityId: targetId, kinds: ['tag', 'quote'] }, (c) => {
    for (let p: number | null = target.parentId; p !== null; p = repo.parentOf(ctx.db, p)) {
      if (p === sourceId)
        throw new AppError('VALIDATION', `"${target.name}" sits inside "${source.name}"; merge the other way round.`);
    }
    for (const coding of repo.codingsOfTag(ctx.db, sourceId)) {
      const existing = repo.codingFor(ctx.db, coding.quote_id, targetId);
      if (existing) {
        const intensity = Math.max(existing.intensity ?? 0, coding.intensity ?? 0) || null;
        if (intensity !== existing.intensity) c.update('codings', existing.id, { intensity });
        c.delete('codings', coding.id);
      } else {
        c.update('codings', coding.id, { tag_id: targetId });
      }
    }
    for (const child of repo.childIds(ctx.db, sourceId)) {
      c.update('tags', child, { parent_id: targetId, updated_at: ctx.clock.now() });
    }
    if (source.pinnedSlot !== null && target.pinnedSlot === null) {
      c.update('tags', sourceId, { pinned_slot: null });
      c.update('tags', targetId, { pinned_slot: source.pinnedSlot });
    }
    c.delete('tags', sourceId);
  });
  changed(ctx, [sourceId, targetId]);
  ctx.emit('entities.changed', { kind: 'coding', ids: [] });
  return mustGet(ctx, targetId);
}
