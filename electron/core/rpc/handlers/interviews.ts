/** interviews.* methods, with the guide, question status and recording (from the host's dialog; uploads go through core.host). */
import { AppError } from '../../../../shared/errors';
import type { interviewMethods } from '../../../../shared/ipc/contract/interviews';
import { getInterview, listInterviews } from '../../repos/interviews';
import { interviewCoverage } from '../../services/guides/coverage';
import * as guides from '../../services/guides/guides';
import * as interviews from '../../services/interviews';
import { setInterviewMedia } from '../../services/transcripts/media';
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
  'interviews.linkParticipant': (i, env) =>
    interviews.linkParticipant(env.project(), i.interviewId, i.participantId, true),
  'interviews.unlinkParticipant': (i, env) =>
    interviews.linkParticipant(env.project(), i.interviewId, i.participantId, false),
  'interviews.deleteImpact': (i, env) => interviews.interviewDeleteImpact(env.project(), i.id),
  'interviews.delete': (i, env) => interviews.deleteInterview(env.project(), i.id),

  'interviews.setGuide': (i, env) => {
    guides.setInterviewGuide(env.project(), i.interviewId, i.guideId);
    return { ok: true as const };
  },
  'interviews.setQuestionStatus': (i, env) => {
    guides.setQuestionStatus(env.project(), i.interviewId, i.guideItemId, i.status, i.atMs);
    return interviewCoverage(env.project(), i.interviewId);
  },
  'interviews.chooseMedia': async (i, env) => {
    if (!env.dialogs) {
      throw new AppError('VALIDATION', 'In the browser, choose the recording with “Upload recording…”.');
    }
    const ctx = env.project();
    // Before the dialog, so a deleted interview is said at once, not after the user picked a file.
    if (!getInterview(ctx.db, i.interviewId)) throw new AppError('NOT_FOUND', 'That interview no longer exists.');
    const chosen = await env.dialogs.chooseRecording();
    return chosen ? setInterviewMedia(ctx, i.interviewId, chosen) : null;
  },
  'interviews.clearMedia': (i, env) => setInterviewMedia(env.project(), i.interviewId, null),
};
