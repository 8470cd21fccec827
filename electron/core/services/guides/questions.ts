/** Question bank use cases, and the built-in bank new projects start with. */
import bank from '../../../../resources/question-bank.json';
import type { Question } from '../../../../shared/domain/guide';
import { QuestionFields } from '../../../../shared/domain/guide';
import { AppError } from '../../../../shared/errors';
import type { ProjectContext } from '../../context';
import { recordOperation } from '../../repos/operations';
import * as repo from '../../repos/questions';

type Fields = ReturnType<typeof QuestionFields.parse>;

function mustGet(ctx: ProjectContext, id: number): Question {
  const q = repo.getQuestion(ctx.db, id);
  if (!q) throw new AppError('NOT_FOUND', 'That question no longer exists.');
  return q;
}

function changed(ctx: ProjectContext, ids: number[]): void {
  ctx.emit('entities.changed', { kind: 'question', ids });
}

export function seedQuestionBank(ctx: ProjectContext): number {
  const at = ctx.clock.now();
  let n = 0;
  ctx.db.transaction(() => {
    for (const q of (bank as { questions: Fields[] }).questions) {
      const fields = QuestionFields.parse(q);
      repo.insertQuestion(ctx.db, { guid: ctx.newGuid(), ...fields, builtin: true, at });
      n++;
    }
  })();
  return n;
}

export function createQuestion(ctx: ProjectContext, fields: Fields): Question {
  const id = ctx.db.transaction(() => {
    const at = ctx.clock.now();
    const newId = repo.insertQuestion(ctx.db, { guid: ctx.newGuid(), ...fields, builtin: false, at });
    recordOperation(ctx.db, at, {
      coderId: ctx.coderId ?? null,
      action: 'create',
      entity: 'question',
      entityId: newId,
      payload: { after: fields },
    });
    return newId;
  })();
  changed(ctx, [id]);
  return mustGet(ctx, id);
}

export function updateQuestion(
  ctx: ProjectContext,
  id: number,
  patch: Partial<Fields> & { favourite?: boolean; archived?: boolean },
): Question {
  ctx.db.transaction(() => {
    const before = mustGet(ctx, id);
    const merged = QuestionFields.parse({ ...before, ...patch });
    const at = ctx.clock.now();
    repo.updateQuestion(ctx.db, id, {
      ...merged,
      favourite: patch.favourite ?? before.favourite,
      archived: patch.archived ?? before.archived,
      at,
    });
    recordOperation(ctx.db, at, {
      coderId: ctx.coderId ?? null,
      action: 'update',
      entity: 'question',
      entityId: id,
      payload: { before, patch },
    });
  })();
  changed(ctx, [id]);
  return mustGet(ctx, id);
}
