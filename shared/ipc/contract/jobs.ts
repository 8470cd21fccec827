/** Jobs to be done: statements, their citations and personas, and each persona's job map. */
import { z } from 'zod';
import { DeleteImpact, Id, IdInput, patchOf } from '../../domain/common';
import { Job, JobFields, JobFilters, JobMap } from '../../domain/job';
import { method } from '../method';

const Polarity = z.enum(['supports', 'contradicts']).default('supports');

export const jobMethods = {
  'jobs.list': method(JobFilters, z.array(Job), { writes: false }),
  'jobs.get': method(IdInput, Job, { writes: false }),
  'jobs.create': method(
    JobFields.extend({
      personaIds: z.array(Id).max(100).default([]),
      quoteIds: z.array(Id).max(100).default([]),
    }),
    Job,
    { writes: true },
  ),
  'jobs.update': method(z.object({ id: Id, patch: patchOf(JobFields) }), Job, { writes: true }),
  'jobs.deleteImpact': method(IdInput, DeleteImpact, { writes: false }),
  'jobs.delete': method(IdInput, z.object({ deleted: Id, citations: z.number().int().nonnegative() }), {
    writes: true,
  }),
  'jobs.cite': method(z.object({ jobId: Id, quoteId: Id, polarity: Polarity }), Job, { writes: true }),
  'jobs.uncite': method(z.object({ jobId: Id, quoteId: Id }), Job, { writes: true }),
  'jobs.linkPersona': method(z.object({ jobId: Id, personaId: Id }), Job, { writes: true }),
  'jobs.unlinkPersona': method(z.object({ jobId: Id, personaId: Id }), Job, { writes: true }),
  'jobs.map': method(z.object({ personaId: Id }), JobMap, { writes: false }),
} as const;
