/** Segments: named groups of participants (firmographic, behavioural, needs-based…), by rule or by hand. */
import { z } from 'zod';
import { Id, IdInput, name, patchOf, text } from '../../domain/common';
import { SegmentComparison } from '../../domain/segmentCompare';
import { BEHAVIORS, SegmentRule } from '../../domain/segmentRule';
import { TAG_KINDS } from '../../domain/tag';
import { method } from '../method';

export const SEGMENT_APPROACHES = [
  'manual',
  'demographic',
  'firmographic',
  'behavioral',
  'needs',
  'value',
  'psychographic',
] as const;

export const SegmentFields = z.object({
  name: name('Segment name'),
  description: text('Description', 2000).default(''),
  approach: z.enum(SEGMENT_APPROACHES).default('manual'),
  behaviorLabel: z.enum(BEHAVIORS).default(''),
  rule: SegmentRule.default({ all: [] }),
});

export const Segment = SegmentFields.extend({
  id: Id,
  guid: z.string(),
  participantCount: z.number().int(),
  interviewCount: z.number().int(),
  companyCount: z.number().int(),
});
export type Segment = z.infer<typeof Segment>;

export const RuleMatch = z.object({
  participantId: Id,
  pseudonym: z.string(),
  role: z.string(),
  companyName: z.string().nullable(),
  behavior: z.enum(BEHAVIORS),
  currentSegmentId: Id.nullable(),
  currentSegmentName: z.string().nullable(),
});
export type RuleMatch = z.infer<typeof RuleMatch>;

export const RulePreview = z.object({
  matches: z.array(RuleMatch),
  /** Matching participants now in another segment, per segment: applying moves them here. */
  movesFrom: z.array(z.object({ segmentId: Id, name: z.string(), count: z.number().int() })),
  /** Matching participants already in this segment. */
  alreadyIn: z.number().int(),
  /** Current members the rule does not match: they stay unless the researcher removes them. */
  nonMatching: z.array(z.object({ participantId: Id, pseudonym: z.string() })),
  /** The rule in words, one line per condition. */
  conditions: z.array(z.string()),
});
export type RulePreview = z.infer<typeof RulePreview>;

const Members = z.array(Id).min(1, 'Choose at least one participant.').max(2000);

export const segmentMethods = {
  'segments.list': method(z.object({}), z.array(Segment), { writes: false }),
  'segments.create': method(SegmentFields, Segment, { writes: true }),
  'segments.update': method(z.object({ id: Id, patch: patchOf(SegmentFields) }), Segment, { writes: true }),
  'segments.delete': method(IdInput, z.object({ deleted: Id }), { writes: true }),
  'segments.preview': method(z.object({ rule: SegmentRule, segmentId: Id.nullable().default(null) }), RulePreview, {
    writes: false,
  }),
  'segments.applyRule': method(
    z.object({ id: Id, removeNonMatching: z.boolean().default(false) }),
    z.object({ segment: Segment, added: z.number().int(), moved: z.number().int(), removed: z.number().int() }),
    { writes: true },
  ),
  'segments.assign': method(z.object({ id: Id, participantIds: Members }), Segment, { writes: true }),
  'segments.unassign': method(z.object({ id: Id, participantIds: Members }), Segment, { writes: true }),
  'segments.compare': method(
    z.object({
      segmentIds: z
        .array(Id)
        .min(1, 'Choose at least one segment to compare.')
        .max(6, 'Compare at most six segments at once.'),
      limit: z.number().int().min(1).max(30).default(8),
      kinds: z.array(z.enum(TAG_KINDS)).max(TAG_KINDS.length).default([]),
    }),
    SegmentComparison,
    { writes: false },
  ),
} as const;
