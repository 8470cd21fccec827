/**
 * Document import in three steps, like the CRM import: stage the file (read with the CRM import's
 * table reader, nothing stored), preview a mapping and source kind (as often as the researcher changes
 * them), commit as one undoable step. The plan is recomputed at commit against the project as it is.
 */
import path from 'node:path';
import type {
  DocumentCommitResult,
  DocumentMapping,
  DocumentPreview,
  DocumentStaged,
} from '../../../../shared/domain/document';
import type { SecondarySourceKind } from '../../../../shared/domain/framework';
import { AppError } from '../../../../shared/errors';
import type { ProjectContext } from '../../context';
import { readRegularFile } from '../../files/regularFile';
import { readCrmTable, type CrmTable } from '../crm/readTable';
import { formatSize } from '../import/limits';
import type { Staging } from '../staging';
import { commitDocumentPlan } from './commit';
import { documentPreviewOf, planDocument } from './plan';
import { suggestDocumentMapping, suggestSourceKind } from './suggest';

export interface StagedDocument {
  fileName: string;
  table: CrmTable;
}

export type DocumentStaging = Staging<StagedDocument>;

const SAMPLE_ROWS = 5;

/** The largest table file taken, however it arrives (upload, path, base64): 50,000 long rows fit. */
export const MAX_DOCUMENT_BYTES = 50 * 1024 * 1024;

export function documentTooLarge(size: number, fileName: string): AppError {
  return new AppError(
    'TOO_LARGE',
    `${fileName} is ${formatSize(size)}; files larger than ${formatSize(MAX_DOCUMENT_BYTES)} cannot be imported. Split it into smaller files.`,
  );
}
const WORDS = { rows: 'data', columns: 'Date, Customer, Message…' };

export async function stageDocumentFile(
  staging: DocumentStaging,
  fileName: string,
  bytes: Uint8Array,
): Promise<DocumentStaged> {
  if (bytes.byteLength > MAX_DOCUMENT_BYTES) throw documentTooLarge(bytes.byteLength, fileName);
  const table = await readCrmTable(bytes, fileName, WORDS);
  const stagingId = staging.put({ fileName, table });
  return {
    stagingId,
    fileName,
    headers: table.headers,
    rowCount: table.rows.length,
    sample: table.rows.slice(0, SAMPLE_ROWS),
    suggested: suggestDocumentMapping(table.headers),
    suggestedKind: suggestSourceKind(fileName, table.headers),
  };
}

/**
 * A file the user picked in the desktop app's Open dialog (a path from main, never from the page):
 * read here — in the import worker in the app — so its bytes never visit the answering thread.
 */
export async function stageDocumentPath(staging: DocumentStaging, file: string): Promise<DocumentStaged> {
  const fileName = path.basename(file);
  const bytes = readRegularFile(file, MAX_DOCUMENT_BYTES, (size) => documentTooLarge(size, fileName));
  return stageDocumentFile(staging, fileName, bytes);
}

function staged(staging: DocumentStaging, stagingId: string): StagedDocument {
  const s = staging.get(stagingId);
  if (!s) throw new AppError('NOT_FOUND', 'This preview has expired. Choose the file again.');
  return s;
}

function checkMapping(s: StagedDocument, mapping: DocumentMapping): void {
  const unknown = Object.values(mapping).filter((h): h is string => !!h && !s.table.headers.includes(h));
  if (unknown.length)
    throw new AppError('VALIDATION', `${s.fileName} has no column called ${unknown.map((h) => `“${h}”`).join(', ')}.`);
  if (!mapping.text) throw new AppError('VALIDATION', 'Choose the column that holds the text (what they wrote).');
}

export function previewDocument(
  ctx: ProjectContext,
  staging: DocumentStaging,
  input: { stagingId: string; mapping: DocumentMapping },
): DocumentPreview {
  const s = staged(staging, input.stagingId);
  checkMapping(s, input.mapping);
  return documentPreviewOf(input.stagingId, s.fileName, s.table.rows.length, planDocument(ctx, s.table, input.mapping));
}

export function commitDocument(
  ctx: ProjectContext,
  staging: DocumentStaging,
  input: { stagingId: string; mapping: DocumentMapping; sourceKind: SecondarySourceKind; title?: string | undefined },
  onProgress?: (done: number, total: number) => void,
): DocumentCommitResult {
  const s = staged(staging, input.stagingId);
  checkMapping(s, input.mapping);
  const plan = planDocument(ctx, s.table, input.mapping);
  if (plan.rows.length === 0)
    throw new AppError('VALIDATION', `No row of ${s.fileName} has text in “${input.mapping.text}”: nothing to import.`);
  const result = commitDocumentPlan(ctx, plan, {
    fileName: s.fileName,
    sourceKind: input.sourceKind,
    title: input.title,
    ...(onProgress ? { onProgress } : {}),
  });
  staging.discard(input.stagingId);
  return result;
}
