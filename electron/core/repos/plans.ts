/**
 * Research plan rows, and the counts a plan's progress is computed from: per method, the interviews
 * held and still planned with someone in scope (the study: every interview; a persona: its members;
 * a segment: its participants), their distinct participants and first and last dates.
 */
import type { Database } from 'better-sqlite3';
import type { ResearchMethod } from '../../../shared/domain/framework';
import type { PlanScope } from '../../../shared/domain/plan';
import { stmt } from '../db/sql';
import { MEMBER_IDS, parseMembership } from './personas';

export interface PlanTargetRow {
  id: number;
  method: ResearchMethod;
  targetMin: number;
  targetMax: number | null;
  budgetWeeks: number | null;
}

export interface MethodCounts {
  method: ResearchMethod;
  done: number;
  scheduled: number;
  participants: number;
  firstDate: number | null;
  lastDate: number | null;
}

const keyOf = (scope: PlanScope) => ({
  persona: scope.kind === 'persona' ? scope.id! : 0,
  segment: scope.kind === 'segment' ? scope.id! : 0,
});

const TARGET_COLUMNS = `id, method, target_min AS targetMin, target_max AS targetMax, budget_weeks AS budgetWeeks`;

export function planTargets(db: Database, scope: PlanScope): PlanTargetRow[] {
  const k = keyOf(scope);
  return stmt(
    db,
    `SELECT ${TARGET_COLUMNS} FROM plan_targets
      WHERE ifnull(persona_id, 0) = @persona AND ifnull(segment_id, 0) = @segment ORDER BY id`,
  ).all(k) as PlanTargetRow[];
}

export function planTarget(
  db: Database,
  id: number,
): (PlanTargetRow & { personaId: number | null; segmentId: number | null }) | undefined {
  return stmt(
    db,
    `SELECT ${TARGET_COLUMNS}, persona_id AS personaId, segment_id AS segmentId FROM plan_targets WHERE id = ?`,
  ).get(id) as (PlanTargetRow & { personaId: number | null; segmentId: number | null }) | undefined;
}

export function planTargetFor(db: Database, scope: PlanScope, method: ResearchMethod): PlanTargetRow | undefined {
  return planTargets(db, scope).find((t) => t.method === method);
}

const HELD = `i.status IN ('conducted', 'transcribed', 'coded')`;

// (interview, participant) pairs in scope; for the study an interview without participants still counts.
const SCOPED: Record<PlanScope['kind'], string> = {
  study: `SELECT i.id AS interview_id, ip.participant_id FROM interviews i
            LEFT JOIN interview_participants ip ON ip.interview_id = i.id`,
  persona: `SELECT ip.interview_id, ip.participant_id FROM interview_participants ip
              WHERE ip.participant_id IN (${MEMBER_IDS})`,
  segment: `SELECT ip.interview_id, ip.participant_id FROM participants p
              JOIN interview_participants ip ON ip.participant_id = p.id WHERE p.segment_id = @id`,
};

function params(db: Database, scope: PlanScope): Record<string, unknown> {
  if (scope.kind === 'study') return {};
  if (scope.kind === 'segment') return { id: scope.id };
  const row = stmt(db, 'SELECT membership FROM personas WHERE id = ?').get(scope.id) as
    { membership: string } | undefined;
  const m = parseMembership(row?.membership ?? '{}');
  return { ids: JSON.stringify(m.participantIds), segs: JSON.stringify(m.segmentIds) };
}

export function methodCounts(db: Database, scope: PlanScope): MethodCounts[] {
  return stmt(
    db,
    `WITH s AS (${SCOPED[scope.kind]})
     SELECT i.method,
            count(DISTINCT CASE WHEN ${HELD} THEN i.id END) AS done,
            count(DISTINCT CASE WHEN i.status = 'planned' THEN i.id END) AS scheduled,
            count(DISTINCT CASE WHEN ${HELD} THEN s.participant_id END) AS participants,
            min(CASE WHEN ${HELD} THEN i.date END) AS firstDate,
            max(CASE WHEN ${HELD} THEN i.date END) AS lastDate
       FROM s JOIN interviews i ON i.id = s.interview_id
      WHERE i.source_kind = 'interview'
      GROUP BY i.method`,
  ).all(params(db, scope)) as MethodCounts[];
}

export function scopeName(db: Database, scope: PlanScope): string | undefined {
  if (scope.kind === 'study') return 'the study';
  const table = scope.kind === 'persona' ? 'personas' : 'segments';
  return (stmt(db, `SELECT name FROM ${table} WHERE id = ?`).get(scope.id) as { name: string } | undefined)?.name;
}

/** Every persona's and segment's plan, for the study overview: (kind, id) pairs that have targets. */
export function plannedScopes(db: Database): PlanScope[] {
  return stmt(
    db,
    `SELECT DISTINCT CASE WHEN persona_id IS NOT NULL THEN 'persona' ELSE 'segment' END AS kind,
              coalesce(persona_id, segment_id) AS id
         FROM plan_targets WHERE persona_id IS NOT NULL OR segment_id IS NOT NULL ORDER BY kind, id`,
  ).all() as PlanScope[];
}
