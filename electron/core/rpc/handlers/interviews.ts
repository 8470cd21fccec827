/** interviews.* methods. */
import { AppError } from '../../../../shared/errors';
import type { interviewMethods } from '../../../../shared/ipc/contract/interviews';
import { getInterview, listInterviews } from '../../repos/interviews';
import * as interviews from '../../services/interviews';
import type { HandlersOf } from '../types';

export const interviewHandlers: HandlersOf<typeof interviewMethods> = {
  'interviews.list': (_i, env) => listInterviews(env.project().db),
  'interviews.get': (i, env) => {
    const found = getInterview(env.project().db, i.id);
    if (!found) throw new AppError('NOT_FOUND', 'That interview no longer exists.');
    return found;
  },
  'interviews.create': (i, env) => interviews.createInterview(env.project(), i),
  'interviews.update': (i, env) => interviews.updateInterview(env.project(), i.id, i.patch),
  'interviews.linkParticipant': (i, env) => interviews.linkParticipant(env.project(), i.interviewId, i.participantId, true),
  'interviews.unlinkParticipant': (i, env) =>
    interviews.linkParticipant(env.project(), i.interviewId, i.participantId, false),
  'interviews.deleteImpact': (i, env) => interviews.interviewDeleteImpact(env.project(), i.id),
  'interviews.delete': (i, env) => interviews.deleteInterview(env.project(), i.id),
};
