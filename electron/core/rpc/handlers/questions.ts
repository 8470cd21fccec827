/** questions.*: the question bank. */
import type { questionMethods } from '../../../../shared/ipc/contract/questions';
import { listQuestions } from '../../repos/questions';
import { createQuestion, updateQuestion } from '../../services/guides/questions';
import type { HandlersOf } from '../types';

export const questionHandlers: HandlersOf<typeof questionMethods> = {
  'questions.list': (_i, env) => listQuestions(env.project().db),
  'questions.create': (i, env) => createQuestion(env.project(), i),
  'questions.update': (i, env) => updateQuestion(env.project(), i.id, i.patch),
};
