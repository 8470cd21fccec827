/** Persona attributes and their citations: undoable steps, like every coding action. */
import type { AttributeSection } from '../../../../shared/domain/persona';
import { AppError } from '../../../../shared/errors';
import type { ProjectContext } from '../../context';
import { stmt } from '../../db/sql';
import type { ChangeSet } from '../../history/changeSet';
import { undoable } from '../../history/undo';
import * as repo from '../../repos/personas';

function changed(ctx: ProjectContext, personaId: number): void {
  ctx.emit('entities.changed', { kind: 'persona', ids: [personaId] });
  ctx.emit('entities.changed', { kind: 'history', ids: [] });
}

function mustAttribute(ctx: ProjectContext, id: number): repo.AttributeRow {
  const a = repo.attributeRow(ctx.db, id);
  if (!a) throw new AppError('NOT_FOUND', 'That attribute no longer exists.');
  return a;
}

export function addAttribute(
  ctx: ProjectContext,
  input: {
    personaId: number;
    section: AttributeSection;
    field: string;
    statement: string;
    detail: Record<string, string>;
    quoteIds: number[];
  },
): number {
  if (!repo.personaRow(ctx.db, input.personaId)) throw new AppError('NOT_FOUND', 'That persona no longer exists.');
  const id = undoable(
    ctx,
    { label: 'Add attribute', action: 'create', entity: 'attribute', entityId: input.personaId, kinds: ['persona'] },
    (c) => {
      const at = ctx.clock.now();
      const attributeId = c.insert('attributes', {
        guid: ctx.newGuid(),
        persona_id: input.personaId,
        section: input.section,
        field: input.field,
        statement: input.statement,
        detail: JSON.stringify(input.detail),
        position: repo.nextAttributePosition(ctx.db, input.personaId),
        status: 'accepted',
        origin: 'manual',
        created_at: at,
        updated_at: at,
      });
      for (const quoteId of input.quoteIds) insertCitation(ctx, c, attributeId, quoteId, 'supports');
      return attributeId;
    },
  );
  changed(ctx, input.personaId);
  return id;
}

export function updateAttribute(
  ctx: ProjectContext,
  id: number,
  patch: {
    statement?: string;
    detail?: Record<string, string>;
    status?: 'proposed' | 'accepted' | 'rejected';
    field?: string;
    position?: number;
  },
): void {
  const a = mustAttribute(ctx, id);
  const label =
    patch.status === 'accepted'
      ? 'Accept attribute'
      : patch.status === 'rejected'
        ? 'Reject attribute'
        : 'Edit attribute';
  undoable(ctx, { label, action: 'update', entity: 'attribute', entityId: id, kinds: ['persona'] }, (c) => {
    c.update('attributes', id, {
      ...(patch.statement !== undefined ? { statement: patch.statement } : {}),
      ...(patch.detail !== undefined ? { detail: JSON.stringify(patch.detail) } : {}),
      ...(patch.status !== undefined ? { status: patch.status } : {}),
      ...(patch.field !== undefined ? { field: patch.field } : {}),
      ...(patch.position !== undefined ? { position: patch.position } : {}),
      updated_at: ctx.clock.now(),
    });
  });
  changed(ctx, a.persona_id);
}

export function deleteAttribute(ctx: ProjectContext, id: number): void {
  const a = mustAttribute(ctx, id);
  undoable(
    ctx,
    { label: 'Delete attribute', action: 'delete', entity: 'attribute', entityId: id, kinds: ['persona'] },
    (c) => {
      for (const cid of (
        stmt(ctx.db, 'SELECT id FROM citations WHERE attribute_id = ?').all(id) as { id: number }[]
      ).map((r) => r.id)) {
        c.delete('citations', cid);
      }
      c.delete('attributes', id);
    },
  );
  changed(ctx, a.persona_id);
}

function insertCitation(
  ctx: ProjectContext,
  c: ChangeSet,
  attributeId: number,
  quoteId: number,
  polarity: 'supports' | 'contradicts',
): void {
  if (!stmt(ctx.db, 'SELECT 1 FROM quotes WHERE id = ?').get(quoteId))
    throw new AppError('NOT_FOUND', 'That quote no longer exists.');
  const existing = repo.citationFor(ctx.db, attributeId, quoteId);
  if (existing) {
    if (existing.polarity !== polarity) c.update('citations', existing.id, { polarity });
    return;
  }
  c.insert('citations', {
    guid: ctx.newGuid(),
    quote_id: quoteId,
    attribute_id: attributeId,
    polarity,
    created_at: ctx.clock.now(),
  });
}

export { insertCitation };

export function cite(
  ctx: ProjectContext,
  attributeId: number,
  quoteId: number,
  polarity: 'supports' | 'contradicts',
): void {
  const a = mustAttribute(ctx, attributeId);
  const label = polarity === 'supports' ? 'Cite supporting quote' : 'Cite contradicting quote';
  undoable(ctx, { label, action: 'cite', entity: 'attribute', entityId: attributeId, kinds: ['persona'] }, (c) =>
    insertCitation(ctx, c, attributeId, quoteId, polarity),
  );
  changed(ctx, a.persona_id);
}

export function uncite(ctx: ProjectContext, attributeId: number, quoteId: number): void {
  const a = mustAttribute(ctx, attributeId);
  const existing = repo.citationFor(ctx.db, attributeId, quoteId);
  if (!existing) throw new AppError('NOT_FOUND', 'That quote is not cited here.');
  undoable(
    ctx,
    { label: 'Remove citation', action: 'uncite', entity: 'attribute', entityId: attributeId, kinds: ['persona'] },
    (c) => c.delete('citations', existing.id),
  );
  changed(ctx, a.persona_id);
}

export function personaIdOf(ctx: ProjectContext, attributeId: number): number {
  return mustAttribute(ctx, attributeId).persona_id;
}
