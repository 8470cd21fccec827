/** The ICP scoring matrix: criteria and weights, company scores, disqualifiers, and the scored table. */
import type { Criterion } from '../../../../shared/domain/icp';
import { CriterionFields, DEFAULT_CRITERIA, scoreCompany, sensitivity, weightProblem } from '../../../../shared/domain/icp';
import type { ScoredMatrix } from '../../../../shared/domain/icpProfile';
import { AppError } from '../../../../shared/errors';
import type { ProjectContext } from '../../context';
import { stmt } from '../../db/sql';
import { disqualifierRows, scoreRows } from '../../repos/icp';
import { recordOperation } from '../../repos/operations';

type Fields = ReturnType<typeof CriterionFields.parse>;

export function listCriteria(ctx: ProjectContext): Criterion[] {
  return stmt(
    ctx.db,
    `SELECT id, guid, name, weight, ideal, good, poor, position, created_at AS createdAt, updated_at AS updatedAt
       FROM icp_criteria ORDER BY position, id`,
  ).all() as Criterion[];
}

export function seedCriteria(ctx: ProjectContext): void {
  const at = ctx.clock.now();
  DEFAULT_CRITERIA.forEach((c, position) =>
    stmt(ctx.db, 'INSERT INTO icp_criteria (guid, name, weight, ideal, good, poor, position, created_at, updated_at) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?)').run(
      ctx.newGuid(), c.name, c.weight, c.ideal, c.good, c.poor, position, at, at,
    ),
  );
}

function refuseDuplicate(ctx: ProjectContext, name: string, exceptId: number | null): void {
  const clash = stmt(ctx.db, 'SELECT id FROM icp_criteria WHERE name = ? COLLATE NOCASE').get(name) as { id: number } | undefined;
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
    const position = (stmt(ctx.db, 'SELECT coalesce(max(position), -1) + 1 AS p FROM icp_criteria').get() as { p: number }).p;
    const id = stmt(ctx.db, 'INSERT INTO icp_criteria (guid, name, weight, ideal, good, poor, position, created_at, updated_at) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?)').run(
      ctx.newGuid(), f.name, f.weight, f.ideal, f.good, f.poor, position, at, at,
    ).lastInsertRowid;
    recordOperation(ctx.db, at, { action: 'create', entity: 'icp_criterion', entityId: Number(id), payload: { after: f } });
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
    stmt(ctx.db, 'UPDATE icp_criteria SET name = ?, weight = ?, ideal = ?, good = ?, poor = ?, updated_at = ? WHERE id = ?').run(
      f.name, f.weight, f.ideal, f.good, f.poor, at, id,
    );
    recordOperation(ctx.db, at, { action: 'update', entity: 'icp_criterion', entityId: id, payload: { before, after: f } });
  })();
  changed(ctx);
  return listCriteria(ctx);
}

export function deleteCriterion(ctx: ProjectContext, id: number): Criterion[] {
  ctx.db.transaction(() => {
    const before = listCriteria(ctx).find((c) => c.id === id);
    if (!before) throw new AppError('NOT_FOUND', 'That criterion no longer exists.');
    stmt(ctx.db, 'DELETE FROM icp_criteria WHERE id = ?').run(id); // its company scores go with it
    recordOperation(ctx.db, ctx.clock.now(), { action: 'delete', entity: 'icp_criterion', entityId: id, payload: { before } });
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
    for (const w of weights) stmt(ctx.db, 'UPDATE icp_criteria SET weight = ?, updated_at = ? WHERE id = ?').run(w.weight, at, w.id);
    recordOperation(ctx.db, at, { action: 'set-weights', entity: 'icp_criterion', entityId: null, payload: { before: criteria.map((c) => ({ id: c.id, weight: c.weight })), after: weights } });
  })();
  changed(ctx);
  return listCriteria(ctx);
}

export function scoredMatrix(ctx: ProjectContext): ScoredMatrix {
  const criteria = listCriteria(ctx);
  const companies = stmt(ctx.db, 'SELECT id, name, industry FROM companies ORDER BY name COLLATE NOCASE').all() as { id: number; name: string; industry: string }[];
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
      cells: Object.fromEntries(cells.map((s) => [s.criterion_id, { score: s.score, note: s.note, citationCount: s.citation_count }])),
      disqualifierIds: ticked.map((d) => d.statement_id),
      result: scoreCompany(criteria, mine, ticked.map((d) => d.statement)),
      sensitivity: sensitivity(criteria, mine),
    };
  });
  return { criteria, weightProblem: weightProblem(criteria), rows };
}
