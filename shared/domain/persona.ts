/** Personas (buyer and user) following the framework's template, with cited attributes. */
import { z } from 'zod';
import { EpochMs, Guid, Id, name, text } from './common';
import { Citation } from './citation';
import type { TagKind } from './tag';

export const PERSONA_KINDS = ['buyer', 'user'] as const;

/** Template sections, in document order. `user` sections appear for user personas only. */
export const ATTRIBUTE_SECTIONS = [
  'demographics',
  'professional_context',
  'goals',
  'pain_points',
  'buying_behavior',
  'objections',
  'messaging',
  'workflows',
  'jobs',
  'frustrations',
  'quote',
] as const;
export type AttributeSection = (typeof ATTRIBUTE_SECTIONS)[number];

export const SECTION_LABELS: Record<AttributeSection, string> = {
  demographics: 'Demographics',
  professional_context: 'Professional context',
  goals: 'Goals',
  pain_points: 'Pain points',
  buying_behavior: 'Buying behaviour',
  objections: 'Objections',
  messaging: 'Messaging that resonates',
  workflows: 'Workflows',
  jobs: 'Jobs to be done',
  frustrations: 'Frustrations',
  quote: 'Representative quote',
};

export const USER_ONLY_SECTIONS: readonly AttributeSection[] = ['workflows', 'jobs', 'frustrations'];
export const BUYER_ONLY_SECTIONS: readonly AttributeSection[] = ['buying_behavior', 'objections'];

/** Fields inside sections, as the template names them. */
export const SECTION_FIELDS: Partial<Record<AttributeSection, readonly { key: string; label: string }[]>> = {
  demographics: [
    { key: 'age_range', label: 'Age range' },
    { key: 'education', label: 'Education' },
    { key: 'career_stage', label: 'Career stage' },
    { key: 'income_range', label: 'Income range' },
  ],
  professional_context: [
    { key: 'team_size', label: 'Team size' },
    { key: 'budget_authority', label: 'Budget authority' },
    { key: 'kpis', label: 'KPIs they own' },
    { key: 'tools', label: 'Tools they use' },
    { key: 'reports_read', label: 'Reports they read' },
  ],
  buying_behavior: [
    { key: 'trigger_event', label: 'Trigger event' },
    { key: 'research_process', label: 'Research process' },
    { key: 'decision_criteria', label: 'Decision criteria (ranked)' },
    { key: 'decision_timeline', label: 'Decision timeline' },
    { key: 'influencers', label: 'Influencers' },
  ],
  messaging: [
    { key: 'value_prop', label: 'Value proposition' },
    { key: 'proof_point', label: 'Proof point' },
    { key: 'cta', label: 'Call to action' },
  ],
};

/** Which tag kinds a draft draws each section (and field) from. */
export const DRAFT_SOURCES: { section: AttributeSection; field: string; kinds: readonly TagKind[]; max: number }[] = [
  { section: 'goals', field: '', kinds: ['goal'], max: 3 },
  { section: 'pain_points', field: '', kinds: ['pain_point'], max: 3 },
  { section: 'buying_behavior', field: 'trigger_event', kinds: ['trigger_event'], max: 2 },
  { section: 'buying_behavior', field: 'research_process', kinds: ['information_source'], max: 2 },
  { section: 'buying_behavior', field: 'decision_criteria', kinds: ['decision_criterion'], max: 5 },
  { section: 'objections', field: '', kinds: ['objection'], max: 2 },
  { section: 'professional_context', field: 'tools', kinds: ['tool_stack'], max: 3 },
  { section: 'jobs', field: '', kinds: ['jtbd_functional', 'jtbd_emotional', 'jtbd_social', 'jtbd_related'], max: 4 },
];

export const Membership = z.object({
  segmentIds: z.array(Id).max(50).default([]),
  participantIds: z.array(Id).max(1000).default([]),
});
export type Membership = z.infer<typeof Membership>;

export const PersonaFields = z.object({
  kind: z.enum(PERSONA_KINDS).default('buyer'),
  name: name('Persona name'),
  role: text('Role', 200).default(''),
  reportsTo: text('Reports to', 200).default(''),
  tier: z.number().int().min(1).max(3).nullable().default(null),
  membership: Membership.default({ segmentIds: [], participantIds: [] }),
  summary: text('Summary', 5000).default(''),
  lastReviewedAt: EpochMs.nullable().default(null),
});

export const CONFIDENCE_LEVELS = ['assumption', 'low', 'medium', 'high'] as const;
export type ConfidenceLevel = (typeof CONFIDENCE_LEVELS)[number];

export const Confidence = z.object({
  level: z.enum(CONFIDENCE_LEVELS),
  score: z.number(),
  supportingParticipants: z.number().int(),
  supportingInterviews: z.number().int(),
  contradictingParticipants: z.number().int(),
  /** In words, e.g. "4 participants in 3 interviews support; 1 contradicts". */
  explanation: z.string(),
});
export type Confidence = z.infer<typeof Confidence>;

/** The cited quote card lives with the one cited-claim model; re-exported for the persona's readers. */
export { Citation };

export const Attribute = z.object({
  id: Id,
  guid: Guid,
  personaId: Id,
  section: z.enum(ATTRIBUTE_SECTIONS),
  field: z.string(),
  statement: z.string(),
  detail: z.record(z.string(), z.string()),
  position: z.number().int(),
  status: z.enum(['proposed', 'accepted', 'rejected']),
  origin: z.enum(['manual', 'draft']),
  sourceTagId: Id.nullable(),
  citations: z.array(Citation),
  confidence: Confidence,
});
export type Attribute = z.infer<typeof Attribute>;

export const CHECK_KEYS = [
  'real_data',
  'validated_sales',
  'validated_cs',
  'quantitatively_sized',
  'differentiated',
  'actionable',
  'prioritised',
  'reviewed_product',
  'reviewed_recently',
] as const;
export type CheckKey = (typeof CHECK_KEYS)[number];

export const CheckResult = z.object({
  key: z.enum(CHECK_KEYS),
  label: z.string(),
  method: z.string(),
  kind: z.enum(['computed', 'manual']),
  passed: z.boolean(),
  detail: z.string(),
  doneAt: EpochMs.nullable(),
});
export type CheckResult = z.infer<typeof CheckResult>;

export const Warning = z.object({ key: z.string(), message: z.string() });

export const Persona = PersonaFields.extend({
  id: Id,
  guid: Guid,
  members: z.array(z.object({ id: Id, pseudonym: z.string() })),
  memberShare: z.number(),
  attributes: z.array(Attribute),
  checklist: z.array(CheckResult),
  warnings: z.array(Warning),
  createdAt: EpochMs,
  updatedAt: EpochMs,
});
export type Persona = z.infer<typeof Persona>;

export const PersonaSummary = PersonaFields.extend({
  id: Id,
  memberCount: z.number().int(),
  attributeCount: z.number().int(),
  warnings: z.array(Warning),
  updatedAt: EpochMs,
});
export type PersonaSummary = z.infer<typeof PersonaSummary>;

export const ConfidenceThresholds = z.object({
  /** Fewer distinct supporting participants than this: an assumption, whatever else. */
  minParticipants: z.number().int().min(1).max(50).default(2),
  medium: z.number().min(1).max(100).default(3),
  high: z.number().min(1).max(100).default(5),
});
export type ConfidenceThresholds = z.infer<typeof ConfidenceThresholds>;

/**
 * Confidence of an attribute from its citations that count as evidence (the one rule; see Citation).
 * Score = distinct supporting participants + half a point for each further interview that supports it
 * − each distinct contradicting participant.
 */
export function computeConfidence(
  cites: readonly {
    polarity: 'supports' | 'contradicts';
    participantId: number | null;
    interviewId: number;
    countsAsEvidence: boolean;
  }[],
  t: ConfidenceThresholds,
): Confidence {
  const sp = new Set<number>();
  const si = new Set<number>();
  const cp = new Set<number>();
  for (const c of cites) {
    if (!c.countsAsEvidence || c.participantId === null) continue;
    if (c.polarity === 'supports') {
      sp.add(c.participantId);
      si.add(c.interviewId);
    } else cp.add(c.participantId);
  }
  const score = sp.size + 0.5 * Math.max(0, si.size - 1) - cp.size;
  const level: ConfidenceLevel =
    sp.size < t.minParticipants || score < t.minParticipants
      ? 'assumption'
      : score >= t.high
        ? 'high'
        : score >= t.medium
          ? 'medium'
          : 'low';
  const plural = (n: number, w: string) => `${n} ${w}${n === 1 ? '' : 's'}`;
  const uncounted = cites.filter((c) => !c.countsAsEvidence || c.participantId === null).length;
  const notCounted = uncounted
    ? ` ${plural(uncounted, 'citation')} ${uncounted === 1 ? 'does' : 'do'} not count (not a known participant’s words).`
    : '';
  const explanation =
    sp.size + cp.size === 0
      ? cites.length === 0
        ? 'No evidence cited yet.'
        : `No cited quote counts as evidence yet.${notCounted}`
      : `${plural(sp.size, 'participant')} in ${plural(si.size, 'interview')} support${cp.size ? `; ${cp.size} contradict${cp.size === 1 ? 's' : ''}` : ''}.${notCounted}`;
  return {
    level,
    score: Math.round(score * 10) / 10,
    supportingParticipants: sp.size,
    supportingInterviews: si.size,
    contradictingParticipants: cp.size,
    explanation,
  };
}
