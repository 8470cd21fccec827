/** A participant: a person interviewed, known in the study by a pseudonym. */
import { z } from 'zod';
import { EpochMs, Guid, Id, text } from './common';
import { CAREER_STAGES, CONSENT_STATES } from './framework';
import { BEHAVIORS } from './segmentRule';

/** Short names a person or company is also called by: trimmed, distinct, at most 20. */
export const Aliases = z
  .array(text('Alias', 100).min(1, 'An alias cannot be empty.'))
  .max(20, 'At most 20 aliases.')
  .transform((list) => [...new Map(list.map((a) => [a.toLowerCase(), a])).values()])
  .default([]);

export const Email = z
  .string()
  .trim()
  .max(200, 'E-mail must be at most 200 characters.')
  .refine(
    (v) => v === '' || /^[^\s@]+@[^\s@]+\.[^\s@]+$/.test(v),
    'That does not look like an e-mail address (name@example.com).',
  )
  .default('');

export const ParticipantFields = z.object({
  /**
   * Left empty on create, the core gives the next neutral code (P01, P02, …). Never equal to, and never
   * containing, anyone's name or alias (shared/domain/names.ts).
   */
  pseudonym: text('Pseudonym', 100).default(''),
  /** Real name stays on this machine; the researcher's own screens show it, pseudonymised exports replace it. */
  realName: text('Real name', 200).default(''),
  /** Other names people use for them (a nickname, a short form); pseudonymised exports replace these too. */
  aliases: Aliases,
  /** Their e-mail address, '' when not known; pseudonymised exports replace it and its domain. */
  email: Email,
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
