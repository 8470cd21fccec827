/** REFI-QDA interop: export a .qdpx project or .qdc codebook; import one through a preview and a commit. */
import { z } from 'zod';
import { RefiExportResult, RefiImportResult, RefiPreview } from '../../domain/refi';
import { MAX_RPC_BYTES } from '../limits';
import { method } from '../method';

const TaskId = z.string().min(1).max(100).optional();

export const refiMethods = {
  'refi.export': method(
    z.object({ kind: z.enum(['qdpx', 'qdc']), includeRealNames: z.boolean().default(false), taskId: TaskId }),
    RefiExportResult,
    { writes: false },
  ),
  'refi.stageFile': method(
    z.object({
      fileName: z.string().trim().min(1, 'A file name is required.').max(500),
      dataBase64: z
        .string()
        .max(
          MAX_RPC_BYTES,
          'The file is too large to import through the window (the limit is 50 MB); use the command line.',
        ),
    }),
    RefiPreview,
    { writes: false },
  ),
  'refi.commit': method(z.object({ stagingId: z.string().min(1), taskId: TaskId }), RefiImportResult, { writes: true }),
  'refi.discard': method(z.object({ stagingId: z.string().min(1) }), z.object({ discarded: z.boolean() }), {
    writes: false,
  }),
} as const;
