/** Jobs as the UI and exports read them: sentence, personas and cited quotes, and a persona's job map. */
import {
  compareJobs,
  JOB_STAGE_HINTS,
  JOB_STAGE_LABELS,
  JOB_STAGES,
  jobSentence,
  type Job,
  type JobFilters,
  type JobMap,
} from '../../../../shared/domain/job';
import { AppError } from '../../../../shared/errors';
import type { ProjectContext } from '../../context';
import * as repo from '../../repos/jobs';

function assemble(ctx: ProjectContext, rows: repo.JobRow[]): Job[] {
  const ids = rows.map((r) => r.id);
  const personas = repo.personasOfJobs(ctx.db, ids);
  const cites = repo.citationsOfJobs(ctx.db, ids);
  return rows
    .map((r) => ({
      id: r.id,
      guid: r.guid,
      situation: r.situation,
      motivation: r.motivation,
      outcome: r.outcome,
      kind: r.kind,
      stage: r.stage,
      sentence: jobSentence(r),
      personas: personas.filter((p) => p.jobId === r.id).map(({ id, name }) => ({ id, name })),
      citations: cites.filter((c) => c.jobId === r.id).map(({ jobId: _j, ...c }) => c),
      createdAt: r.created_at,
      updatedAt: r.updated_at,
    }))
    .sort(compareJobs);
}

export function listJobs(ctx: ProjectContext, filters: JobFilters): Job[] {
  return assemble(ctx, repo.jobRows(ctx.db, filters));
}

export function getJob(ctx: ProjectContext, id: number): Job {
  const row = repo.jobRow(ctx.db, id);
  if (!row) throw new AppError('NOT_FOUND', 'That job statement no longer exists.');
  return assemble(ctx, [row])[0]!;
}

function mustPersona(ctx: ProjectContext, personaId: number) {
  const p = repo.personaExists(ctx.db, personaId);
  if (!p) throw new AppError('NOT_FOUND', 'That persona no longer exists.');
  return p;
}

/**
 * A persona's jobs with their citations, in job-map order (unstaged last). The one read exports use.
 */
export function personaJobs(ctx: ProjectContext, personaId: number): Job[] {
  mustPersona(ctx, personaId);
  return listJobs(ctx, { personaId, kind: null, stage: null });
}

export function jobMap(ctx: ProjectContext, personaId: number): JobMap {
  const persona = mustPersona(ctx, personaId);
  const jobs = personaJobs(ctx, personaId);
  return {
    persona,
    stages: JOB_STAGES.map((stage) => ({
      stage,
      label: JOB_STAGE_LABELS[stage],
      hint: JOB_STAGE_HINTS[stage],
      jobs: jobs.filter((j) => j.stage === stage),
    })),
    unstaged: jobs.filter((j) => j.stage === null),
  };
}
