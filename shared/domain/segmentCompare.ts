/** Segments side by side: size, top tags by participant reach, and the tags that set a segment apart. */
import { z } from 'zod';
import { Id } from './common';
import { TAG_KINDS } from './tag';

/**
 * A tag distinguishes a segment when its share of the segment's participants is at least this much
 * higher (in share points, 0..1) than its share among everyone else, and at least two members raised it.
 */
export const DISTINCTIVE_MIN_DIFFERENCE = 0.2;
export const DISTINCTIVE_MIN_PARTICIPANTS = 2;

export const ComparedTag = z.object({
  tagId: Id,
  name: z.string(),
  path: z.string(),
  kind: z.enum(TAG_KINDS),
  colour: z.string(),
  /** Distinct members of the segment with evidence for the tag. */
  participants: z.number().int(),
  quotes: z.number().int(),
  /** Distinct members who said the opposite (contradicting codings); never part of `participants`. */
  contradictingParticipants: z.number().int(),
  /** participants ÷ the segment's participants in scope (0..1). */
  share: z.number(),
  /** The same share among participants in scope outside the segment (0..1). */
  elsewhereShare: z.number(),
  /** share − elsewhereShare. */
  difference: z.number(),
  distinctive: z.boolean(),
});
export type ComparedTag = z.infer<typeof ComparedTag>;

export const ComparedSegment = z.object({
  segmentId: Id,
  name: z.string(),
  /** Everyone assigned to the segment. */
  members: z.number().int(),
  /** Interviews (not cancelled) with at least one member. */
  interviews: z.number().int(),
  /** Distinct companies of members. */
  companies: z.number().int(),
  /** Members whose words count as evidence (interviewed, consent not declined or withdrawn): the share's denominator. */
  participantsInScope: z.number().int(),
  /** Ranked by reach, then intensity, then quotes (as in synthesis). */
  top: z.array(ComparedTag),
  /** Largest positive difference first. */
  distinctive: z.array(ComparedTag),
});
export type ComparedSegment = z.infer<typeof ComparedSegment>;

export const SegmentComparison = z.object({
  participantsInScope: z.number().int(),
  segments: z.array(ComparedSegment),
});
export type SegmentComparison = z.infer<typeof SegmentComparison>;

export function isDistinctive(t: Pick<ComparedTag, 'participants' | 'difference'>): boolean {
  return t.participants >= DISTINCTIVE_MIN_PARTICIPANTS && t.difference >= DISTINCTIVE_MIN_DIFFERENCE - 1e-9;
}
