/**
 * Document import in three steps, like the CRM import: stage the file (read with the CRM import's
 * table reader, nothing stored), preview a mapping and source kind (as often as the researcher changes
 * them), commit as one undoable step. The plan is recomputed at commit against the project as it is.
 */
import type {
  DocumentCommitResult,
  DocumentMapping,
  DocumentPreview,
  DocumentStaged,
} from '../../../../shared/domain/document';
import type { SecondarySourceKind } from '../../../../shared/domain/framework';
import { AppError } from '../../../../shared/errors';
import type { ProjectContext } from '../../context';
import { readCrmTable, type CrmTable } from '../crm/readTable';
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
const WORDS = { rows: 'data', columns: 'Date, Customer, Message…' };

export async function stageDocumentFile(
  staging: DocumentStaging,
  fileName: string,
  bytes: Uint8Array,
): Promise<DocumentStaged> {
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
