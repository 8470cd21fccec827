/** The framework's validation checklist, computed where the data allows, and anti-pattern warnings. */
import type { Database } from 'better-sqlite3';
import type { Attribute, CheckKey, CheckResult } from '../../../../shared/domain/persona';
import type { PlanTargetProgress } from '../../../../shared/domain/plan';
import { manualChecks, tagIdsOfQuotes } from '../../repos/personaChecks';

export const QUARTER_MS = 91 * 24 * 60 * 60 * 1000;

const CHECKS: Record<CheckKey, { label: string; method: string; kind: 'computed' | 'manual' }> = {
  real_data: {
    label: 'Based on real data, not assumptions',
    method: 'Every accepted attribute cites enough evidence',
    kind: 'computed',
  },
  validated_sales: { label: 'Validated with the sales team', method: 'Sales reps recognise and agree', kind: 'manual' },
  validated_cs: { label: 'Validated with customer success', method: 'Matches real customer behaviour', kind: 'manual' },
  quantitatively_sized: {
    label: 'Quantitatively sized',
    method: 'Members counted and their share of participants known',
    kind: 'computed',
  },
  differentiated: {
    label: 'Differentiated',
    method: 'Cites different evidence from the other personas',
    kind: 'computed',
  },
  actionable: { label: 'Actionable', method: 'Marketing can write copy for it', kind: 'manual' },
  prioritised: { label: 'Prioritised', method: 'Has a tier (1, 2 or 3)', kind: 'computed' },
  reviewed_product: { label: 'Reviewed with product', method: 'The roadmap reflects its needs', kind: 'manual' },
  reviewed_recently: { label: 'Reviewed this quarter', method: 'Last review within 91 days', kind: 'computed' },
};

export interface ChecklistInput {
  personaId: number;
  tier: number | null;
  lastReviewedAt: number | null;
  memberCount: number;
  participantTotal: number;
  attributes: Attribute[];
  /** Tag ids cited by each other persona. */
  otherPersonasTags: Set<number>[];
  /** The persona's research plan with its progress (empty when it has none). */
  plan: PlanTargetProgress[];
  now: number;
}

function citedTags(db: Database, attributes: Attribute[]): Set<number> {
  const quoteIds = attributes
    .filter((a) => a.status === 'accepted')
    .flatMap((a) => a.citations.filter((c) => c.polarity === 'supports').map((c) => c.quoteId));
  return new Set(tagIdsOfQuotes(db, quoteIds));
}

export { citedTags };

export function checklist(db: Database, input: ChecklistInput): CheckResult[] {
  const manual = manualChecks(db, input.personaId);
  const accepted = input.attributes.filter((a) => a.status === 'accepted');
  const grounded = accepted.filter((a) => a.confidence.level !== 'assumption');
  const share = input.participantTotal ? input.memberCount / input.participantTotal : 0;
  const mine = citedTags(db, input.attributes);
  const overlaps = input.otherPersonasTags.map((other) => {
    const inter = [...mine].filter((t) => other.has(t)).length;
    const union = new Set([...mine, ...other]).size;
    return union ? inter / union : 0;
  });
  const maxOverlap = overlaps.length ? Math.max(...overlaps) : 0;
  // The plan says how much evidence is enough: a method below its planned minimum fails both checks.
  const short = input.plan.filter((p) => p.state === 'below');
  const planNote =
    input.plan.length === 0
      ? '; no research plan'
      : short.length
        ? `; below the planned minimum: ${short.map((p) => p.label).join('; ')}`
        : `; plan met: ${input.plan.map((p) => p.label).join('; ')}`;
  const computed: Partial<Record<CheckKey, { passed: boolean; detail: string }>> = {
    real_data: {
      passed: accepted.length > 0 && grounded.length / accepted.length >= 0.8 && short.length === 0,
      detail:
        (accepted.length
          ? `${grounded.length} of ${accepted.length} accepted attributes have enough evidence`
          : 'No accepted attributes yet') + (short.length ? planNote : ''),
    },
    quantitatively_sized: {
      passed: input.memberCount > 0 && short.length === 0,
      detail: `${input.memberCount} member${input.memberCount === 1 ? '' : 's'}, ${Math.round(share * 100)}% of ${input.participantTotal} participants${planNote}`,
    },
    differentiated: {
      passed: mine.size > 0 && maxOverlap < 0.5,
      detail:
        input.otherPersonasTags.length === 0
          ? 'The only persona so far'
          : `Shares at most ${Math.round(maxOverlap * 100)}% of its cited tags with another persona`,
    },
    prioritised: { passed: input.tier !== null, detail: input.tier !== null ? `Tier ${input.tier}` : 'No tier set' },
    reviewed_recently: {
      passed: input.lastReviewedAt !== null && input.now - input.lastReviewedAt <= QUARTER_MS,
      detail:
        input.lastReviewedAt === null
          ? 'Never reviewed'
          : `Last reviewed ${Math.floor((input.now - input.lastReviewedAt) / 86_400_000)} days ago`,
    },
  };
  return (Object.keys(CHECKS) as CheckKey[]).map((key) => {
    const c = CHECKS[key];
    if (c.kind === 'computed') return { key, ...c, ...computed[key]!, doneAt: null };
    const doneAt = manual.get(key) ?? null;
    // Unchecked, the detail says what would pass it (exports print "not yet: <that>"), as the inspector does.
    return { key, ...c, passed: doneAt !== null, detail: doneAt !== null ? 'Checked' : c.method, doneAt };
  });
}

export function warnings(input: {
  personaCount: number;
  tier: number | null;
  lastReviewedAt: number | null;
  attributes: Attribute[];
  now: number;
}): { key: string; message: string }[] {
  const out: { key: string; message: string }[] = [];
  const accepted = input.attributes.filter((a) => a.status === 'accepted');
  if (input.personaCount > 5)
    out.push({
      key: 'too_many',
      message: `${input.personaCount} personas dilute focus; keep 3–5 primary ones and merge similar ones.`,
    });
  if (accepted.length > 0 && accepted.every((a) => a.section === 'demographics')) {
    out.push({
      key: 'demographic_only',
      message: 'Only demographics so far: add goals, pain points and buying behaviour.',
    });
  }
  if (input.lastReviewedAt === null || input.now - input.lastReviewedAt > QUARTER_MS) {
    out.push({
      key: 'stale',
      message:
        input.lastReviewedAt === null
          ? 'Never reviewed: review it with fresh interviews each quarter.'
          : 'Not reviewed for over a quarter.',
    });
  }
  if (input.tier === null)
    out.push({ key: 'no_priority', message: 'No tier: rank personas by revenue potential and market size.' });
  const opinions = accepted.filter((a) => a.citations.filter((c) => c.polarity === 'supports').length === 0);
  if (opinions.length)
    out.push({
      key: 'opinion_based',
      message: `${opinions.length} accepted attribute${opinions.length === 1 ? ' cites' : 's cite'} no evidence.`,
    });
  return out;
}
