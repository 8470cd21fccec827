/** The ICP scoring matrix: criteria and weights, company scores, disqualifiers, and the scored table. */
import type { Criterion } from '../../../../shared/domain/icp';
import {
  CriterionFields,
  DEFAULT_CRITERIA,
  scoreCompany,
  sensitivity,
  weightProblem,
} from '../../../../shared/domain/icp';
import type { ScoredMatrix } from '../../../../shared/domain/icpProfile';
import { AppError } from '../../../../shared/errors';
import type { ProjectContext } from '../../context';
import { disqualifierRows, scoreRows } from '../../repos/icp';
import * as repo from '../../repos/icpCriteria';
import { recordOperation } from '../../repos/operations';

type Fields = ReturnType<typeof CriterionFields.parse>;

export function listCriteria(ctx: ProjectContext): Criterion[] {
  return repo.listCriteria(ctx.db);
}

export function seedCriteria(ctx: ProjectContext): void {
  const at = ctx.clock.now();
  DEFAULT_CRITERIA.forEach((c, position) => repo.insertCriterion(ctx.db, ctx.newGuid(), c, position, at));
}

function refuseDuplicate(ctx: ProjectContext, name: string, exceptId: number | null): void {
  const clash = repo.criterionNamed(ctx.db, name);
  if (clash && clash.id !== exceptId) {
    const message = `A criterion called “${name}” already exists.`;
    throw new AppError('CONFLICT', message, { name: message });
  }
}

function changed(ctx: ProjectContext): void {
  ctx.emit('entities.changed', { kind: 'icpCriterion', ids: [] });
}

export function createCriterion(ctx: ProjectContext, f: Fields): Criterion[] {
  ctx.db.transaction(() => {
    refuseDuplicate(ctx, f.name, null);
    const at = ctx.clock.now();
    const position = repo.nextCriterionPosition(ctx.db);
    const id = repo.insertCriterion(ctx.db, ctx.newGuid(), f, position, at);
    recordOperation(ctx.db, at, {
      coderId: ctx.coderId ?? null,
      action: 'create',
      entity: 'icp_criterion',
      entityId: Number(id),
      payload: { after: f },
    });
  })();
  changed(ctx);
  return listCriteria(ctx);
}

export function updateCriterion(ctx: ProjectContext, id: number, patch: Partial<Fields>): Criterion[] {
  ctx.db.transaction(() => {
    const before = listCriteria(ctx).find((c) => c.id === id);
    if (!before) throw new AppError('NOT_FOUND', 'That criterion no longer exists.');
    const f = CriterionFields.parse({ ...before, ...patch });
    refuseDuplicate(ctx, f.name, id);
    const at = ctx.clock.now();
    repo.updateCriterion(ctx.db, id, f, at);
    recordOperation(ctx.db, at, {
      coderId: ctx.coderId ?? null,
      action: 'update',
      entity: 'icp_criterion',
      entityId: id,
      payload: { before, after: f },
    });
  })();
  changed(ctx);
  return listCriteria(ctx);
}

export function deleteCriterion(ctx: ProjectContext, id: number): Criterion[] {
  ctx.db.transaction(() => {
    const before = listCriteria(ctx).find((c) => c.id === id);
    if (!before) throw new AppError('NOT_FOUND', 'That criterion no longer exists.');
    repo.deleteCriterion(ctx.db, id); // its company scores go with it
    recordOperation(ctx.db, ctx.clock.now(), {
      coderId: ctx.coderId ?? null,
      action: 'delete',
      entity: 'icp_criterion',
      entityId: id,
      payload: { before },
    });
  })();
  changed(ctx);
  return listCriteria(ctx);
}

/** Sets every weight at once; they must total 100 points (the only way to rebalance without a detour). */
export function setWeights(ctx: ProjectContext, weights: { id: number; weight: number }[]): Criterion[] {
  ctx.db.transaction(() => {
    const criteria = listCriteria(ctx);
    const byId = new Map(weights.map((w) => [w.id, w.weight]));
    if (criteria.some((c) => !byId.has(c.id)) || weights.length !== criteria.length) {
      throw new AppError('VALIDATION', 'Give a weight for every criterion (the list changed; reload it).');
    }
    const problem = weightProblem(weights);
    if (problem) throw new AppError('VALIDATION', problem, { weights: problem });
    const at = ctx.clock.now();
    for (const w of weights) repo.setCriterionWeight(ctx.db, w.id, w.weight, at);
    recordOperation(ctx.db, at, {
      coderId: ctx.coderId ?? null,
      action: 'set-weights',
      entity: 'icp_criterion',
      entityId: null,
      payload: { before: criteria.map((c) => ({ id: c.id, weight: c.weight })), after: weights },
    });
  })();
  changed(ctx);
  return listCriteria(ctx);
}

export function scoredMatrix(ctx: ProjectContext): ScoredMatrix {
  const criteria = listCriteria(ctx);
  const companies = repo.companiesByName(ctx.db);
  const scores = scoreRows(ctx.db);
  const dq = disqualifierRows(ctx.db);
  const rows = companies.map((c) => {
    const cells = scores.filter((s) => s.company_id === c.id);
    const mine = cells.map((s) => ({ criterionId: s.criterion_id, score: s.score }));
    const ticked = dq.filter((d) => d.company_id === c.id);
    return {
      companyId: c.id,
      companyName: c.name,
      industry: c.industry,
      scores: Object.fromEntries(mine.map((s) => [s.criterionId, s.score])),
      cells: Object.fromEntries(
        cells.map((s) => [s.criterion_id, { score: s.score, note: s.note, citationCount: s.citation_count }]),
      ),
      disqualifierIds: ticked.map((d) => d.statement_id),
      result: scoreCompany(
        criteria,
        mine,
        ticked.map((d) => d.statement),
      ),
      sensitivity: sensitivity(criteria, mine),
    };
  });
  return { criteria, weightProblem: weightProblem(criteria), rows };
}
