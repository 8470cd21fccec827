/** jobs.*: job statements, their citations and personas, and the job map. */
import type { jobMethods } from '../../../../shared/ipc/contract/jobs';
import * as edit from '../../services/jobs/edit';
import { getJob, jobMap, listJobs } from '../../services/jobs/read';
import type { HandlersOf } from '../types';

export const jobHandlers: HandlersOf<typeof jobMethods> = {
  'jobs.list': (i, env) => listJobs(env.project(), i),
  'jobs.get': (i, env) => getJob(env.project(), i.id),
  'jobs.create': (i, env) => getJob(env.project(), edit.createJob(env.project(), i)),
  'jobs.update': (i, env) => {
    edit.updateJob(env.project(), i.id, i.patch);
    return getJob(env.project(), i.id);
  },
  'jobs.deleteImpact': (i, env) => edit.jobDeleteImpact(env.project(), i.id),
  'jobs.delete': (i, env) => edit.deleteJob(env.project(), i.id),
  'jobs.cite': (i, env) => {
    edit.citeForJob(env.project(), i.jobId, i.quoteId, i.polarity);
    return getJob(env.project(), i.jobId);
  },
  'jobs.uncite': (i, env) => {
    edit.unciteForJob(env.project(), i.jobId, i.quoteId);
    return getJob(env.project(), i.jobId);
  },
  'jobs.linkPersona': (i, env) => {
    edit.linkPersona(env.project(), i.jobId, i.personaId);
    return getJob(env.project(), i.jobId);
  },
  'jobs.unlinkPersona': (i, env) => {
    edit.unlinkPersona(env.project(), i.jobId, i.personaId);
    return getJob(env.project(), i.jobId);
  },
  'jobs.map': (i, env) => jobMap(env.project(), i.personaId),
};
