/** Writing job statements, their citations and persona links: each an undoable step, like persona attributes. */
import type { JobFields } from '../../../../shared/domain/job';
import type { DeleteImpact } from '../../../../shared/domain/common';
import { AppError } from '../../../../shared/errors';
import type { ProjectContext } from '../../context';
import type { CitationStance } from '../../../../shared/domain/citation';
import { undoable } from '../../history/undo';
import * as repo from '../../repos/jobs';
import * as claimCitations from '../citations/cite';

function changed(ctx: ProjectContext, jobId: number): void {
  ctx.emit('entities.changed', { kind: 'job', ids: [jobId] });
  ctx.emit('entities.changed', { kind: 'history', ids: [] });
}

function mustJob(ctx: ProjectContext, id: number): repo.JobRow {
  const row = repo.jobRow(ctx.db, id);
  if (!row) throw new AppError('NOT_FOUND', 'That job statement no longer exists.');
  return row;
}

function mustPersona(ctx: ProjectContext, id: number): void {
  if (!repo.personaExists(ctx.db, id)) throw new AppError('NOT_FOUND', 'That persona no longer exists.');
}

export function createJob(
  ctx: ProjectContext,
  input: JobFields & { personaIds: number[]; quoteIds: number[] },
): number {
  for (const p of input.personaIds) mustPersona(ctx, p);
  const id = undoable(ctx, { label: 'Add job statement', action: 'create', entity: 'job', kinds: ['job'] }, (c) => {
    const at = ctx.clock.now();
    const jobId = c.insert('job_statements', {
      guid: ctx.newGuid(),
      situation: input.situation,
      motivation: input.motivation,
      outcome: input.outcome,
      kind: input.kind,
      stage: input.stage,
      created_at: at,
      updated_at: at,
    });
    for (const personaId of new Set(input.personaIds)) c.link('job_personas', { job_id: jobId, persona_id: personaId });
    for (const quoteId of new Set(input.quoteIds))
      claimCitations.addCitation(ctx, c, { kind: 'job', id: jobId }, quoteId, 'supports');
    return jobId;
  });
  changed(ctx, id);
  return id;
}

export function updateJob(ctx: ProjectContext, id: number, patch: Partial<JobFields>): void {
  mustJob(ctx, id);
  const fields = Object.fromEntries(Object.entries(patch).filter(([, v]) => v !== undefined));
  if (Object.keys(fields).length === 0) return;
  undoable(ctx, { label: 'Edit job statement', action: 'update', entity: 'job', entityId: id, kinds: ['job'] }, (c) => {
    c.update('job_statements', id, { ...fields, updated_at: ctx.clock.now() });
  });
  changed(ctx, id);
}

export function jobDeleteImpact(ctx: ProjectContext, id: number): DeleteImpact {
  mustJob(ctx, id);
  return {
    counts: { citations: repo.jobCitationIds(ctx.db, id).length, personas: repo.jobPersonaIds(ctx.db, id).length },
    blockedBy: null,
  };
}

/** Deletes a job with its citations and persona links, explicitly, so undo can put them all back. */
export function deleteJob(ctx: ProjectContext, id: number): { deleted: number; citations: number } {
  mustJob(ctx, id);
  const citations = undoable(
    ctx,
    { label: 'Delete job statement', action: 'delete', entity: 'job', entityId: id, kinds: ['job'] },
    (c) => {
      const cited = claimCitations.dropCitations(ctx, c, { kind: 'job', id });
      for (const personaId of repo.jobPersonaIds(ctx.db, id))
        c.unlink('job_personas', { job_id: id, persona_id: personaId });
      c.delete('job_statements', id);
      return cited;
    },
  );
  changed(ctx, id);
  return { deleted: id, citations };
}

export function citeForJob(ctx: ProjectContext, jobId: number, quoteId: number, polarity: CitationStance): void {
  mustJob(ctx, jobId);
  claimCitations.cite(ctx, { kind: 'job', id: jobId }, quoteId, polarity);
  changed(ctx, jobId);
}

export function unciteForJob(ctx: ProjectContext, jobId: number, quoteId: number): void {
  mustJob(ctx, jobId);
  claimCitations.uncite(ctx, { kind: 'job', id: jobId }, quoteId);
  changed(ctx, jobId);
}

export function linkPersona(ctx: ProjectContext, jobId: number, personaId: number): void {
  mustJob(ctx, jobId);
  mustPersona(ctx, personaId);
  undoable(ctx, { label: 'Link job to persona', action: 'link', entity: 'job', entityId: jobId, kinds: ['job'] }, (c) =>
    c.link('job_personas', { job_id: jobId, persona_id: personaId }),
  );
  changed(ctx, jobId);
}

export function unlinkPersona(ctx: ProjectContext, jobId: number, personaId: number): void {
  mustJob(ctx, jobId);
  undoable(
    ctx,
    { label: 'Unlink job from persona', action: 'unlink', entity: 'job', entityId: jobId, kinds: ['job'] },
    (c) => c.unlink('job_personas', { job_id: jobId, persona_id: personaId }),
  );
  changed(ctx, jobId);
}
