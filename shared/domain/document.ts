/**
 * Secondary sources as evidence (issue 17, item 2): rows of a CSV or XLSX (support tickets, reviews,
 * CRM notes…) imported as a document — an interview-like source of one kind whose rows are turns.
 * The column mapping, the staged file's summary, the preview and the commit's result.
 */
import { z } from 'zod';
import { SECONDARY_SOURCE_KINDS } from './framework';

/** What a column can fill. Only the text is required; a row without text is skipped. */
export const DOCUMENT_FIELDS = ['text', 'date', 'participant', 'email', 'company'] as const;
export type DocumentField = (typeof DOCUMENT_FIELDS)[number];

export const DOCUMENT_FIELD_LABELS: Record<DocumentField, string> = {
  text: 'Text (what they wrote)',
  date: 'Date',
  participant: 'Participant (name)',
  email: 'Participant e-mail',
  company: 'Company',
};

/** Field -> the column header it is read from (absent: not imported). */
export const DocumentMapping = z
  .object({
    text: z.string().max(500).optional(),
    date: z.string().max(500).optional(),
    participant: z.string().max(500).optional(),
    email: z.string().max(500).optional(),
    company: z.string().max(500).optional(),
  })
  .strict();
export type DocumentMapping = z.infer<typeof DocumentMapping>;

export const DocumentSourceKind = z.enum(SECONDARY_SOURCE_KINDS);

export const DocumentStaged = z.object({
  stagingId: z.string(),
  fileName: z.string(),
  headers: z.array(z.string()),
  rowCount: z.number().int().nonnegative(),
  /** The first rows, cell by cell in header order, so the mapping table can show sample values. */
  sample: z.array(z.array(z.string())),
  suggested: DocumentMapping,
  /** Guessed from the file name and headers ("tickets", "review"); the researcher can change it. */
  suggestedKind: DocumentSourceKind,
});
export type DocumentStaged = z.infer<typeof DocumentStaged>;

export const DocumentRowPlan = z.object({
  /** The row number as a spreadsheet shows it (the header is row 1). */
  row: z.number().int().positive(),
  date: z.number().int().nullable(),
  participant: z.string(),
  /** existing: a participant in the project; new: created on import; none: the row counts for nobody. */
  person: z.enum(['existing', 'new', 'none']),
  company: z.string(),
  text: z.string(),
});
export type DocumentRowPlan = z.infer<typeof DocumentRowPlan>;

export const DocumentPreview = z.object({
  stagingId: z.string(),
  fileName: z.string(),
  counts: z.object({
    rows: z.number().int(),
    /** Rows that become turns. */
    imported: z.number().int(),
    /** Rows with no text: left out. */
    empty: z.number().int(),
    /** Rows whose date cell could not be read (stored without a date). */
    undated: z.number().int(),
    /** Rows nobody is named in: stored, readable and codable, but they count for nobody. */
    unattributed: z.number().int(),
    existingParticipants: z.number().int(),
    newParticipants: z.number().int(),
    newCompanies: z.number().int(),
  }),
  /** The first rows as they will be stored. */
  rows: z.array(DocumentRowPlan),
  warnings: z.array(z.string()),
});
export type DocumentPreview = z.infer<typeof DocumentPreview>;

export const DocumentCommitResult = z.object({
  interviewId: z.number().int(),
  turns: z.number().int(),
  participantsCreated: z.number().int(),
  companiesCreated: z.number().int(),
  label: z.string(),
});
export type DocumentCommitResult = z.infer<typeof DocumentCommitResult>;
