/**
 * merge.*: merge a colleague's copy of the project (issue 18, item 2). The file arrives as bytes (the
 * window never sends a path: the web host takes raw bytes at PUT /upload/merge, the desktop app picks
 * the file in main's Open dialog, merge.chooseFile; the CLI uses host.stageMergeFile), is previewed, and
 * committed with a choice per conflict; the copy for a colleague comes back as bytes to save.
 */
import { z } from 'zod';
import { ColleagueCopy, MergePreview, MergeReport, MergeResolution } from '../../domain/merge';
import { MAX_RPC_BYTES } from '../limits';
import { method } from '../method';

export const mergeMethods = {
  'merge.stageFile': method(
    z.object({
      fileName: z.string().trim().min(1, 'A file name is required.').max(500),
      dataBase64: z
        .string()
        .max(
          MAX_RPC_BYTES,
          'The project is too large to merge through the window (the limit is 50 MB); use the command line.',
        ),
    }),
    MergePreview,
    { writes: false },
  ),
  /** The desktop app: main's Open dialog picks the file (no size limit of the window's bytes); null: cancelled. */
  'merge.chooseFile': method(z.object({}), MergePreview.nullable(), { writes: false }),
  'merge.commit': method(
    z.object({ stagingId: z.string().min(1).max(200), resolutions: z.array(MergeResolution).max(100_000).default([]) }),
    MergeReport,
    { writes: true },
  ),
  'merge.discard': method(z.object({ stagingId: z.string().min(1).max(200) }), z.object({ discarded: z.boolean() }), {
    writes: false,
  }),
  /** A copy of this project for a colleague, as bytes; both projects record what they share. */
  'merge.copyForColleague': method(z.object({}), ColleagueCopy, { writes: true }),
  /** The desktop app: the copy written where main's Save dialog says (a study is hundreds of MB); null: cancelled. */
  'merge.saveCopyForColleague': method(z.object({}), ColleagueCopy.nullable(), { writes: true }),
} as const;
