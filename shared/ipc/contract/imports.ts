/**
 * Transcript import: stage (parse, preview, nothing stored), then commit (one transaction) or discard.
 * Files arrive as bytes, never as paths; recordings come from the host's dialog or an upload.
 */
import { z } from 'zod';
import { CommitResult, ImportTarget, SpeakerMapping, StagedTranscript } from '../../domain/transcript';
import { MAX_RPC_BYTES } from '../limits';
import { method } from '../method';

const FileName = z.string().trim().min(1, 'A file name is required.').max(500);

export const importMethods = {
  'imports.stageFile': method(
    z.object({
      fileName: FileName,
      /** The file's bytes, base64-encoded (what a browser File gives after reading). */
      dataBase64: z.string().max(MAX_RPC_BYTES, 'The file is too large to import (the limit is 50 MB).'),
    }),
    StagedTranscript,
    { writes: false },
  ),
  'imports.commit': method(
    z.object({
      stagingId: z.string().min(1),
      target: ImportTarget,
      speakers: z.array(SpeakerMapping).max(200),
      /** Import even though the project already has a transcript with the same content. */
      importDuplicate: z.boolean().default(false),
    }),
    CommitResult,
    { writes: true },
  ),
  'imports.discard': method(z.object({ stagingId: z.string().min(1) }), z.object({ discarded: z.boolean() }), {
    writes: false,
  }),
} as const;
