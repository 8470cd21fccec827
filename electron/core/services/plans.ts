/**
 * Research plans: targets per method for the study, a persona or a segment, and their progress
 * computed from the project (never stored). Editing a target is one undoable step.
 */
import { AppError } from '../../../shared/errors';
import { RESEARCH_METHODS } from '../../../shared/domain/framework';
import {
  METHOD_DEFAULTS,
  progressLabel,
  rangeText,
  targetState,
  type Plan,
  type PlanScope,
  type PlanTargetFields,
  type PlanTargetProgress,
} from '../../../shared/domain/plan';
import type { EvidenceFilters } from '../../../shared/domain/synthesis';
import type { ProjectContext } from '../context';
import { undoable } from '../history/undo';
import { methodCounts, plannedScopes, planTarget, planTargetFor, planTargets, scopeName } from '../repos/plans';

function mustScopeName(ctx: ProjectContext, scope: PlanScope): string {
  const name = scopeName(ctx.db, scope);
  if (name === undefined)
    throw new AppError(
      'NOT_FOUND',
      scope.kind === 'persona' ? 'That persona no longer exists.' : 'That segment no longer exists.',
    );
  return name;
}

export function getPlan(ctx: ProjectContext, scope: PlanScope): Plan {
  const name = mustScopeName(ctx, scope);
  const counts = new Map(methodCounts(ctx.db, scope).map((c) => [c.method, c]));
  const targets = planTargets(ctx.db, scope).map((t): PlanTargetProgress => {
    const c = counts.get(t.method);
    const done = c?.done ?? 0;
    return {
      ...t,
      done,
      scheduled: c?.scheduled ?? 0,
      participants: c?.participants ?? 0,
      firstDate: c?.firstDate ?? null,
      lastDate: c?.lastDate ?? null,
      state: targetState(done, t.targetMin, t.targetMax),
      label: progressLabel(done, t.method, t.targetMin, t.targetMax, name),
    };
  });
  const planned = new Set(targets.map((t) => t.method));
  const unplanned = RESEARCH_METHODS.filter((m) => !planned.has(m) && (counts.get(m)?.done ?? 0) > 0).map((m) => ({
    method: m,
    done: counts.get(m)!.done,
  }));
  return { scope: { kind: scope.kind, id: scope.id }, scopeName: name, targets, unplanned };
}

/** The study's plan, then every persona's and segment's that has targets. */
export function planOverview(ctx: ProjectContext): Plan[] {
  return [getPlan(ctx, { kind: 'study', id: null }), ...plannedScopes(ctx.db).map((s) => getPlan(ctx, s))];
}

/** Adds the method to the scope's plan, or changes its target if it is there. */
export function setPlanTarget(ctx: ProjectContext, scope: PlanScope, fields: PlanTargetFields): Plan {
  const name = mustScopeName(ctx, scope);
  const existing = planTargetFor(ctx.db, scope, fields.method);
  const what = `${rangeText(fields.targetMin, fields.targetMax)} ${METHOD_DEFAULTS[fields.method].unit}`;
  const at = ctx.clock.now();
  const row = {
    target_min: fields.targetMin,
    target_max: fields.targetMax,
    budget_weeks: fields.budgetWeeks,
    updated_at: at,
  };
  const id = undoable(
    ctx,
    {
      label: `Plan ${what} ${name === 'the study' ? 'in the study' : `for ${name}`}`,
      action: existing ? 'update' : 'create',
      entity: 'plan_target',
      entityId: existing?.id ?? null,
      kinds: ['plan'],
    },
    (c) => {
      if (existing) {
        c.update('plan_targets', existing.id, row);
        return existing.id;
      }
      return c.insert('plan_targets', {
        ...row,
        persona_id: scope.kind === 'persona' ? scope.id : null,
        segment_id: scope.kind === 'segment' ? scope.id : null,
        method: fields.method,
        created_at: at,
      });
    },
  );
  ctx.emit('entities.changed', { kind: 'plan', ids: [id] });
  return getPlan(ctx, scope);
}

export function removePlanTarget(ctx: ProjectContext, id: number): { deleted: number } {
  const target = planTarget(ctx.db, id);
  if (!target) throw new AppError('NOT_FOUND', 'That part of the plan no longer exists.');
  const scope: PlanScope =
    target.personaId !== null
      ? { kind: 'persona', id: target.personaId }
      : target.segmentId !== null
        ? { kind: 'segment', id: target.segmentId }
        : { kind: 'study', id: null };
  const name = mustScopeName(ctx, scope);
  undoable(
    ctx,
    {
      label: `Remove ${METHOD_DEFAULTS[target.method].unit} from the plan ${name === 'the study' ? 'of the study' : `for ${name}`}`,
      action: 'delete',
      entity: 'plan_target',
      entityId: id,
      kinds: ['plan'],
    },
    (c) => c.delete('plan_targets', id),
  );
  ctx.emit('entities.changed', { kind: 'plan', ids: [id] });
  return { deleted: id };
}

/**
 * For the saturation view: the plan targets behind the current filters that are still below their
 * minimum — the segment's plan when one segment is chosen, else the study's; only the chosen methods.
 */
export function plannedMinimumsMissed(ctx: ProjectContext, filters: EvidenceFilters): string[] {
  const scope: PlanScope =
    filters.segmentIds.length === 1 ? { kind: 'segment', id: filters.segmentIds[0]! } : { kind: 'study', id: null };
  if (scopeName(ctx.db, scope) === undefined) return [];
  return getPlan(ctx, scope)
    .targets.filter((t) => t.state === 'below' && (filters.methods.length === 0 || filters.methods.includes(t.method)))
    .map((t) => t.label);
}
