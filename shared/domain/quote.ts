/** Quotes (anchored spans of a transcript or a note) and their codings. */
import { z } from 'zod';
import { EpochMs, Guid, Id } from './common';

export const Position = z.object({ turnId: Id, offset: z.number().int().nonnegative() });
export type Position = z.infer<typeof Position>;

/** Why a quote does not count as evidence (see the rule in the `quote_evidence` view). */
export const NOT_COUNTED_REASONS = [
  'interviewer',
  'other',
  'unmapped',
  'unattributed',
  'no_consent',
  'cancelled',
] as const;
export type NotCountedReason = (typeof NOT_COUNTED_REASONS)[number];

export const NOT_COUNTED_WORDS: Record<NotCountedReason, string> = {
  interviewer: 'These are the interviewer’s words.',
  other: 'The speaker is marked as “other”, not a participant.',
  unmapped: 'The speaker is not mapped to a participant yet.',
  unattributed: 'Nobody is chosen as having said this.',
  no_consent: 'The participant declined or withdrew consent.',
  cancelled: 'The interview is marked as cancelled.',
};

/** A tag on a quote: with an intensity, and whether the words support the tag or say the opposite. */
export const QuoteCoding = z.object({
  tagId: Id,
  intensity: z.number().int().min(1).max(5).nullable(),
  stance: z.enum(['supports', 'contradicts']),
});

export const Quote = z.object({
  id: Id,
  guid: Guid,
  interviewId: Id,
  source: z.enum(['transcript', 'note']),
  startTurnId: Id.nullable(),
  startOffset: z.number().int().nonnegative(),
  endTurnId: Id.nullable(),
  endOffset: z.number().int().nonnegative(),
  noteId: Id.nullable(),
  exactText: z.string(),
  prefix: z.string(),
  suffix: z.string(),
  anchorStatus: z.enum(['ok', 'flagged']),
  starred: z.boolean(),
  comment: z.string(),
  codings: z.array(QuoteCoding),
  /**
   * Whose words these are (the evidence rule): the participant the first turn's speaker is mapped to,
   * when that speaker counts as evidence, or for a note quote the participant it is attributed to.
   * Null: the quote does not count as evidence until the researcher maps or attributes it.
   */
  participantId: Id.nullable(),
  /** For a quote from notes: the participant the researcher attributed it to. */
  attributedParticipantId: Id.nullable(),
  /** Null when the quote counts as evidence; otherwise why not, so the UI can say what would fix it. */
  notCountedBecause: z.enum(NOT_COUNTED_REASONS).nullable(),
  speakerLabel: z.string().nullable(),
  startMs: z.number().int().nullable(),
  createdAt: EpochMs,
  updatedAt: EpochMs,
});
export type Quote = z.infer<typeof Quote>;

/** A quote as the library lists it: with where it came from. */
export const QuoteCard = Quote.extend({
  interviewTitle: z.string(),
  interviewDate: EpochMs.nullable(),
  participantPseudonym: z.string().nullable(),
  companyName: z.string().nullable(),
});
export type QuoteCard = z.infer<typeof QuoteCard>;

export const QUOTE_SORTS = ['newest', 'oldest', 'interview', 'most_coded'] as const;
export const QUOTE_EVIDENCE = ['any', 'supporting', 'contradicting', 'not_counted'] as const;

export const QuoteFilters = z.object({
  tagIds: z.array(Id).max(50).default([]),
  tagKinds: z.array(z.string()).max(20).default([]),
  participantIds: z.array(Id).max(200).default([]),
  companyIds: z.array(Id).max(200).default([]),
  segmentIds: z.array(Id).max(50).default([]),
  interviewIds: z.array(Id).max(500).default([]),
  methods: z.array(z.string()).max(10).default([]),
  from: EpochMs.nullable().default(null),
  to: EpochMs.nullable().default(null),
  starred: z.boolean().default(false),
  flagged: z.boolean().default(false),
  /**
   * By the evidence rule: quotes whose coding (with the chosen tags, if any) supports or contradicts,
   * or quotes that do not count at all (the interviewer's words, unmapped speakers, no consent).
   */
  evidence: z.enum(QUOTE_EVIDENCE).default('any'),
  text: z.string().trim().max(200).default(''),
  sort: z.enum(QUOTE_SORTS).default('newest'),
  limit: z.number().int().min(1).max(1000).default(200),
  offset: z.number().int().nonnegative().default(0),
  /** Count every match (the first page); later pages of the same filters pass false and get null. */
  withTotal: z.boolean().default(true),
});
export type QuoteFilters = z.input<typeof QuoteFilters>;
