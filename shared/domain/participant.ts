/** A participant: a person interviewed, known in the study by a pseudonym. */
import { z } from 'zod';
import { EpochMs, Guid, Id, text } from './common';
import { CAREER_STAGES, CONSENT_STATES } from './framework';
import { BEHAVIORS } from './segmentRule';

export const ParticipantFields = z.object({
  /** Left empty on create, the core generates one ("Participant P07"-style is avoided: names read better). */
  pseudonym: text('Pseudonym', 100).default(''),
  /** Real name stays on this machine; pseudonymised exports replace it. */
  realName: text('Real name', 200).default(''),
  role: text('Role', 200).default(''),
  careerStage: z.enum(CAREER_STAGES).default(''),
  companyId: Id.nullable().default(null),
  segmentId: Id.nullable().default(null),
  /** Behavioural label (power, regular, at-risk, new); '' when not known. */
  behavior: z.enum(BEHAVIORS).default(''),
  consent: z.enum(CONSENT_STATES).default('pending'),
  consentAt: EpochMs.nullable().default(null),
  notes: text('Notes').default(''),
});

export const Participant = ParticipantFields.extend({
  id: Id,
  guid: Guid,
  pseudonym: z.string(),
  companyName: z.string().nullable(),
  segmentName: z.string().nullable(),
  interviewCount: z.number().int().nonnegative(),
  createdAt: EpochMs,
  updatedAt: EpochMs,
});
export type Participant = z.infer<typeof Participant>;
export type ParticipantInput = z.input<typeof ParticipantFields>;
