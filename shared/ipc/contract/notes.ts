/** Interview-mode notes, saved as a Lexical document with its plain text. */
import { z } from 'zod';
import { Id } from '../../domain/common';
import { Note, SavedNote } from '../../domain/guide';
import { method } from '../method';

export const noteMethods = {
  'notes.forInterview': method(z.object({ interviewId: Id }), z.array(Note), { writes: false }),
  'notes.save': method(
    z.object({
      interviewId: Id,
      guideItemId: Id.nullable(),
      doc: z.string().max(5 * 1024 * 1024, 'This note is too long to save (over 5 MB).'),
      plainText: z.string().max(5 * 1024 * 1024),
      baseRevision: z.number().int().positive().nullable(),
    }),
    SavedNote,
    { writes: true },
  ),
} as const;
