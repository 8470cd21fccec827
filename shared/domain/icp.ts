/**
 * The ideal customer profile's scoring matrix (persona framework): criteria with weights that total
 * 100%, each company scored ideal (5) / good (3) / poor (1) per criterion, a weighted score and a tier.
 * Pure arithmetic shared by the core and the UI.
 */
import { z } from 'zod';
import { EpochMs, Guid, Id, name, text } from './common';

export const TIERS = ['tier1', 'tier2', 'tier3', 'disqualified'] as const;
export type Tier = (typeof TIERS)[number];
export const TIER_LABELS: Record<Tier, string> = {
  tier1: 'Tier 1 — pursue aggressively',
  tier2: 'Tier 2 — pursue selectively',
  tier3: 'Tier 3 — qualify carefully',
  disqualified: 'Disqualify',
};

/** The framework's starting matrix; texts are Groundwork's. */
export const DEFAULT_CRITERIA = [
  {
    name: 'Industry',
    weight: 20,
    ideal: 'One of our core verticals',
    good: 'An adjacent vertical',
    poor: 'Unrelated to what we serve',
  },
  {
    name: 'Company size',
    weight: 15,
    ideal: 'In our sweet-spot headcount',
    good: 'Workable, with some adaptation',
    poor: 'Too small or too large for us',
  },
  {
    name: 'Pain intensity',
    weight: 25,
    ideal: 'Actively looking for a solution',
    good: 'Knows the problem exists',
    poor: 'Does not see the problem',
  },
  { name: 'Budget', weight: 20, ideal: 'Budget already set aside', good: 'Could find budget', poor: 'No budget' },
  {
    name: 'Tech fit',
    weight: 10,
    ideal: 'Their stack matches ours',
    good: 'Partial overlap',
    poor: 'Incompatible stack',
  },
  {
    name: 'Champion',
    weight: 10,
    ideal: 'A known internal advocate',
    good: 'A likely advocate',
    poor: 'No access to one',
  },
] as const;

export const CriterionFields = z.object({
  name: name('Criterion name'),
  weight: z.number().int('Weights are whole percentage points.').min(0).max(100),
  ideal: text('Ideal (5)', 500).default(''),
  good: text('Good (3)', 500).default(''),
  poor: text('Poor (1)', 500).default(''),
});

export const Criterion = CriterionFields.extend({
  id: Id,
  guid: Guid,
  position: z.number().int(),
  createdAt: EpochMs,
  updatedAt: EpochMs,
});
export type Criterion = z.infer<typeof Criterion>;

export interface ScoreInput {
  criterionId: number;
  /** 1..5; the framework's anchors are 5 (ideal), 3 (good) and 1 (poor). */
  score: number;
}

export interface ScoreResult {
  /** Weighted average on the 1–5 scale, or null when a criterion is unscored. */
  score: number | null;
  tier: Tier | null;
  scored: number;
  missing: number[];
  disqualifiedBy: string[];
}

/** Weights must total exactly 100 points; returns a researcher-readable reason when they do not. */
export function weightProblem(criteria: readonly { weight: number }[]): string | null {
  const total = criteria.reduce((n, c) => n + c.weight, 0);
  if (criteria.length === 0) return 'Add at least one criterion.';
  if (total !== 100)
    return `Weights add up to ${total}%; they must total 100% (${total > 100 ? `remove ${total - 100}` : `add ${100 - total}`} points).`;
  return null;
}

/** The framework's thresholds: 4.0–5.0 tier 1, 3.0–3.9 tier 2, 2.0–2.9 tier 3, below 2.0 disqualify. */
export function tierFor(score: number): Tier {
  // Round to 2 decimals first so 2.9999999 from float weights is 3.0, not tier 3.
  const s = Math.round(score * 100) / 100;
  if (s >= 4) return 'tier1';
  if (s >= 3) return 'tier2';
  if (s >= 2) return 'tier3';
  return 'disqualified';
}

/**
 * Weighted score = Σ(weight × score) / 100. Disqualifying criteria override the score: any makes the
 * company "Disqualify". Weights that do not total 100% give no score (the caller shows weightProblem).
 */
export function scoreCompany(
  criteria: readonly { id: number; weight: number }[],
  scores: readonly ScoreInput[],
  disqualifiers: readonly string[] = [],
): ScoreResult {
  const byId = new Map(scores.map((s) => [s.criterionId, s.score]));
  const missing = criteria.filter((c) => !byId.has(c.id)).map((c) => c.id);
  const base = { scored: criteria.length - missing.length, missing, disqualifiedBy: [...disqualifiers] };
  if (disqualifiers.length > 0) {
    const partial = missing.length === 0 && !weightProblem(criteria) ? weighted(criteria, byId) : null;
    return { ...base, score: partial, tier: 'disqualified' };
  }
  if (missing.length > 0 || weightProblem(criteria)) return { ...base, score: null, tier: null };
  const score = weighted(criteria, byId);
  return { ...base, score, tier: tierFor(score) };
}

function weighted(criteria: readonly { id: number; weight: number }[], byId: Map<number, number>): number {
  const sum = criteria.reduce((n, c) => n + c.weight * (byId.get(c.id) ?? 0), 0);
  return Math.round((sum / 100) * 100) / 100;
}

/**
 * Sensitivity: for each criterion, the tier the company would get if that criterion's weight moved
 * ±points (the difference spread over the other criteria in proportion to their weights).
 */
export function sensitivity(
  criteria: readonly { id: number; weight: number }[],
  scores: readonly ScoreInput[],
  points = 10,
): { criterionId: number; down: Tier | null; up: Tier | null }[] {
  return criteria.map((c) => ({
    criterionId: c.id,
    down: shifted(criteria, scores, c.id, -points),
    up: shifted(criteria, scores, c.id, points),
  }));
}

function shifted(
  criteria: readonly { id: number; weight: number }[],
  scores: readonly ScoreInput[],
  id: number,
  delta: number,
): Tier | null {
  const target = criteria.find((c) => c.id === id)!;
  const newWeight = Math.min(100, Math.max(0, target.weight + delta));
  const applied = newWeight - target.weight;
  const others = criteria.filter((c) => c.id !== id);
  const otherTotal = others.reduce((n, c) => n + c.weight, 0);
  if (otherTotal === 0 && applied !== 0) return null;
  const adjusted = criteria.map((c) =>
    c.id === id ? { id: c.id, weight: newWeight } : { id: c.id, weight: c.weight - (applied * c.weight) / otherTotal },
  );
  const byId = new Map(scores.map((s) => [s.criterionId, s.score]));
  if (criteria.some((c) => !byId.has(c.id))) return null;
  return tierFor(adjusted.reduce((n, c) => n + c.weight * byId.get(c.id)!, 0) / 100);
}
