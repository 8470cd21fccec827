/** The ICP scoring matrix: criteria and weights, company scores, disqualifiers, and the scored table. */
import type { Criterion, ScoreResult } from '../../../../shared/domain/icp';
import { CriterionFields, DEFAULT_CRITERIA, scoreCompany, sensitivity, weightProblem } from '../../../../shared/domain/icp';
import { AppError } from '../../../../shared/errors';
import type { ProjectContext } from '../../context';
import { stmt } from '../../db/sql';
import { recordOperation } from '../../repos/operations';

type Fields = ReturnType<typeof CriterionFields.parse>;

export interface MatrixRow {
  companyId: number;
  companyName: string;
  industry: string;
  scores: Record<number, number>;
  result: ScoreResult;
  sensitivity: ReturnType<typeof sensitivity>;
}

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

function changed(ctx: ProjectContext): void {
  ctx.emit('entities.changed', { kind: 'company', ids: [] });
}

export function createCriterion(ctx: ProjectContext, f: Fields): Criterion[] {
  ctx.db.transaction(() => {
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

export function setScore(ctx: ProjectContext, companyId: number, criterionId: number, score: number | null, note: string): void {
  ctx.db.transaction(() => {
    if (!stmt(ctx.db, 'SELECT 1 FROM companies WHERE id = ?').get(companyId)) throw new AppError('NOT_FOUND', 'That company no longer exists.');
    if (!stmt(ctx.db, 'SELECT 1 FROM icp_criteria WHERE id = ?').get(criterionId)) throw new AppError('NOT_FOUND', 'That criterion no longer exists.');
    const at = ctx.clock.now();
    if (score === null) stmt(ctx.db, 'DELETE FROM company_scores WHERE company_id = ? AND criterion_id = ?').run(companyId, criterionId);
    else
      stmt(
        ctx.db,
        `INSERT INTO company_scores (company_id, criterion_id, score, note, updated_at) VALUES (?, ?, ?, ?, ?)
         ON CONFLICT (company_id, criterion_id) DO UPDATE SET score = excluded.score, note = excluded.note, updated_at = excluded.updated_at`,
      ).run(companyId, criterionId, score, note, at);
    recordOperation(ctx.db, at, { action: 'score', entity: 'company', entityId: companyId, payload: { criterionId, score, note } });
  })();
  changed(ctx);
}

export function scoredMatrix(ctx: ProjectContext): { criteria: Criterion[]; weightProblem: string | null; rows: MatrixRow[] } {
  const criteria = listCriteria(ctx);
  const companies = stmt(ctx.db, 'SELECT id, name, industry FROM companies ORDER BY name COLLATE NOCASE').all() as { id: number; name: string; industry: string }[];
  const scores = stmt(ctx.db, 'SELECT company_id, criterion_id, score FROM company_scores').all() as { company_id: number; criterion_id: number; score: number }[];
  const dq = stmt(
    ctx.db,
    'SELECT d.company_id, s.statement FROM company_disqualifiers d JOIN icp_statements s ON s.id = d.statement_id',
  ).all() as { company_id: number; statement: string }[];
  const rows = companies.map((c) => {
    const mine = scores.filter((s) => s.company_id === c.id).map((s) => ({ criterionId: s.criterion_id, score: s.score }));
    const reasons = dq.filter((d) => d.company_id === c.id).map((d) => d.statement);
    return {
      companyId: c.id,
      companyName: c.name,
      industry: c.industry,
      scores: Object.fromEntries(mine.map((s) => [s.criterionId, s.score])),
      result: scoreCompany(criteria, mine, reasons),
      sensitivity: sensitivity(criteria, mine),
    };
  });
  return { criteria, weightProblem: weightProblem(criteria), rows };
}
