/** The ideal customer profile: statements, the scoring matrix, company scores. */
import { z } from 'zod';
import { Id, patchOf } from '../../domain/common';
import { Criterion, CriterionFields, TIERS } from '../../domain/icp';
import { method } from '../method';

export const ICP_SECTIONS = ['firmographics', 'technographics', 'business', 'signal_positive', 'signal_negative', 'disqualifying'] as const;

const Statement = z.object({ id: Id, section: z.enum(ICP_SECTIONS), field: z.string(), statement: z.string(), position: z.number().int(), citationCount: z.number().int() });
const Score = z.number().int().min(1, 'Scores run from 1 (poor) to 5 (ideal).').max(5, 'Scores run from 1 (poor) to 5 (ideal).');

export const MatrixRow = z.object({
  companyId: Id,
  companyName: z.string(),
  industry: z.string(),
  scores: z.record(z.string(), z.number()),
  result: z.object({
    score: z.number().nullable(),
    tier: z.enum(TIERS).nullable(),
    scored: z.number().int(),
    missing: z.array(Id),
    disqualifiedBy: z.array(z.string()),
  }),
  sensitivity: z.array(z.object({ criterionId: Id, down: z.enum(TIERS).nullable(), up: z.enum(TIERS).nullable() })),
});

export const icpMethods = {
  'icp.matrix': method(z.object({}), z.object({ criteria: z.array(Criterion), weightProblem: z.string().nullable(), rows: z.array(MatrixRow) }), { writes: false }),
  'icp.criteria.create': method(CriterionFields, z.array(Criterion), { writes: true }),
  'icp.criteria.update': method(z.object({ id: Id, patch: patchOf(CriterionFields) }), z.array(Criterion), { writes: true }),
  'icp.criteria.delete': method(z.object({ id: Id }), z.array(Criterion), { writes: true }),
  'icp.criteria.setWeights': method(z.object({ weights: z.array(z.object({ id: Id, weight: z.number().int().min(0).max(100) })).min(1) }), z.array(Criterion), {
    writes: true,
  }),
  'icp.score': method(z.object({ companyId: Id, criterionId: Id, score: Score.nullable(), note: z.string().max(2000).default('') }), z.object({ ok: z.literal(true) }), {
    writes: true,
  }),
  'icp.statements.list': method(z.object({}), z.array(Statement), { writes: false }),
  'icp.statements.add': method(
    z.object({ section: z.enum(ICP_SECTIONS), field: z.string().max(100).default(''), statement: z.string().trim().min(1, 'Write the statement.').max(2000) }),
    z.array(Statement),
    { writes: true },
  ),
  'icp.statements.update': method(z.object({ id: Id, statement: z.string().trim().min(1).max(2000).optional(), field: z.string().max(100).optional() }), z.array(Statement), {
    writes: true,
  }),
  'icp.statements.delete': method(z.object({ id: Id }), z.array(Statement), { writes: true }),
  'icp.disqualify': method(z.object({ companyId: Id, statementId: Id, on: z.boolean() }), z.object({ ok: z.literal(true) }), { writes: true }),
} as const;
