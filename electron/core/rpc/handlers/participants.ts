/** participants.* methods. */
import type { participantMethods } from '../../../../shared/ipc/contract/participants';
import { getParticipant, listParticipants } from '../../repos/participants';
import * as participants from '../../services/participants';
import { found } from '../lookups';
import type { HandlersOf } from '../types';

export const participantHandlers: HandlersOf<typeof participantMethods> = {
  'participants.list': (_i, env) => listParticipants(env.project().db),
  'participants.get': (i, env) => found(getParticipant(env.project().db, i.id), 'participant'),
  'participants.create': (i, env) => participants.createParticipant(env.project(), i),
  'participants.update': (i, env) => participants.updateParticipant(env.project(), i.id, i.patch),
  'participants.deleteImpact': (i, env) => participants.participantDeleteImpact(env.project(), i.id),
  'participants.delete': (i, env) => participants.deleteParticipant(env.project(), i.id),
};
