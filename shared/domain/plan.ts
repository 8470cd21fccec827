/**
 * Research plans: for the study, a persona or a segment, which of the framework's primary methods to
 * use, how many of each (a range), and the time budget — and the progress the project shows against
 * it. The defaults are the framework's primary-methods table; the researcher edits them.
 */
import { z } from 'zod';
import { EpochMs, Id } from './common';
import { RESEARCH_METHODS, type ResearchMethod } from './framework';

export const PLAN_SCOPES = ['study', 'persona', 'segment'] as const;
export type PlanScopeKind = (typeof PLAN_SCOPES)[number];

/** The study (id null), or one persona or segment. */
export const PlanScope = z
  .object({ kind: z.enum(PLAN_SCOPES), id: Id.nullable().default(null) })
  .refine((s) => (s.kind === 'study') === (s.id === null), {
    message: 'A study plan has no id; a persona or segment plan needs one.',
  });
export type PlanScope = z.infer<typeof PlanScope>;

export interface MethodDefault {
  min: number;
  max: number | null;
  /** The framework's time investment, in weeks. */
  weeks: readonly [number, number];
  /** What one unit of the method is, plural, for "7 of 10–20 customer interviews". */
  unit: string;
  bestFor: string;
}

/** The framework's primary research methods with their sample sizes and time (our wording). */
export const METHOD_DEFAULTS: Record<ResearchMethod, MethodDefault> = {
  customer_interview: {
    min: 10,
    max: 20,
    weeks: [2, 4],
    unit: 'customer interviews',
    bestFor: 'Deep qualitative insight',
  },
  sales_interview: {
    min: 5,
    max: 10,
    weeks: [1, 1],
    unit: 'sales team interviews',
    bestFor: 'Patterns across prospect conversations',
  },
  cs_interview: {
    min: 5,
    max: 10,
    weeks: [1, 1],
    unit: 'customer success interviews',
    bestFor: 'What happens after the purchase; why customers stay',
  },
  win_loss: {
    min: 15,
    max: 30,
    weeks: [2, 3],
    unit: 'win/loss deals',
    bestFor: 'Decision criteria and the competition',
  },
  survey: {
    min: 100,
    max: 500,
    weeks: [2, 3],
    unit: 'survey responses',
    bestFor: 'Checking qualitative findings at scale',
  },
  observation: { min: 5, max: 10, weeks: [4, 6], unit: 'on-site visits', bestFor: 'The real workflow in its context' },
};

export const PlanTargetFields = z
  .object({
    method: z.enum(RESEARCH_METHODS),
    targetMin: z.number().int().min(0, 'The minimum cannot be negative.').max(100_000),
    targetMax: z.number().int().max(100_000).nullable().default(null),
    /** Time budget in weeks; null when none is set. */
    budgetWeeks: z.number().min(0).max(520).nullable().default(null),
  })
  .refine((t) => t.targetMax === null || t.targetMax >= t.targetMin, {
    message: 'The maximum must be at least the minimum.',
    path: ['targetMax'],
  });
export type PlanTargetFields = z.infer<typeof PlanTargetFields>;

/** How far a target is met: below its minimum, within the range, or past its maximum. */
export const TARGET_STATES = ['below', 'within', 'above'] as const;

export const PlanTargetProgress = z.object({
  id: Id,
  method: z.enum(RESEARCH_METHODS),
  targetMin: z.number().int(),
  targetMax: z.number().int().nullable(),
  budgetWeeks: z.number().nullable(),
  /** Interviews of this method held (conducted, transcribed or coded) with someone in scope. */
  done: z.number().int(),
  /** Interviews of this method still planned with someone in scope. */
  scheduled: z.number().int(),
  /** Distinct participants in scope across the done interviews. */
  participants: z.number().int(),
  firstDate: EpochMs.nullable(),
  lastDate: EpochMs.nullable(),
  state: z.enum(TARGET_STATES),
  /** "7 of 10–20 customer interviews for Mid-market". */
  label: z.string(),
});
export type PlanTargetProgress = z.infer<typeof PlanTargetProgress>;

export const Plan = z.object({
  scope: z.object({ kind: z.enum(PLAN_SCOPES), id: Id.nullable() }),
  /** "the study", or the persona's or segment's name. */
  scopeName: z.string(),
  targets: z.array(PlanTargetProgress),
  /** Methods used in scope that the plan does not list, with how many were held. */
  unplanned: z.array(z.object({ method: z.enum(RESEARCH_METHODS), done: z.number().int() })),
});
export type Plan = z.infer<typeof Plan>;

export function targetState(done: number, min: number, max: number | null): (typeof TARGET_STATES)[number] {
  if (done < min) return 'below';
  return max !== null && done > max ? 'above' : 'within';
}

/** "10–20", "10", or "10 or more". */
export function rangeText(min: number, max: number | null): string {
  if (max === null) return `${min} or more`;
  return max === min ? String(min) : `${min}–${max}`;
}

export function progressLabel(
  done: number,
  method: ResearchMethod,
  min: number,
  max: number | null,
  scopeName: string,
): string {
  const where = scopeName === 'the study' ? 'in the study' : `for ${scopeName}`;
  return `${done} of ${rangeText(min, max)} ${METHOD_DEFAULTS[method].unit} ${where}`;
}
