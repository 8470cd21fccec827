/** Roll-up of coded evidence: per tag and kind, the evidence matrix, co-occurrence and saturation. */
import { z } from 'zod';
import { EpochMs, Id } from './common';
import { RESEARCH_METHODS, SOURCE_KINDS } from './framework';
import { TAG_KINDS } from './tag';

export const EvidenceFilters = z.object({
  segmentIds: z.array(Id).max(50).default([]),
  companyIds: z.array(Id).max(500).default([]),
  industries: z.array(z.string().max(200)).max(50).default([]),
  methods: z.array(z.enum(RESEARCH_METHODS)).max(10).default([]),
  participantIds: z.array(Id).max(1000).default([]),
  /** Interviews and/or secondary sources of these kinds (support tickets, reviews…); empty: every source. */
  sourceKinds: z.array(z.enum(SOURCE_KINDS)).max(20).default([]),
  /** Codings made by these coders (coders.id); empty: everyone's, including the unknown coder's. */
  coderIds: z.array(Id).max(100).default([]),
  from: EpochMs.nullable().default(null),
  to: EpochMs.nullable().default(null),
});
export type EvidenceFilters = z.output<typeof EvidenceFilters>;

export const TagRollup = z.object({
  tagId: Id,
  name: z.string(),
  path: z.string(),
  kind: z.enum(TAG_KINDS),
  colour: z.string(),
  /** Supporting evidence: quotes, distinct participants (the tag's reach), interviews and companies. */
  quotes: z.number().int(),
  participants: z.number().int(),
  interviews: z.number().int(),
  companies: z.number().int(),
  /** Distinct supporting participants ÷ participants in scope (0..1). */
  participantShare: z.number(),
  /** Counter-evidence: codings marked "contradicts" (the participant says the opposite); never reach. */
  contradictingQuotes: z.number().int(),
  contradictingParticipants: z.number().int(),
  avgIntensity: z.number().nullable(),
  firstSeen: EpochMs.nullable(),
  lastSeen: EpochMs.nullable(),
  /** Starred first, then most-coded, then newest; at most 3. */
  representativeQuoteIds: z.array(Id),
  /**
   * The supporting evidence by source, interviews first, then each secondary source kind with evidence:
   * the framework rates their actionability differently, so they are shown apart. Participants may be
   * counted under more than one source; `participants` above counts each once.
   */
  bySource: z.array(
    z.object({ sourceKind: z.enum(SOURCE_KINDS), quotes: z.number().int(), participants: z.number().int() }),
  ),
});
export type TagRollup = z.infer<typeof TagRollup>;

export const KindRollup = z.object({
  kind: z.enum(TAG_KINDS),
  tags: z.number().int(),
  quotes: z.number().int(),
  participants: z.number().int(),
  interviews: z.number().int(),
});

export const Rollup = z.object({
  participantsInScope: z.number().int(),
  interviewsInScope: z.number().int(),
  /** Ranked: participant reach, then average intensity, then quotes. */
  tags: z.array(TagRollup),
  kinds: z.array(KindRollup),
});
export type Rollup = z.infer<typeof Rollup>;

export const MatrixAxis = z.enum(['participant', 'segment']);
/**
 * Tags × participants or segments. Every cell counts distinct participants, whichever the axis (a
 * participant column is 1 or 0); quotes are the secondary number. Supporting and contradicting apart.
 */
/** The part of the matrix whose cells to send: rows and columns by position, as a screen shows them. */
export const MatrixWindow = z.object({
  rowOffset: z.number().int().nonnegative(),
  rowCount: z.number().int().min(1).max(500),
  colOffset: z.number().int().nonnegative(),
  colCount: z.number().int().min(1).max(500),
});
export type MatrixWindow = z.infer<typeof MatrixWindow>;

export const EvidenceMatrix = z.object({
  axis: MatrixAxis,
  /**
   * Null: every cell is sent. Otherwise only rows in the window carry cells, and their arrays hold the
   * window's columns (from colOffset); every row still carries its totals, every column its label.
   */
  window: z
    .object({
      rowOffset: z.number().int().nonnegative(),
      rowCount: z.number().int().nonnegative(),
      colOffset: z.number().int().nonnegative(),
      colCount: z.number().int().nonnegative(),
    })
    .nullable(),
  columns: z.array(z.object({ id: Id.nullable(), label: z.string() })),
  rows: z.array(
    z.object({
      tagId: Id,
      path: z.string(),
      kind: z.enum(TAG_KINDS),
      colour: z.string(),
      /** Distinct supporting participants per column. */
      counts: z.array(z.number().int()),
      /** Supporting quotes per column. */
      quotes: z.array(z.number().int()),
      /** Distinct contradicting participants per column. */
      contradicting: z.array(z.number().int()),
      /** Distinct supporting participants over all columns (the roll-up's reach). */
      total: z.number().int(),
      totalQuotes: z.number().int(),
      totalContradicting: z.number().int(),
    }),
  ),
  max: z.number().int(),
});
export type EvidenceMatrix = z.infer<typeof EvidenceMatrix>;

export const CoOccurrence = z.object({
  scope: z.enum(['quote', 'participant']),
  pairs: z.array(z.object({ a: Id, b: Id, count: z.number().int() })),
});
export type CoOccurrence = z.infer<typeof CoOccurrence>;

export const Saturation = z.object({
  kind: z.enum(TAG_KINDS).nullable(),
  window: z.number().int(),
  points: z.array(
    z.object({
      interviewId: Id,
      title: z.string(),
      date: EpochMs.nullable(),
      newTags: z.number().int(),
      cumulative: z.number().int(),
      newTagIds: z.array(Id),
    }),
  ),
  /** True when the last `window` interviews added nothing new. */
  saturated: z.boolean(),
  message: z.string(),
  /** Research-plan targets in scope still below their minimum ("7 of 10–20 customer interviews…"). */
  belowPlan: z.array(z.string()),
});
export type Saturation = z.infer<typeof Saturation>;

export const STANCES = ['supports', 'contradicts'] as const;
export type Stance = (typeof STANCES)[number];

/** Ranking rule shared by the roll-up and persona drafts. */
export function compareReach(
  a: Pick<TagRollup, 'participants' | 'avgIntensity' | 'quotes' | 'path'>,
  b: typeof a,
): number {
  return (
    b.participants - a.participants ||
    (b.avgIntensity ?? 0) - (a.avgIntensity ?? 0) ||
    b.quotes - a.quotes ||
    a.path.localeCompare(b.path)
  );
}
