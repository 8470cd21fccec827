/** Participant use cases: validation against other records, transactions, operation log, events. */
import type { Participant, ParticipantInput } from '../../../shared/domain/participant';
import { ParticipantFields } from '../../../shared/domain/participant';
import { nextPseudonym } from '../../../shared/domain/pseudonym';
import type { DeleteImpact } from '../../../shared/domain/common';
import { AppError } from '../../../shared/errors';
import type { ProjectContext } from '../context';
import { pseudonymClash, nameClash } from '../../../shared/domain/names';
import { companyNames, getCompany } from '../repos/companies';
import { recordOperation } from '../repos/operations';
import * as repo from '../repos/participants';
import { pick } from '../../../shared/pick';

type Fields = ReturnType<typeof ParticipantFields.parse>;

function mustGet(ctx: ProjectContext, id: number): Participant {
  const p = repo.getParticipant(ctx.db, id);
  if (!p) throw new AppError('NOT_FOUND', 'That participant no longer exists.');
  return p;
}

function checkReferences(ctx: ProjectContext, fields: Fields, exceptId: number | null): void {
  if (fields.companyId !== null && !getCompany(ctx.db, fields.companyId)) {
    throw new AppError('VALIDATION', 'The chosen company no longer exists.', { companyId: 'Pick another company.' });
  }
  if (fields.segmentId !== null && !repo.segmentExists(ctx.db, fields.segmentId)) {
    throw new AppError('VALIDATION', 'The chosen segment no longer exists.', { segmentId: 'Pick another segment.' });
  }
  if (fields.pseudonym && repo.pseudonymTaken(ctx.db, fields.pseudonym, exceptId)) {
    throw new AppError('CONFLICT', `Another participant is already called "${fields.pseudonym}".`, {
      pseudonym: 'Pseudonyms must be unique.',
    });
  }
  checkNames(ctx, fields, exceptId);
}

/** A pseudonym may not be anyone's name, and no name or alias may be anyone's pseudonym (names.ts). */
function checkNames(ctx: ProjectContext, fields: Fields, selfId: number | null): void {
  const others = repo.participantNames(ctx.db).filter((p) => p.id !== selfId);
  const self = { id: selfId ?? 0, realName: fields.realName, aliases: fields.aliases, pseudonym: fields.pseudonym };
  const people = [...others, self];
  const clash = pseudonymClash(fields.pseudonym, self.id, people, companyNames(ctx.db));
  if (clash) throw new AppError('CONFLICT', clash, { pseudonym: clash });
  const named = nameClash({ realName: fields.realName, aliases: fields.aliases }, self.id, people);
  if (named) throw new AppError('CONFLICT', named.message, { [named.field]: named.message });
}

/** The next neutral code no one's name collides with. */
export function newPseudonym(ctx: ProjectContext, names: { realName: string; aliases: readonly string[] }): string {
  const people = repo.participantNames(ctx.db);
  const companies = companyNames(ctx.db);
  return nextPseudonym(
    repo.allPseudonyms(ctx.db),
    (code) =>
      pseudonymClash(
        code,
        0,
        [...people, { id: 0, realName: names.realName, aliases: names.aliases, pseudonym: code }],
        companies,
      ) !== null,
  );
}

/**
 * The pseudonym for a participant created from a transcript's speaker label (the label becomes the
 * real name). A label that is someone's pseudonym is refused, naming the speaker, so nothing is stored.
 */
export function speakerPseudonym(ctx: ProjectContext, label: string): string {
  const clash = nameClash({ realName: label }, null, repo.participantNames(ctx.db));
  if (clash)
    throw new AppError('CONFLICT', `Speaker “${label}”: ${clash.message} Or map this speaker to that participant.`);
  return newPseudonym(ctx, { realName: label, aliases: [] });
}

/** The columns a participant record holds; the return type makes the compiler check none is missing. */
const RECORD_KEYS = [
  'pseudonym',
  'realName',
  'aliases',
  'email',
  'role',
  'careerStage',
  'companyId',
  'segmentId',
  'behavior',
  'consent',
  'consentAt',
  'notes',
] as const;

function record(fields: Fields): repo.ParticipantRecord {
  return pick(fields, RECORD_KEYS);
}

export function createParticipant(ctx: ProjectContext, input: Fields): Participant {
  const id = ctx.db.transaction(() => {
    const fields = { ...input };
    if (!fields.pseudonym) fields.pseudonym = newPseudonym(ctx, fields);
    checkReferences(ctx, fields, null);
    const at = ctx.clock.now();
    const newId = repo.insertParticipant(ctx.db, ctx.newGuid(), at, record(fields));
    recordOperation(ctx.db, at, {
      coderId: ctx.coderId ?? null,
      action: 'create',
      entity: 'participant',
      entityId: newId,
      payload: { after: fields },
    });
    return newId;
  })();
  ctx.emit('entities.changed', { kind: 'participant', ids: [id] });
  return mustGet(ctx, id);
}

export function updateParticipant(ctx: ProjectContext, id: number, patch: Partial<ParticipantInput>): Participant {
  ctx.db.transaction(() => {
    const before = mustGet(ctx, id);
    const merged = ParticipantFields.parse({ ...record(before), ...patch });
    if (!merged.pseudonym) throw new AppError('VALIDATION', 'A pseudonym is required.', { pseudonym: 'Required.' });
    checkReferences(ctx, merged, id);
    const at = ctx.clock.now();
    repo.updateParticipant(ctx.db, id, at, record(merged));
    recordOperation(ctx.db, at, {
      coderId: ctx.coderId ?? null,
      action: 'update',
      entity: 'participant',
      entityId: id,
      payload: { before: record(before), after: record(merged) },
    });
  })();
  ctx.emit('entities.changed', { kind: 'participant', ids: [id] });
  return mustGet(ctx, id);
}

export function participantDeleteImpact(ctx: ProjectContext, id: number): DeleteImpact {
  mustGet(ctx, id);
  const usage = repo.participantUsage(ctx.db, id);
  return {
    counts: { interviews: usage.interviews, transcriptSpeakers: usage.speakers, personas: usage.personas },
    blockedBy: null,
  };
}

/** Removes the participant, their interview links and persona memberships; their speaker turns stay, unmapped. */
export function deleteParticipant(ctx: ProjectContext, id: number): { deleted: number } {
  ctx.db.transaction(() => {
    const before = mustGet(ctx, id);
    repo.deleteParticipant(ctx.db, id);
    recordOperation(ctx.db, ctx.clock.now(), {
      coderId: ctx.coderId ?? null,
      action: 'delete',
      entity: 'participant',
      entityId: id,
      payload: { before },
    });
  })();
  ctx.emit('entities.changed', { kind: 'participant', ids: [id] });
  ctx.emit('entities.changed', { kind: 'interview', ids: [] });
  return { deleted: id };
}
