/** Writing job statements, their citations and persona links: each an undoable step, like persona attributes. */
import type { JobFields } from '../../../../shared/domain/job';
import type { DeleteImpact } from '../../../../shared/domain/common';
import { AppError } from '../../../../shared/errors';
import type { ProjectContext } from '../../context';
import { stmt } from '../../db/sql';
import type { ChangeSet } from '../../history/changeSet';
import { undoable } from '../../history/undo';
import * as repo from '../../repos/jobs';

type Polarity = 'supports' | 'contradicts';

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

function insertCitation(ctx: ProjectContext, c: ChangeSet, jobId: number, quoteId: number, polarity: Polarity): void {
  if (!stmt(ctx.db, 'SELECT 1 FROM quotes WHERE id = ?').get(quoteId)) throw new AppError('NOT_FOUND', 'That quote no longer exists.');
  const existing = repo.jobCitation(ctx.db, jobId, quoteId);
  if (existing) {
    if (existing.polarity !== polarity) c.update('citations', existing.id, { polarity });
    return;
  }
  c.insert('citations', { guid: ctx.newGuid(), quote_id: quoteId, job_id: jobId, polarity, created_at: ctx.clock.now() });
}

export function createJob(ctx: ProjectContext, input: JobFields & { personaIds: number[]; quoteIds: number[] }): number {
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
    for (const quoteId of new Set(input.quoteIds)) insertCitation(ctx, c, jobId, quoteId, 'supports');
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
  const citations = undoable(ctx, { label: 'Delete job statement', action: 'delete', entity: 'job', entityId: id, kinds: ['job'] }, (c) => {
    const cites = repo.jobCitationIds(ctx.db, id);
    for (const cid of cites) c.delete('citations', cid);
    for (const personaId of repo.jobPersonaIds(ctx.db, id)) c.unlink('job_personas', { job_id: id, persona_id: personaId });
    c.delete('job_statements', id);
    return cites.length;
  });
  changed(ctx, id);
  return { deleted: id, citations };
}

export function citeForJob(ctx: ProjectContext, jobId: number, quoteId: number, polarity: Polarity): void {
  mustJob(ctx, jobId);
  const label = polarity === 'supports' ? 'Cite supporting quote' : 'Cite contradicting quote';
  undoable(ctx, { label, action: 'cite', entity: 'job', entityId: jobId, kinds: ['job'] }, (c) => insertCitation(ctx, c, jobId, quoteId, polarity));
  changed(ctx, jobId);
}

export function unciteForJob(ctx: ProjectContext, jobId: number, quoteId: number): void {
  mustJob(ctx, jobId);
  const existing = repo.jobCitation(ctx.db, jobId, quoteId);
  if (!existing) throw new AppError('NOT_FOUND', 'That quote is not cited for this job.');
  undoable(ctx, { label: 'Remove citation', action: 'uncite', entity: 'job', entityId: jobId, kinds: ['job'] }, (c) => c.delete('citations', existing.id));
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
  undoable(ctx, { label: 'Unlink job from persona', action: 'unlink', entity: 'job', entityId: jobId, kinds: ['job'] }, (c) =>
    c.unlink('job_personas', { job_id: jobId, persona_id: personaId }),
  );
  changed(ctx, jobId);
}
