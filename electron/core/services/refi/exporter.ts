/** REFI-QDA exports as files: a .qdpx project or a .qdc codebook, each with its loss report. */
import type { RefiExportResult } from '../../../../shared/domain/refi';
import { reportToText } from '../../../../shared/domain/refi';
import type { ProjectContext } from '../../context';
import { buildCodebookExport } from './exportCodebook';
import { buildProjectExport } from './exportProject';
import { writeQdpx } from './zipWrite';

export interface RefiExportRequest {
  kind: 'qdpx' | 'qdc';
  includeRealNames?: boolean;
}

export async function exportRefi(
  ctx: ProjectContext,
  req: RefiExportRequest,
  projectName: string,
): Promise<{ bytes: Buffer } & Omit<RefiExportResult, 'content' | 'encoding'>> {
  const base = safeFileName(projectName);
  if (req.kind === 'qdc') {
    const fileName = `${base}.qdc`;
    const { qdc, report } = buildCodebookExport(ctx.db, fileName);
    const built = report.build();
    return {
      bytes: Buffer.from(qdc, 'utf8'),
      fileName,
      mimeType: 'application/xml',
      report: built,
      reportText: reportToText(built),
    };
  }
  const fileName = `${base}.qdpx`;
  // One read transaction: the XML and the source files describe the same moment of the project.
  const exp = ctx.db.transaction(() =>
    buildProjectExport(ctx.db, { fileName, now: ctx.clock.now(), includeRealNames: req.includeRealNames === true }),
  )();
  const bytes = await writeQdpx(exp);
  const built = exp.report.build();
  return { bytes, fileName, mimeType: 'application/zip', report: built, reportText: reportToText(built) };
}

export function safeFileName(name: string): string {
  const cleaned = name
    .replace(/[\\/:*?"<>|\u0000-\u001f]+/g, ' ')
    .replace(/\s+/g, ' ')
    .trim();
  return cleaned.slice(0, 120) || 'Groundwork project';
}
