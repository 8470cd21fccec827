/**
 * What `agreement.compute` answers and `agreement.settle` takes: the agreement table per tag and
 * overall, and the disagreements listed turn by turn (issue 18, item 3). Schemas and their types.
 */
import { z } from 'zod';
import { Id } from './common';

export const AGREEMENT_UNITS = ['turn', 'char'] as const;
export const AgreementUnit = z.enum(AGREEMENT_UNITS);
export type AgreementUnit = z.infer<typeof AgreementUnit>;

/** A coefficient, or why it is not defined (the domain's `Coefficient`, on the wire). */
export const CoefficientOut = z.object({ value: z.number().nullable(), why: z.string().optional() });

export const AgreementFigures = z.object({
  /** Units in the table: turns, or characters (a tag's table has one unit per turn or character in scope). */
  units: z.number().int().nonnegative(),
  /** Of those, the units at least two coders coded (the others are missing data for all but one coder). */
  pairable: z.number().int().nonnegative(),
  percent: CoefficientOut,
  kappa: CoefficientOut,
  alpha: CoefficientOut,
});
export type AgreementFigures = z.infer<typeof AgreementFigures>;

export const AgreementCoder = z.object({ id: Id, name: z.string(), initials: z.string(), colour: z.string() });

/** One coder's codings of the disputed tag on the disputed turn; `start`/`end` are offsets in the turn. */
export const CoderOnTurn = z.object({
  coderId: Id,
  codings: z.array(
    z.object({ codingId: Id, quoteId: Id, start: z.number().int(), end: z.number().int(), quoteText: z.string() }),
  ),
});

export const Disagreement = z.object({
  turnId: Id,
  interviewId: Id,
  interviewTitle: z.string(),
  speaker: z.string(),
  text: z.string(),
  tagId: Id,
  tagName: z.string(),
  /** The coders for whom this interview counts (a coder who never coded in it is missing, not listed). */
  coders: z.array(CoderOnTurn),
});
export type Disagreement = z.infer<typeof Disagreement>;

export const AgreementReport = z.object({
  unit: AgreementUnit,
  coders: z.array(AgreementCoder),
  /** The interviews in scope, with the coders who coded in each (for the others it is missing data). */
  interviews: z.array(z.object({ id: Id, title: z.string(), coderIds: z.array(Id) })),
  tags: z.array(z.object({ tagId: Id, name: z.string(), colour: z.string(), figures: AgreementFigures })),
  /** Pooled: every tag's units in one table (see docs/architecture.md, "Intercoder agreement"). */
  overall: AgreementFigures.extend({
    /** The least reliable tag's α (Krippendorff: a study is as reliable as its least reliable variable). */
    lowestAlpha: z.object({ tagId: Id, value: z.number() }).nullable(),
  }),
  disagreements: z.array(Disagreement),
  /** All disagreements; `disagreements` lists at most the first DISAGREEMENTS_LISTED. */
  disagreementsTotal: z.number().int().nonnegative(),
});
export type AgreementReport = z.infer<typeof AgreementReport>;

export const DISAGREEMENTS_LISTED = 500;

const coderIds = z
  .array(Id)
  .min(2, 'Choose at least two coders.')
  .max(20)
  .refine((ids) => new Set(ids).size === ids.length, 'Choose each coder once.');

export const AgreementScope = z.object({
  coderIds,
  /** Interviews in scope; omitted: every interview with a transcript. */
  interviewIds: z.array(Id).max(10_000).optional(),
  /** Tags in scope; omitted: every tag one of the coders applied in scope. */
  tagIds: z.array(Id).max(10_000).optional(),
  unit: AgreementUnit.default('turn'),
});
export type AgreementScope = z.output<typeof AgreementScope>;

/**
 * Settles one disagreement: the coders in `keep` are right. Their codings of the tag on the turn
 * become every coder's (each coder for whom the interview counts gets the same spans), and codings
 * nobody kept are removed. One kept coder: accept that coder; all of them: both; none: neither.
 */
export const SettleInput = z.object({
  turnId: Id,
  tagId: Id,
  coderIds,
  keep: z.array(Id).max(20),
});
export type SettleInput = z.infer<typeof SettleInput>;
