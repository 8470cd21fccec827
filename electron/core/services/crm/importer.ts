/**
 * CRM import in three steps, like REFI-QDA import: stage the file (read, nothing stored), preview a
 * mapping (as often as the researcher changes it), commit with the researcher's decisions.
 */
import type { CrmCommitResult, CrmDecision, CrmMapping, CrmPreview, CrmStaged } from '../../../../shared/domain/crm';
import { AppError } from '../../../../shared/errors';
import type { ProjectContext } from '../../context';
import type { Staging } from '../staging';
import { commitCrmPlan } from './commit';
import { planCrm, previewOf } from './plan';
import { readCrmTable, type CrmTable } from './readTable';
import { suggestMapping } from './suggest';

export interface StagedCrm {
  fileName: string;
  table: CrmTable;
}

export type CrmStaging = Staging<StagedCrm>;

const SAMPLE_ROWS = 5;

export async function stageCrmFile(staging: CrmStaging, fileName: string, bytes: Uint8Array): Promise<CrmStaged> {
  const table = await readCrmTable(bytes, fileName);
  const stagingId = staging.put({ fileName, table });
  return {
    stagingId,
    fileName,
    headers: table.headers,
    rowCount: table.rows.length,
    sample: table.rows.slice(0, SAMPLE_ROWS),
    suggested: suggestMapping(table.headers),
  };
}

function staged(staging: CrmStaging, stagingId: string): StagedCrm {
  const s = staging.get(stagingId);
  if (!s) throw new AppError('NOT_FOUND', 'This preview has expired. Choose the file again.');
  return s;
}

function checkMapping(s: StagedCrm, mapping: CrmMapping): void {
  const unknown = Object.values(mapping).filter((h): h is string => !!h && !s.table.headers.includes(h));
  if (unknown.length)
    throw new AppError('VALIDATION', `${s.fileName} has no column called ${unknown.map((h) => `“${h}”`).join(', ')}.`);
  if (!mapping.fullName && !mapping.firstName && !mapping.lastName && !mapping.email)
    throw new AppError('VALIDATION', 'Choose the column that holds the name or the e-mail address.');
}

export function previewCrm(
  ctx: ProjectContext,
  staging: CrmStaging,
  input: { stagingId: string; mapping: CrmMapping; replaceDiffering: boolean },
): CrmPreview {
  const s = staged(staging, input.stagingId);
  checkMapping(s, input.mapping);
  return previewOf(input.stagingId, s.fileName, planCrm(ctx, s.table, input.mapping), input.replaceDiffering);
}

export function commitCrm(
  ctx: ProjectContext,
  staging: CrmStaging,
  input: { stagingId: string; mapping: CrmMapping; decisions: readonly CrmDecision[]; replaceDiffering: boolean },
): CrmCommitResult {
  const s = staged(staging, input.stagingId);
  checkMapping(s, input.mapping);
  const result = commitCrmPlan(
    ctx,
    planCrm(ctx, s.table, input.mapping),
    s.fileName,
    input.decisions,
    input.replaceDiffering,
  );
  staging.discard(input.stagingId);
  return result;
}
