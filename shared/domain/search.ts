/** Full-text search over transcript turns, notes and quotes. */
import { z } from 'zod';
import { EpochMs, Id } from './common';

export const SEARCH_KINDS = ['turn', 'note', 'quote'] as const;

export const SearchQuery = z.object({
  text: z.string().trim().max(200),
  kinds: z
    .array(z.enum(SEARCH_KINDS))
    .min(1)
    .default([...SEARCH_KINDS]),
  interviewId: Id.nullable().default(null),
  participantId: Id.nullable().default(null),
  tagId: Id.nullable().default(null),
  from: EpochMs.nullable().default(null),
  to: EpochMs.nullable().default(null),
  limit: z.number().int().min(1).max(200).default(50),
});

export const SearchHit = z.object({
  kind: z.enum(SEARCH_KINDS),
  id: Id,
  interviewId: Id.nullable(),
  interviewTitle: z.string().nullable(),
  interviewDate: EpochMs.nullable(),
  turnId: Id.nullable(),
  quoteId: Id.nullable(),
  noteId: Id.nullable(),
  /** Text with matches between U+E000 and U+E001. */
  snippet: z.string(),
  speaker: z.string().nullable(),
  startMs: z.number().int().nullable(),
  rank: z.number(),
});
export type SearchHit = z.infer<typeof SearchHit>;

/** Private-use snippet markers (see electron/core/repos/ftsQuery.ts). */
export const SNIPPET_MARK_START = '\uE000';
export const SNIPPET_MARK_END = '\uE001';
