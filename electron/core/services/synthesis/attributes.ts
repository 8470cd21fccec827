/** Persona attributes and their citations: undoable steps, like every coding action. */
import type { AttributeSection } from '../../../../shared/domain/persona';
import { AppError } from '../../../../shared/errors';
import type { ProjectContext } from '../../context';
import type { CitationStance } from '../../../../shared/domain/citation';
import type { ChangeSet } from '../../history/changeSet';
import { undoable } from '../../history/undo';
import * as repo from '../../repos/personas';
import * as claimCitations from '../citations/cite';

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
      claimCitations.dropCitations(ctx, c, { kind: 'attribute', id });
      c.delete('attributes', id);
    },
  );
  changed(ctx, a.persona_id);
}

/** Cites a quote for an attribute inside the caller's step (the persona draft writes its citations this way). */
export function insertCitation(
  ctx: ProjectContext,
  c: ChangeSet,
  attributeId: number,
  quoteId: number,
  polarity: CitationStance,
): void {
  claimCitations.addCitation(ctx, c, { kind: 'attribute', id: attributeId }, quoteId, polarity);
}

export function cite(ctx: ProjectContext, attributeId: number, quoteId: number, polarity: CitationStance): void {
  const a = mustAttribute(ctx, attributeId);
  claimCitations.cite(ctx, { kind: 'attribute', id: attributeId }, quoteId, polarity);
  changed(ctx, a.persona_id);
}

export function uncite(ctx: ProjectContext, attributeId: number, quoteId: number): void {
  const a = mustAttribute(ctx, attributeId);
  claimCitations.uncite(ctx, { kind: 'attribute', id: attributeId }, quoteId);
  changed(ctx, a.persona_id);
}

export function personaIdOf(ctx: ProjectContext, attributeId: number): number {
  return mustAttribute(ctx, attributeId).persona_id;
}
