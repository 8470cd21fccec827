/** Transcripts: read one, say who a speaker is, correct a turn. */
import { z } from 'zod';
import { Id } from '../../domain/common';
import { SPEAKER_ROLES, Transcript } from '../../domain/transcript';
import { method } from '../method';

export const transcriptMethods = {
  'transcripts.get': method(z.object({ interviewId: Id }), Transcript.nullable(), { writes: false }),
  /**
   * Says who a transcript speaker is. Only a speaker mapped to a participant counts as evidence; an
   * interviewer or "other" never does; a participant speaker not (yet) mapped to anyone does not either.
   */
  'transcripts.mapSpeaker': method(
    z.object({
      speakerId: Id,
      role: z.enum(SPEAKER_ROLES),
      participantId: Id.nullable().default(null),
      /** Add a participant named after the speaker and map to them, in one undoable step. */
      createParticipant: z.boolean().default(false),
    }),
    z.object({ interviewId: Id, participantId: Id.nullable() }),
    { writes: true },
  ),
  'transcripts.editTurn': method(
    z.object({ turnId: Id, text: z.string().max(100_000).optional(), speakerId: Id.nullable().optional() }),
    z.object({ reanchored: z.number().int(), flagged: z.number().int(), interviewId: Id }),
    { writes: true },
  ),
} as const;
