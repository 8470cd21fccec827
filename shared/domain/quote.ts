/** Quotes (anchored spans of a transcript or a note) and their codings. */
import { z } from 'zod';
import { EpochMs, Guid, Id } from './common';

export const Position = z.object({ segmentId: Id, offset: z.number().int().nonnegative() });
export type Position = z.infer<typeof Position>;

export const QuoteCoding = z.object({ tagId: Id, intensity: z.number().int().min(1).max(5).nullable() });

export const Quote = z.object({
  id: Id,
  guid: Guid,
  interviewId: Id,
  source: z.enum(['transcript', 'note']),
  startSegmentId: Id.nullable(),
  startOffset: z.number().int().nonnegative(),
  endSegmentId: Id.nullable(),
  endOffset: z.number().int().nonnegative(),
  noteId: Id.nullable(),
  exactText: z.string(),
  prefix: z.string(),
  suffix: z.string(),
  anchorStatus: z.enum(['ok', 'flagged']),
  starred: z.boolean(),
  comment: z.string(),
  codings: z.array(QuoteCoding),
  /** Who said it: the participant behind the first turn's speaker, when mapped and counted as evidence. */
  participantId: Id.nullable(),
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
  text: z.string().trim().max(200).default(''),
  sort: z.enum(QUOTE_SORTS).default('newest'),
  limit: z.number().int().min(1).max(1000).default(200),
  offset: z.number().int().nonnegative().default(0),
});
export type QuoteFilters = z.input<typeof QuoteFilters>;
