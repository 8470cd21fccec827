/** Document import: rows of a CSV or XLSX (support tickets, reviews, CRM notes…) as a secondary source. */
import { z } from 'zod';
import {
  DocumentCommitResult,
  DocumentMapping,
  DocumentPreview,
  DocumentSourceKind,
  DocumentStaged,
} from '../../domain/document';
import { MAX_RPC_BYTES } from '../limits';
import { method } from '../method';

const StagingId = z.string().min(1).max(100);

export const documentMethods = {
  'documents.stageFile': method(
    z.object({
      fileName: z.string().trim().min(1, 'A file name is required.').max(500),
      dataBase64: z
        .string()
        .max(MAX_RPC_BYTES, 'The file is too large to import through the window (the limit is 50 MB).'),
    }),
    DocumentStaged,
    { writes: false },
  ),
  /**
   * The desktop app: main's Open dialog picks the file and the import worker reads it by path, so the
   * bytes never cross the answering thread as base64. Null when the user cancelled. (The web host takes
   * the file as raw bytes at `PUT /upload/document` instead; this call is refused there.)
   */
  'documents.chooseFile': method(z.object({}), DocumentStaged.nullable(), { writes: false }),
  'documents.preview': method(z.object({ stagingId: StagingId, mapping: DocumentMapping }), DocumentPreview, {
    writes: false,
  }),
  'documents.commit': method(
    z.object({
      stagingId: StagingId,
      mapping: DocumentMapping,
      sourceKind: DocumentSourceKind,
      title: z.string().trim().max(200).optional(),
    }),
    DocumentCommitResult,
    { writes: true },
  ),
  'documents.discard': method(z.object({ stagingId: StagingId }), z.object({ discarded: z.boolean() }), {
    writes: false,
  }),
} as const;
