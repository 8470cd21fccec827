/** The ideal customer profile: statements citing quotes, the scoring matrix, company scores citing quotes. */
import { z } from 'zod';
import { Id, patchOf } from '../../domain/common';
import { Criterion, CriterionFields } from '../../domain/icp';
import {
  ICP_SECTIONS,
  IcpPersona,
  IcpProfile,
  IcpStatement,
  Polarity,
  ScoreDetail,
  ScoredMatrix,
} from '../../domain/icpProfile';
import { method } from '../method';

const Score = z
  .number()
  .int()
  .min(1, 'Scores run from 1 (poor) to 5 (ideal).')
  .max(5, 'Scores run from 1 (poor) to 5 (ideal).');
const StatementText = z
  .string()
  .trim()
  .min(1, 'Write the statement.')
  .max(2000, 'Keep a statement under 2,000 characters.');
const Field = z.string().max(100);
const Cell = { companyId: Id, criterionId: Id };

export const icpMethods = {
  'icp.profile': method(z.object({}), IcpProfile, { writes: false }),
  'icp.matrix': method(z.object({}), ScoredMatrix, { writes: false }),
  'icp.criteria.create': method(CriterionFields, z.array(Criterion), { writes: true }),
  'icp.criteria.update': method(z.object({ id: Id, patch: patchOf(CriterionFields) }), z.array(Criterion), {
    writes: true,
  }),
  'icp.criteria.delete': method(z.object({ id: Id }), z.array(Criterion), { writes: true }),
  'icp.criteria.setWeights': method(
    z.object({ weights: z.array(z.object({ id: Id, weight: z.number().int().min(0).max(100) })).min(1) }),
    z.array(Criterion),
    {
      writes: true,
    },
  ),
  /** Sets (or with null, clears) one cell; a note left out is kept. Returns the cell. */
  'icp.score': method(
    z.object({
      ...Cell,
      score: Score.nullable(),
      note: z.string().max(2000, 'Keep the note under 2,000 characters.').optional(),
    }),
    ScoreDetail,
    {
      writes: true,
    },
  ),
  'icp.scores.get': method(z.object(Cell), ScoreDetail, { writes: false }),
  'icp.scores.cite': method(z.object({ ...Cell, quoteId: Id, polarity: Polarity.default('supports') }), ScoreDetail, {
    writes: true,
  }),
  'icp.scores.uncite': method(z.object({ ...Cell, quoteId: Id }), ScoreDetail, { writes: true }),
  'icp.statements.list': method(z.object({}), z.array(IcpStatement), { writes: false }),
  'icp.statements.add': method(
    z.object({
      section: z.enum(ICP_SECTIONS),
      field: Field.default(''),
      statement: StatementText,
      quoteIds: z.array(Id).max(100).default([]),
    }),
    z.array(IcpStatement),
    { writes: true },
  ),
  'icp.statements.update': method(
    z.object({ id: Id, statement: StatementText.optional(), field: Field.optional() }),
    z.array(IcpStatement),
    {
      writes: true,
    },
  ),
  'icp.statements.delete': method(z.object({ id: Id }), z.array(IcpStatement), { writes: true }),
  'icp.statements.cite': method(
    z.object({ statementId: Id, quoteId: Id, polarity: Polarity.default('supports') }),
    z.array(IcpStatement),
    { writes: true },
  ),
  'icp.statements.uncite': method(z.object({ statementId: Id, quoteId: Id }), z.array(IcpStatement), { writes: true }),
  /** The buyer and user personas the profile contains (buyers first). */
  'icp.personas.list': method(z.object({}), z.array(IcpPersona), { writes: false }),
  'icp.personas.link': method(z.object({ personaId: Id }), z.array(IcpPersona), { writes: true }),
  'icp.personas.unlink': method(z.object({ personaId: Id }), z.array(IcpPersona), { writes: true }),
  'icp.disqualify': method(
    z.object({ companyId: Id, statementId: Id, on: z.boolean() }),
    z.object({ ok: z.literal(true) }),
    { writes: true },
  ),
} as const;
