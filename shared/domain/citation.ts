/**
 * The one cited-claim model: the four kinds of claim a researcher backs with quotes, the stance a
 * citation takes towards its claim, and the quote card every claim's citations come back as.
 */
import { z } from 'zod';
import { EpochMs, Id } from './common';

/**
 * The claims that cite quotes: a persona attribute, a job statement, an ICP profile statement and a
 * company's score on one ICP criterion. Each is stored in its own table; their citations share one.
 */
export const CLAIM_KINDS = ['attribute', 'job', 'icpStatement', 'companyScore'] as const;
export type ClaimKind = (typeof CLAIM_KINDS)[number];

/** One claim, named by its kind and its row id. */
export interface Claim {
  kind: ClaimKind;
  id: number;
}

/**
 * Whether a cited quote backs the claim or speaks against it. Same two words as a coding's stance
 * (shared/domain/synthesis `Stance`), but a different fact: that one is about a quote and a tag.
 */
export const CitationStance = z.enum(['supports', 'contradicts']);
export type CitationStance = z.infer<typeof CitationStance>;

/** A cited quote as every claim shows it: the citation, the quote's words, who said them, and where. */
export const Citation = z.object({
  id: Id,
  quoteId: Id,
  polarity: CitationStance,
  note: z.string(),
  exactText: z.string(),
  interviewId: Id,
  interviewTitle: z.string(),
  interviewDate: EpochMs.nullable(),
  participantId: Id.nullable(),
  participantPseudonym: z.string().nullable(),
  startMs: z.number().int().nullable(),
  /**
   * Whether the cited quote counts as evidence by the one rule (a known participant's words, with
   * consent, from an interview that took place). Citations that do not count are shown but never
   * raise or lower confidence.
   */
  countsAsEvidence: z.boolean(),
});
export type Citation = z.infer<typeof Citation>;
