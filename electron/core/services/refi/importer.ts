/** REFI-QDA import in two steps, like transcript import: stage (preview, nothing stored), then commit. */
import type { RefiImportResult, RefiPreview } from '../../../../shared/domain/refi';
import { reportToText } from '../../../../shared/domain/refi';
import { AppError } from '../../../../shared/errors';
import type { ProjectContext } from '../../context';
import * as repo from '../../repos/refi';
import { commitRefi, type Progress } from './commit';
import { guidKey } from './guid';
import type { RefiCode } from './parseXml';
import { Staging } from '../staging';
import { stageRefi, type StagedRefi } from './stage';

/** The REFI-QDA staging area: the one rule for staged previews (services/staging.ts). */
export class RefiStaging extends Staging<StagedRefi> {}

export async function stageRefiFile(
  ctx: ProjectContext,
  staging: RefiStaging,
  fileName: string,
  bytes: Uint8Array,
): Promise<RefiPreview> {
  const staged = await stageRefi(bytes, fileName);
  const stagingId = staging.put(staged);
  return previewOf(ctx, stagingId, staged);
}

export function previewOf(ctx: ProjectContext, stagingId: string, staged: StagedRefi): RefiPreview {
  const { model } = staged;
  const codes: RefiCode[] = [];
  const walk = (c: RefiCode): void => {
    codes.push(c);
    c.children.forEach(walk);
  };
  model.codes.forEach(walk);
  const keys = (list: { guid: string }[]) => list.map((x) => guidKey(x.guid));
  const sourceKeys = keys(staged.sources.map((s) => s.source));
  const sourcesMatched = new Set([
    ...repo.idsByGuid(ctx.db, 'interviews', sourceKeys).keys(),
    ...repo.idsByGuid(ctx.db, 'transcripts', sourceKeys).keys(),
  ]);
  return {
    stagingId,
    fileName: staged.fileName,
    kind: staged.kind,
    projectName: model.name,
    origin: model.origin,
    counts: {
      sources: staged.sources.length,
      codes: codes.length,
      selections: staged.sources.reduce((n, s) => n + s.anchors.size, 0),
      codings: staged.sources.reduce(
        (n, s) => n + [...s.anchors.keys()].reduce((m, sel) => m + sel.codings.length, 0),
        0,
      ),
      cases: model.cases.length,
      notes: model.notes.length,
      sets: model.sets.length,
    },
    matched: {
      codes: repo.idsByGuid(ctx.db, 'tags', keys(codes)).size,
      cases: repo.idsByGuid(ctx.db, 'participants', keys(model.cases)).size,
      sources: sourcesMatched.size,
    },
    report: staged.report.build(),
  };
}

export function commitStagedRefi(
  ctx: ProjectContext,
  staging: RefiStaging,
  stagingId: string,
  onProgress?: Progress,
): RefiImportResult {
  const staged = staging.get(stagingId);
  if (!staged) throw new AppError('NOT_FOUND', 'This preview has expired. Choose the file again.');
  staging.discard(stagingId);
  const counts = commitRefi(ctx, staged, onProgress);
  const report = staged.report.build();
  return { ...counts, report, reportText: reportToText(report) };
}
