/** Participants. */
import { z } from 'zod';
import { DeleteImpact, Id, IdInput, patchOf } from '../../domain/common';
import { Participant, ParticipantFields } from '../../domain/participant';
import { method } from '../method';

export const participantMethods = {
  'participants.list': method(z.object({}), z.array(Participant), { writes: false }),
  'participants.get': method(IdInput, Participant, { writes: false }),
  'participants.create': method(ParticipantFields, Participant, { writes: true }),
  'participants.update': method(z.object({ id: Id, patch: patchOf(ParticipantFields) }), Participant, {
    writes: true,
  }),
  'participants.deleteImpact': method(IdInput, DeleteImpact, { writes: false }),
  'participants.delete': method(IdInput, z.object({ deleted: Id }), { writes: true }),
} as const;
