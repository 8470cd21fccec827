/** Interviews and the participants linked to them. */
import { z } from 'zod';
import { DeleteImpact, Id, IdInput, patchOf } from '../../domain/common';
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
} as const;
