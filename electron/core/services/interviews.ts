/** Interview use cases, including which participants took part. */
import type { DeleteImpact } from '../../../shared/domain/common';
import type { Interview, InterviewInput } from '../../../shared/domain/interview';
import { InterviewFields } from '../../../shared/domain/interview';
import { AppError } from '../../../shared/errors';
import type { ProjectContext } from '../context';
import * as repo from '../repos/interviews';
import { recordOperation } from '../repos/operations';
import { getParticipant } from '../repos/participants';

type Fields = ReturnType<typeof InterviewFields.parse>;

function mustGet(ctx: ProjectContext, id: number): Interview {
  const i = repo.getInterview(ctx.db, id);
  if (!i) throw new AppError('NOT_FOUND', 'That interview no longer exists.');
  return i;
}

function checkParticipants(ctx: ProjectContext, ids: number[]): void {
  for (const pid of ids) {
    if (!getParticipant(ctx.db, pid)) {
      throw new AppError('VALIDATION', 'One of the chosen participants no longer exists.', {
        participantIds: 'Refresh and choose again.',
      });
    }
  }
}

function record(i: Fields | Interview): repo.InterviewRecord {
  return {
    title: i.title,
    date: i.date,
    method: i.method,
    status: i.status,
    interviewer: i.interviewer,
    summary: i.summary,
  };
}

function setParticipants(ctx: ProjectContext, interviewId: number, wanted: number[]): void {
  const current = new Set(repo.linkedParticipantIds(ctx.db, interviewId));
  const next = new Set(wanted);
  for (const id of current) if (!next.has(id)) repo.unlinkParticipant(ctx.db, interviewId, id);
  for (const id of next) if (!current.has(id)) repo.linkParticipant(ctx.db, interviewId, id);
}

function changed(ctx: ProjectContext, id: number): void {
  ctx.emit('entities.changed', { kind: 'interview', ids: [id] });
  ctx.emit('entities.changed', { kind: 'participant', ids: [] });
}

export function createInterview(ctx: ProjectContext, fields: Fields): Interview {
  const id = ctx.db.transaction(() => {
    checkParticipants(ctx, fields.participantIds);
    const at = ctx.clock.now();
    const newId = repo.insertInterview(ctx.db, ctx.newGuid(), at, record(fields));
    setParticipants(ctx, newId, fields.participantIds);
    recordOperation(ctx.db, at, {
      coderId: ctx.coderId ?? null,
      action: 'create',
      entity: 'interview',
      entityId: newId,
      payload: { after: fields },
    });
    return newId;
  })();
  changed(ctx, id);
  return mustGet(ctx, id);
}

export function updateInterview(ctx: ProjectContext, id: number, patch: Partial<InterviewInput>): Interview {
  ctx.db.transaction(() => {
    const before = mustGet(ctx, id);
    const beforeIds = before.participants.map((p) => p.id);
    const merged = InterviewFields.parse({ ...record(before), participantIds: beforeIds, ...patch });
    checkParticipants(ctx, merged.participantIds);
    const at = ctx.clock.now();
    repo.updateInterview(ctx.db, id, at, record(merged));
    setParticipants(ctx, id, merged.participantIds);
    recordOperation(ctx.db, at, {
      coderId: ctx.coderId ?? null,
      action: 'update',
      entity: 'interview',
      entityId: id,
      payload: { before: { ...record(before), participantIds: beforeIds }, after: merged },
    });
  })();
  changed(ctx, id);
  return mustGet(ctx, id);
}

export function linkParticipant(
  ctx: ProjectContext,
  interviewId: number,
  participantId: number,
  link: boolean,
): Interview {
  ctx.db.transaction(() => {
    mustGet(ctx, interviewId);
    checkParticipants(ctx, [participantId]);
    const at = ctx.clock.now();
    if (link) repo.linkParticipant(ctx.db, interviewId, participantId);
    else repo.unlinkParticipant(ctx.db, interviewId, participantId);
    repo.touchInterview(ctx.db, interviewId, at);
    recordOperation(ctx.db, at, {
      coderId: ctx.coderId ?? null,
      action: link ? 'link' : 'unlink',
      entity: 'interview',
      entityId: interviewId,
      payload: { participantId },
    });
  })();
  changed(ctx, interviewId);
  return mustGet(ctx, interviewId);
}

export function interviewDeleteImpact(ctx: ProjectContext, id: number): DeleteImpact {
  mustGet(ctx, id);
  return { counts: repo.interviewUsage(ctx.db, id), blockedBy: null };
}

/** Deletes the interview with its transcript, notes, quotes, codings and citations (the UI confirms first). */
export function deleteInterview(ctx: ProjectContext, id: number): { deleted: number } {
  ctx.db.transaction(() => {
    const before = mustGet(ctx, id);
    const usage = repo.interviewUsage(ctx.db, id);
    repo.deleteInterview(ctx.db, id);
    recordOperation(ctx.db, ctx.clock.now(), {
      coderId: ctx.coderId ?? null,
      action: 'delete',
      entity: 'interview',
      entityId: id,
      payload: { before, removed: usage },
    });
  })();
  changed(ctx, id);
  return { deleted: id };
}
