/** An interview: when, how, with whom, by whom, and where it stands. */
import { z } from 'zod';
import { EpochMs, Guid, Id, name, text } from './common';
import { INTERVIEW_STATUSES, RESEARCH_METHODS, SOURCE_KINDS } from './framework';

export const InterviewFields = z.object({
  title: name('Title'),
  date: EpochMs.nullable().default(null),
  method: z.enum(RESEARCH_METHODS).default('customer_interview'),
  status: z.enum(INTERVIEW_STATUSES).default('planned'),
  interviewer: text('Interviewer', 200).default(''),
  participantIds: z.array(Id).max(50).default([]),
  summary: text('Summary', 20000).default(''),
});

export const InterviewParticipant = z.object({ id: Id, pseudonym: z.string(), companyName: z.string().nullable() });

export const Interview = InterviewFields.omit({ participantIds: true }).extend({
  id: Id,
  guid: Guid,
  participants: z.array(InterviewParticipant),
  durationMs: z.number().int().nonnegative().nullable(),
  mediaPath: z.string().nullable(),
  segmentCount: z.number().int().nonnegative(),
  /** 'interview', or the kind of secondary source a document import created (its rows are the turns). */
  sourceKind: z.enum(SOURCE_KINDS),
  quoteCount: z.number().int().nonnegative(),
  createdAt: EpochMs,
  updatedAt: EpochMs,
});
export type Interview = z.infer<typeof Interview>;
export type InterviewInput = z.input<typeof InterviewFields>;
