/** Interviews: the participants linked to them, their guide and question status, their recording. */
import { z } from 'zod';
import { DeleteImpact, Id, IdInput, patchOf } from '../../domain/common';
import { InterviewCoverage, QUESTION_STATUSES } from '../../domain/guide';
import { Interview, InterviewFields } from '../../domain/interview';
import { method } from '../method';

export const interviewMethods = {
  'interviews.list': method(z.object({}), z.array(Interview), { writes: false }),
  'interviews.get': method(IdInput, Interview, { writes: false }),
  'interviews.create': method(InterviewFields, Interview, { writes: true }),
  'interviews.update': method(z.object({ id: Id, patch: patchOf(InterviewFields) }), Interview, { writes: true }),
  'interviews.linkParticipant': method(z.object({ interviewId: Id, participantId: Id }), Interview, {
    writes: true,
  }),
  'interviews.unlinkParticipant': method(z.object({ interviewId: Id, participantId: Id }), Interview, {
    writes: true,
  }),
  'interviews.deleteImpact': method(IdInput, DeleteImpact, { writes: false }),
  'interviews.delete': method(IdInput, z.object({ deleted: Id }), { writes: true }),

  'interviews.setGuide': method(
    z.object({ interviewId: Id, guideId: Id.nullable() }),
    z.object({ ok: z.literal(true) }),
    { writes: true },
  ),
  'interviews.setQuestionStatus': method(
    z.object({
      interviewId: Id,
      guideItemId: Id,
      status: z.enum(QUESTION_STATUSES),
      atMs: z.number().int().nonnegative().nullable().default(null),
    }),
    InterviewCoverage,
    { writes: true },
  ),
  /**
   * Attach a recording the user picks in the host's Open dialog (the desktop app); null when they
   * cancel. The web host takes the file as an upload instead (PUT /upload/media/<interviewId>).
   */
  'interviews.chooseMedia': method(z.object({ interviewId: Id }), Interview.nullable(), { writes: true }),
  'interviews.clearMedia': method(z.object({ interviewId: Id }), Interview, { writes: true }),
} as const;
