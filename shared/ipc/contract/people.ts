/** Participants and companies. */
import { z } from 'zod';
import { DeleteImpact, Id, IdInput, patchOf } from '../../domain/common';
import { Company, CompanyFields } from '../../domain/company';
import { Participant, ParticipantFields } from '../../domain/participant';
import { method } from '../method';

export const peopleMethods = {
  'participants.list': method(z.object({}), z.array(Participant), { writes: false }),
  'participants.get': method(IdInput, Participant, { writes: false }),
  'participants.create': method(ParticipantFields, Participant, { writes: true }),
  'participants.update': method(z.object({ id: Id, patch: patchOf(ParticipantFields) }), Participant, {
    writes: true,
  }),
  'participants.deleteImpact': method(IdInput, DeleteImpact, { writes: false }),
  'participants.delete': method(IdInput, z.object({ deleted: Id }), { writes: true }),

  'companies.list': method(z.object({}), z.array(Company), { writes: false }),
  'companies.get': method(IdInput, Company, { writes: false }),
  'companies.create': method(CompanyFields, Company, { writes: true }),
  'companies.update': method(z.object({ id: Id, patch: patchOf(CompanyFields) }), Company, { writes: true }),
  'companies.deleteImpact': method(IdInput, DeleteImpact, { writes: false }),
  'companies.delete': method(IdInput, z.object({ deleted: Id }), { writes: true }),
} as const;
