/** participants.* and companies.* methods. */
import { AppError } from '../../../../shared/errors';
import type { peopleMethods } from '../../../../shared/ipc/contract/people';
import { getCompany, listCompanies } from '../../repos/companies';
import { getParticipant, listParticipants } from '../../repos/participants';
import * as companies from '../../services/companies';
import * as participants from '../../services/participants';
import type { HandlersOf } from '../types';

function found<T>(value: T | undefined, what: string): T {
  if (value === undefined) throw new AppError('NOT_FOUND', `That ${what} no longer exists.`);
  return value;
}

export const peopleHandlers: HandlersOf<typeof peopleMethods> = {
  'participants.list': (_i, env) => listParticipants(env.project().db),
  'participants.get': (i, env) => found(getParticipant(env.project().db, i.id), 'participant'),
  'participants.create': (i, env) => participants.createParticipant(env.project(), i),
  'participants.update': (i, env) => participants.updateParticipant(env.project(), i.id, i.patch),
  'participants.deleteImpact': (i, env) => participants.participantDeleteImpact(env.project(), i.id),
  'participants.delete': (i, env) => participants.deleteParticipant(env.project(), i.id),

  'companies.list': (_i, env) => listCompanies(env.project().db),
  'companies.get': (i, env) => found(getCompany(env.project().db, i.id), 'company'),
  'companies.create': (i, env) => companies.createCompany(env.project(), i),
  'companies.update': (i, env) => companies.updateCompany(env.project(), i.id, i.patch),
  'companies.deleteImpact': (i, env) => companies.companyDeleteImpact(env.project(), i.id),
  'companies.delete': (i, env) => companies.deleteCompany(env.project(), i.id),
};
