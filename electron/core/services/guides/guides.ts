/** Interview guides: ordered bank and custom questions; attached to interviews; exported as Markdown. */
import type { Guide } from '../../../../shared/domain/guide';
import { QUESTION_CATEGORY_LABELS } from '../../../../shared/domain/guide';
import { AppError } from '../../../../shared/errors';
import type { ProjectContext } from '../../context';
import * as repo from '../../repos/guides';
import { getInterview } from '../../repos/interviews';
import { recordOperation } from '../../repos/operations';
import { getQuestion } from '../../repos/questions';

export type ItemInput = { id?: number; questionId?: number; customText?: string };

function mustGet(ctx: ProjectContext, id: number): Guide {
  const g = repo.getGuide(ctx.db, id);
  if (!g) throw new AppError('NOT_FOUND', 'That guide no longer exists.');
  return g;
}

function changed(ctx: ProjectContext, ids: number[]): void {
  ctx.emit('entities.changed', { kind: 'guide', ids });
}

export function createGuide(
  ctx: ProjectContext,
  fields: { name: string; description: string },
  items: ItemInput[] = [],
): Guide {
  const id = ctx.db.transaction(() => {
    const at = ctx.clock.now();
    const newId = repo.insertGuide(ctx.db, { guid: ctx.newGuid(), ...fields, at });
    writeItems(ctx, newId, items);
    recordOperation(ctx.db, at, {
      coderId: ctx.coderId ?? null,
      action: 'create',
      entity: 'guide',
      entityId: newId,
      payload: { fields, items },
    });
    return newId;
  })();
  changed(ctx, [id]);
  return mustGet(ctx, id);
}

export function updateGuide(
  ctx: ProjectContext,
  id: number,
  fields: { name?: string; description?: string },
  items?: ItemInput[],
): Guide {
  ctx.db.transaction(() => {
    const before = mustGet(ctx, id);
    const at = ctx.clock.now();
    repo.updateGuide(ctx.db, id, {
      name: fields.name ?? before.name,
      description: fields.description ?? before.description,
      at,
    });
    if (items) writeItems(ctx, id, items);
    recordOperation(ctx.db, at, {
      coderId: ctx.coderId ?? null,
      action: 'update',
      entity: 'guide',
      entityId: id,
      payload: { before, fields, items },
    });
  })();
  changed(ctx, [id]);
  return mustGet(ctx, id);
}

export function duplicateGuide(ctx: ProjectContext, id: number): Guide {
  const g = mustGet(ctx, id);
  const items = g.items.map((i) => (i.questionId !== null ? { questionId: i.questionId } : { customText: i.text }));
  return createGuide(ctx, { name: `${g.name} (copy)`, description: g.description }, items);
}

export function deleteGuide(ctx: ProjectContext, id: number): { deleted: number } {
  ctx.db.transaction(() => {
    const before = mustGet(ctx, id);
    repo.deleteGuide(ctx.db, id); // interviews keep their notes; their guide link is cleared
    recordOperation(ctx.db, ctx.clock.now(), {
      coderId: ctx.coderId ?? null,
      action: 'delete',
      entity: 'guide',
      entityId: id,
      payload: { before },
    });
  })();
  changed(ctx, [id]);
  ctx.emit('entities.changed', { kind: 'interview', ids: [] });
  return { deleted: id };
}

/**
 * Rewrites a guide's items in the given order. Existing items keep their ids (notes and asked/skipped
 * marks hang on them); items left out are removed.
 */
function writeItems(ctx: ProjectContext, guideId: number, items: ItemInput[]): void {
  const existing = new Map(repo.guideItemIds(ctx.db, guideId).map((i) => [i.id, i]));
  // Park current positions out of the way of the unique (guide, position) index.
  repo.parkItemPositions(ctx.db, guideId);
  const kept = new Set<number>();
  items.forEach((item, position) => {
    if (item.id !== undefined) {
      if (!existing.has(item.id))
        throw new AppError('VALIDATION', 'A question in this guide no longer exists; reload the guide.');
      repo.moveItem(ctx.db, item.id, position);
      kept.add(item.id);
      return;
    }
    if (item.questionId !== undefined) {
      if (!getQuestion(ctx.db, item.questionId))
        throw new AppError('VALIDATION', 'A chosen question no longer exists.');
    } else if (!item.customText?.trim()) {
      throw new AppError('VALIDATION', 'A custom question needs some text.');
    }
    repo.insertItem(ctx.db, {
      guid: ctx.newGuid(),
      guideId,
      position,
      questionId: item.questionId ?? null,
      customText: item.questionId !== undefined ? '' : item.customText!.trim(),
    });
  });
  for (const id of existing.keys()) if (!kept.has(id)) repo.deleteItem(ctx.db, id);
}

export function setInterviewGuide(ctx: ProjectContext, interviewId: number, guideId: number | null): void {
  ctx.db.transaction(() => {
    if (!getInterview(ctx.db, interviewId)) throw new AppError('NOT_FOUND', 'That interview no longer exists.');
    if (guideId !== null) mustGet(ctx, guideId);
    const at = ctx.clock.now();
    repo.setInterviewGuideId(ctx.db, interviewId, guideId, at);
    recordOperation(ctx.db, at, {
      coderId: ctx.coderId ?? null,
      action: 'set-guide',
      entity: 'interview',
      entityId: interviewId,
      payload: { guideId },
    });
  })();
  ctx.emit('entities.changed', { kind: 'interview', ids: [interviewId] });
}

export function setQuestionStatus(
  ctx: ProjectContext,
  interviewId: number,
  guideItemId: number,
  status: 'pending' | 'asked' | 'skipped',
  atMs: number | null,
): void {
  ctx.db.transaction(() => {
    if (!repo.itemInInterviewGuide(ctx.db, interviewId, guideItemId))
      throw new AppError('VALIDATION', "That question is not in this interview's guide.");
    repo.setItemStatus(ctx.db, interviewId, guideItemId, status, atMs);
    recordOperation(ctx.db, ctx.clock.now(), {
      coderId: ctx.coderId ?? null,
      action: `question-${status}`,
      entity: 'interview',
      entityId: interviewId,
      payload: { guideItemId, atMs },
    });
  })();
  ctx.emit('entities.changed', { kind: 'interview', ids: [interviewId] });
}

export function guideMarkdown(guide: Guide): string {
  const lines = [`# ${guide.name}`, ''];
  if (guide.description) lines.push(guide.description, '');
  let category = '';
  guide.items.forEach((item, i) => {
    const label = QUESTION_CATEGORY_LABELS[item.category];
    if (label !== category) {
      lines.push(`## ${label}`, '');
      category = label;
    }
    lines.push(`${i + 1}. ${item.text}`);
    for (const f of item.followUps) lines.push(`   - ${f}`);
  });
  return `${lines.join('\n').trimEnd()}\n`;
}
