/** Personas: assembly (members, attributes with citations and confidence, checklist, warnings) and edits. */
import { getPlan } from '../plans';
import type { Attribute, ConfidenceThresholds, Persona, PersonaSummary } from '../../../../shared/domain/persona';
import {
  computeConfidence,
  ConfidenceThresholds as Thresholds,
  PersonaFields,
} from '../../../../shared/domain/persona';
import { AppError } from '../../../../shared/errors';
import type { ProjectContext } from '../../context';
import { recordOperation } from '../../repos/operations';
import { consentingParticipantCount, participantExists, segmentExists } from '../../repos/participants';
import { setManualCheck as writeManualCheck } from '../../repos/personaChecks';
import * as repo from '../../repos/personas';
import { checklist, citedTags, warnings } from './checklist';

type Fields = ReturnType<typeof PersonaFields.parse>;

export function thresholds(ctx: ProjectContext): ConfidenceThresholds {
  const parsed = Thresholds.safeParse(repo.readSetting(ctx.db, 'confidence') ?? {});
  return parsed.success ? parsed.data : Thresholds.parse({});
}

export function setThresholds(ctx: ProjectContext, t: ConfidenceThresholds): ConfidenceThresholds {
  if (t.high < t.medium) throw new AppError('VALIDATION', 'The "high" threshold must be at least the "medium" one.');
  repo.writeSetting(ctx.db, 'confidence', t);
  ctx.emit('entities.changed', { kind: 'persona', ids: [] });
  return t;
}

function attributesOf(ctx: ProjectContext, personaId: number, t: ConfidenceThresholds): Attribute[] {
  const rows = repo.attributeRows(ctx.db, personaId);
  const cites = repo.citationsOfAttributes(
    ctx.db,
    rows.map((r) => r.id),
  );
  return rows.map((r) => {
    const mine = cites.filter((c) => c.attributeId === r.id).map(({ attributeId: _a, ...c }) => c);
    let detail: Record<string, string> = {};
    try {
      detail = JSON.parse(r.detail) as Record<string, string>;
    } catch {
      /* keep empty */
    }
    return {
      id: r.id,
      guid: r.guid,
      personaId: r.persona_id,
      section: r.section as Attribute['section'],
      field: r.field,
      statement: r.statement,
      detail,
      position: r.position,
      status: r.status,
      origin: r.origin,
      sourceTagId: r.source_tag_id,
      citations: mine,
      confidence: computeConfidence(mine, t),
    };
  });
}

function participantTotal(ctx: ProjectContext): number {
  return consentingParticipantCount(ctx.db);
}

export function getPersona(ctx: ProjectContext, id: number): Persona {
  const row = repo.personaRow(ctx.db, id);
  if (!row) throw new AppError('NOT_FOUND', 'That persona no longer exists.');
  const t = thresholds(ctx);
  const membership = repo.parseMembership(row.membership);
  const members = repo.memberRows(ctx.db, membership);
  const attributes = attributesOf(ctx, id, t);
  const others = repo.personaRows(ctx.db).filter((p) => p.id !== id);
  const total = participantTotal(ctx);
  const now = ctx.clock.now();
  return {
    id: row.id,
    guid: row.guid,
    kind: row.kind,
    name: row.name,
    role: row.role,
    reportsTo: row.reports_to,
    tier: row.tier,
    membership,
    summary: row.summary,
    lastReviewedAt: row.last_reviewed_at,
    members,
    memberShare: total ? members.length / total : 0,
    attributes,
    checklist: checklist(ctx.db, {
      personaId: id,
      tier: row.tier,
      lastReviewedAt: row.last_reviewed_at,
      memberCount: members.length,
      participantTotal: total,
      attributes,
      otherPersonasTags: others.map((o) => citedTags(ctx.db, attributesOf(ctx, o.id, t))),
      plan: getPlan(ctx, { kind: 'persona', id }).targets,
      now,
    }),
    warnings: warnings({
      personaCount: others.length + 1,
      tier: row.tier,
      lastReviewedAt: row.last_reviewed_at,
      attributes,
      now,
    }),
    createdAt: row.created_at,
    updatedAt: row.updated_at,
  };
}

export function listPersonas(ctx: ProjectContext): PersonaSummary[] {
  const t = thresholds(ctx);
  const rows = repo.personaRows(ctx.db);
  const now = ctx.clock.now();
  return rows.map((r) => {
    const attributes = attributesOf(ctx, r.id, t);
    const membership = repo.parseMembership(r.membership);
    return {
      id: r.id,
      kind: r.kind,
      name: r.name,
      role: r.role,
      reportsTo: r.reports_to,
      tier: r.tier,
      membership,
      summary: r.summary,
      lastReviewedAt: r.last_reviewed_at,
      memberCount: repo.memberRows(ctx.db, membership).length,
      attributeCount: attributes.filter((a) => a.status === 'accepted').length,
      warnings: warnings({
        personaCount: rows.length,
        tier: r.tier,
        lastReviewedAt: r.last_reviewed_at,
        attributes,
        now,
      }),
      updatedAt: r.updated_at,
    };
  });
}

function checkMembership(ctx: ProjectContext, f: Fields): void {
  for (const id of f.membership.participantIds) {
    if (!participantExists(ctx.db, id)) throw new AppError('VALIDATION', 'A chosen participant no longer exists.');
  }
  for (const id of f.membership.segmentIds) {
    if (!segmentExists(ctx.db, id)) throw new AppError('VALIDATION', 'A chosen segment no longer exists.');
  }
}

export function createPersona(ctx: ProjectContext, f: Fields): Persona {
  const id = ctx.db.transaction(() => {
    checkMembership(ctx, f);
    const at = ctx.clock.now();
    const newId = repo.insertPersona(ctx.db, ctx.newGuid(), f, at);
    recordOperation(ctx.db, at, {
      coderId: ctx.coderId ?? null,
      action: 'create',
      entity: 'persona',
      entityId: newId,
      payload: { after: f },
    });
    return newId;
  })();
  ctx.emit('entities.changed', { kind: 'persona', ids: [id] });
  return getPersona(ctx, id);
}

export function updatePersona(ctx: ProjectContext, id: number, patch: Partial<Fields>): Persona {
  ctx.db.transaction(() => {
    const before = getPersona(ctx, id);
    const f = PersonaFields.parse({ ...before, ...patch });
    checkMembership(ctx, f);
    const at = ctx.clock.now();
    repo.updatePersona(ctx.db, id, f, at);
    recordOperation(ctx.db, at, {
      coderId: ctx.coderId ?? null,
      action: 'update',
      entity: 'persona',
      entityId: id,
      payload: { patch },
    });
  })();
  ctx.emit('entities.changed', { kind: 'persona', ids: [id] });
  return getPersona(ctx, id);
}

export function deletePersona(ctx: ProjectContext, id: number): { deleted: number } {
  ctx.db.transaction(() => {
    if (!repo.personaRow(ctx.db, id)) throw new AppError('NOT_FOUND', 'That persona no longer exists.');
    repo.deletePersona(ctx.db, id);
    recordOperation(ctx.db, ctx.clock.now(), {
      coderId: ctx.coderId ?? null,
      action: 'delete',
      entity: 'persona',
      entityId: id,
      payload: {},
    });
  })();
  ctx.emit('entities.changed', { kind: 'persona', ids: [id] });
  return { deleted: id };
}

export function setManualCheck(ctx: ProjectContext, personaId: number, key: string, done: boolean): Persona {
  ctx.db.transaction(() => {
    if (!repo.personaRow(ctx.db, personaId)) throw new AppError('NOT_FOUND', 'That persona no longer exists.');
    const at = ctx.clock.now();
    writeManualCheck(ctx.db, personaId, key, done ? at : null);
    recordOperation(ctx.db, at, {
      coderId: ctx.coderId ?? null,
      action: done ? 'check' : 'uncheck',
      entity: 'persona',
      entityId: personaId,
      payload: { key },
    });
  })();
  ctx.emit('entities.changed', { kind: 'persona', ids: [personaId] });
  return getPersona(ctx, personaId);
}
