/** REFI-QDA exchange: the loss report every import and export produces, and the import preview. */
import { z } from 'zod';
import { Id } from './common';

/** One line of the report: a kind of thing and how many. */
export const ReportLine = z.object({
  kind: z.string(),
  count: z.number().int().nonnegative(),
  /** Why it was not carried over, in words a researcher understands (empty for carried lines). */
  reason: z.string().default(''),
  /** A few names or texts, so the researcher can find what is meant. */
  examples: z.array(z.string()).default([]),
});
export type ReportLine = z.infer<typeof ReportLine>;

export const LossReport = z.object({
  direction: z.enum(['import', 'export']),
  fileName: z.string(),
  /** Which tool wrote the file (the project's origin attribute), when it says. */
  origin: z.string().nullable(),
  carried: z.array(ReportLine),
  notCarried: z.array(ReportLine),
  /** Adjustments made for a vendor's way of writing the standard (offset units, folder names...). */
  adjustments: z.array(z.string()),
});
export type LossReport = z.infer<typeof LossReport>;

export const RefiPreview = z.object({
  stagingId: z.string(),
  fileName: z.string(),
  kind: z.enum(['qdpx', 'qdc']),
  projectName: z.string().nullable(),
  origin: z.string().nullable(),
  /** What the commit will create. */
  counts: z.object({
    sources: z.number().int(),
    codes: z.number().int(),
    selections: z.number().int(),
    codings: z.number().int(),
    cases: z.number().int(),
    notes: z.number().int(),
    sets: z.number().int(),
  }),
  /** Codes, cases and sources whose GUID is already in this project: they are matched, not duplicated. */
  matched: z.object({ codes: z.number().int(), cases: z.number().int(), sources: z.number().int() }),
  report: LossReport,
});
export type RefiPreview = z.infer<typeof RefiPreview>;

export const RefiImportResult = z.object({
  interviewIds: z.array(Id),
  tagsCreated: z.number().int(),
  participantsCreated: z.number().int(),
  quotesCreated: z.number().int(),
  codingsCreated: z.number().int(),
  notesCreated: z.number().int(),
  codersCreated: z.number().int(),
  report: LossReport,
  /** The report as a text file, for "Save report". */
  reportText: z.string(),
});
export type RefiImportResult = z.infer<typeof RefiImportResult>;

export const RefiExportResult = z.object({
  fileName: z.string(),
  mimeType: z.string(),
  encoding: z.literal('base64'),
  content: z.string(),
  report: LossReport,
  reportText: z.string(),
});
export type RefiExportResult = z.infer<typeof RefiExportResult>;

/** The report as a plain-text file. */
export function reportToText(r: LossReport): string {
  const out: string[] = [];
  const verb = r.direction === 'import' ? 'Import of' : 'Export to';
  out.push(`REFI-QDA ${r.direction} report`, `${verb} ${r.fileName}${r.origin ? ` (written by ${r.origin})` : ''}`, '');
  out.push('Carried over:');
  if (r.carried.length === 0) out.push('  nothing');
  for (const l of r.carried) out.push(`  ${l.count.toLocaleString('en-GB')} ${l.kind}`);
  out.push('', 'Not carried over:');
  if (r.notCarried.length === 0) out.push('  nothing: everything in the file was carried over');
  for (const l of r.notCarried) {
    out.push(`  ${l.count.toLocaleString('en-GB')} ${l.kind}: ${l.reason}`);
    for (const e of l.examples) out.push(`    - ${e}`);
  }
  if (r.adjustments.length) {
    out.push('', 'Adjusted, or matched to what this project has:');
    for (const a of r.adjustments) out.push(`  ${a}`);
  }
  return `${out.join('\n')}\n`;
}
