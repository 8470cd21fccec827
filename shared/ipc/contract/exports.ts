/** Evidence exports, and cited documents (personas, the ICP, jobs to be done) as files in every format. */
import { z } from 'zod';
import { Id } from '../../domain/common';
import { QuoteFilters } from '../../domain/quote';
import { EvidenceFilters, MatrixAxis } from '../../domain/synthesis';
import { TAG_KINDS } from '../../domain/tag';
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

/** Spreadsheet exports: CSV (formula cells neutralised) or an XLSX workbook. */
export const TABLE_FORMATS = ['csv', 'xlsx'] as const;
export const TableFormat = z.enum(TABLE_FORMATS);
export type TableFormat = z.infer<typeof TableFormat>;

/** The quote library's own filter (what `quotes.list` takes), without the page: the export is every match. */
export const QuoteLibraryExportFilter = QuoteFilters.omit({ limit: true, offset: true, withTotal: true });

const tableOptions = {
  format: TableFormat,
  /** Participants by pseudonym (and names inside text replaced), or by real name. */
  names: z.enum(['pseudonym', 'real']).default('pseudonym'),
  taskId: z.string().min(1).max(100).optional(),
};

export const exportMethods = {
  /** The quote library's current filter: one row per quote × tag (a quote without tags: one row, no tag). */
  'exports.quoteLibrary': method(z.object({ filter: QuoteLibraryExportFilter, ...tableOptions }), ExportFile, {
    writes: false,
  }),
  /** The synthesis screen's ranking (roll-up) and matrix, as the screen's filters select them. */
  'exports.synthesis': method(
    z.object({
      filters: EvidenceFilters,
      axis: MatrixAxis.default('participant'),
      kinds: z.array(z.enum(TAG_KINDS)).default([]),
      /** The table a CSV holds; the XLSX workbook holds both sheets whichever is named. */
      table: z.enum(['ranking', 'matrix']).default('ranking'),
      ...tableOptions,
    }),
    ExportFile,
    { writes: false },
  ),
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
