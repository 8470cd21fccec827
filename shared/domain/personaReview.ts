/**
 * The framework's quarterly review of a persona: what changed since it was last reviewed — new
 * interviews with its members, members who joined or left, new evidence per attribute, attributes
 * whose confidence moved, new contradicting quotes — and the review itself (when, a short note).
 */
import { z } from 'zod';
import { EpochMs, Id, text } from './common';
import { CONFIDENCE_LEVELS, Citation } from './persona';

/** What a review froze, to compare the persona against later. Stored as JSON with the review. */
export const ReviewSnapshot = z.object({
  members: z.array(Id),
  interviews: z.array(Id),
  attributes: z.array(
    z.object({ id: Id, level: z.enum(CONFIDENCE_LEVELS), supports: z.array(Id), contradicts: z.array(Id) }),
  ),
});
export type ReviewSnapshot = z.infer<typeof ReviewSnapshot>;

export const EMPTY_SNAPSHOT: ReviewSnapshot = { members: [], interviews: [], attributes: [] };

export const ReviewNote = text('Review note', 2000).default('');

export const PersonaReviewRecord = z.object({ id: Id, reviewedAt: EpochMs, note: z.string() });

export const AttributeChange = z.object({
  attributeId: Id,
  section: z.string(),
  statement: z.string(),
  /** Null when the attribute is new since the review. */
  levelBefore: z.enum(CONFIDENCE_LEVELS).nullable(),
  levelNow: z.enum(CONFIDENCE_LEVELS),
  newSupporting: z.array(Citation),
  newContradicting: z.array(Citation),
});
export type AttributeChange = z.infer<typeof AttributeChange>;

export const ReviewDiff = z.object({
  personaId: Id,
  /** The latest review, or null when the persona was never reviewed (everything then counts as new). */
  last: PersonaReviewRecord.nullable(),
  history: z.array(PersonaReviewRecord),
  newInterviews: z.array(z.object({ id: Id, title: z.string(), date: EpochMs.nullable() })),
  joined: z.array(z.object({ id: Id, pseudonym: z.string() })),
  left: z.array(z.object({ id: Id, pseudonym: z.string() })),
  /** Attributes with new evidence or a confidence that moved; unchanged ones are left out. */
  attributes: z.array(AttributeChange),
  /** Accepted attributes removed since the review. */
  removedAttributes: z.number().int(),
});
export type ReviewDiff = z.infer<typeof ReviewDiff>;
