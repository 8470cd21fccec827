/** Evidence exports, and cited documents (personas, the ICP, jobs to be done) as files in every format. */
import { z } from 'zod';
import { Id } from '../../domain/common';
import { method } from '../method';

export const EXPORT_FORMATS = ['md', 'html', 'pdf', 'docx'] as const;
export const ExportFormat = z.enum(EXPORT_FORMATS);
export type ExportFormat = z.infer<typeof ExportFormat>;

/** A file to save: text travels as is, PDF and DOCX as base64. */
export const ExportFile = z.object({
  fileName: z.string(),
  mimeType: z.string(),
  encoding: z.enum(['utf8', 'base64']),
  content: z.string(),
});
export type ExportFile = z.infer<typeof ExportFile>;

const documentOptions = {
  format: ExportFormat,
  /** Participant and company names replaced consistently, also inside quote text. */
  pseudonymise: z.boolean().default(false),
  /** Chosen by the UI so it can follow this export's task.progress events. */
  taskId: z.string().min(1).max(100).optional(),
};

export const exportMethods = {
  'exports.evidenceCsv': method(
    z.object({ pseudonymise: z.boolean().default(false) }),
    z.object({ csv: z.string(), fileName: z.string() }),
    {
      writes: false,
    },
  ),
  'exports.persona': method(
    z.object({ id: Id, includeProposed: z.boolean().default(false), ...documentOptions }),
    ExportFile,
    { writes: false },
  ),
  /** The ideal customer profile: cited statements, the scoring matrix and companies by score. */
  'exports.icp': method(z.object(documentOptions), ExportFile, { writes: false }),
  /** One persona's jobs to be done along the job map. */
  'exports.jobs': method(z.object({ personaId: Id, ...documentOptions }), ExportFile, { writes: false }),
} as const;
