/** The question bank. */
import { z } from 'zod';
import { Id, patchOf } from '../../domain/common';
import { Question, QuestionFields } from '../../domain/guide';
import { method } from '../method';

export const questionMethods = {
  'questions.list': method(z.object({}), z.array(Question), { writes: false }),
  'questions.create': method(QuestionFields, Question, { writes: true }),
  'questions.update': method(
    z.object({
      id: Id,
      patch: patchOf(QuestionFields).extend({ favourite: z.boolean().optional(), archived: z.boolean().optional() }),
    }),
    Question,
    { writes: true },
  ),
} as const;
