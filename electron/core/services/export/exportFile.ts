/**
 * A cited document as a file to save in the format asked for, with progress reported as task.progress
 * events (building the document, writing the file, done) so the UI and the status bar can follow it.
 */
import { randomUUID } from 'node:crypto';
import type { ExportFile, ExportFormat } from '../../../../shared/ipc/contract/exports';
import type { Emit } from '../../context';
import { fileNameFor, pseudonymiseDocument, type CitedDocument } from './citedDocument';
import { documentHtml } from './documentHtml';
import { documentMarkdown } from './documentMarkdown';
import { projectPseudonymiser } from './names';
import type { DocumentRenderer } from './renderDocument';
import type { Database } from 'better-sqlite3';

const MIME: Record<ExportFormat, string> = {
  md: 'text/markdown',
  html: 'text/html',
  pdf: 'application/pdf',
  docx: 'application/vnd.openxmlformats-officedocument.wordprocessingml.document',
};

const FORMAT_NAMES: Record<ExportFormat, string> = { md: 'Markdown', html: 'HTML', pdf: 'PDF', docx: 'Word' };

/** Said while the first PDF or Word file of a run is written (about 5 s on a slow laptop, then ~0.3 s). */
export const FIRST_RENDER_STEP = 'Loading the document writer and its fonts (first export only)…';

export interface ExportRequest {
  format: ExportFormat;
  pseudonymise: boolean;
  taskId?: string | undefined;
}

/** The steps of an export as a task: 0 of 3 reading, 1 of 3 writing, 3 of 3 done. */
export function exportTask(emit: Emit, taskId: string | undefined, label: string) {
  const id = taskId ?? randomUUID();
  const report = (done: number, state: 'running' | 'done' | 'failed', step?: string) =>
    emit('task.progress', { taskId: id, label, done, total: 3, state, ...(step ? { step } : {}) });
  return { report };
}

export async function exportDocument(
  ctx: { db: Database; emit: Emit },
  build: () => CitedDocument,
  req: ExportRequest,
  renderer: DocumentRenderer,
): Promise<ExportFile> {
  const task = exportTask(ctx.emit, req.taskId, `Exporting as ${FORMAT_NAMES[req.format]}`);
  task.report(0, 'running');
  try {
    let doc = build();
    if (req.pseudonymise) doc = pseudonymiseDocument(doc, projectPseudonymiser(ctx.db));
    const first = (req.format === 'pdf' || req.format === 'docx') && !renderer.warm();
    task.report(1, 'running', first ? FIRST_RENDER_STEP : undefined);
    const file = await renderFile(doc, req.format, renderer, req.pseudonymise);
    task.report(3, 'done');
    return file;
  } catch (err) {
    task.report(0, 'failed');
    throw err;
  }
}

/** The file for one document; the name says when it is pseudonymised. */
export async function renderFile(
  doc: CitedDocument,
  format: ExportFormat,
  renderer: DocumentRenderer,
  pseudonymised: boolean,
): Promise<ExportFile> {
  const fileName = fileNameFor(pseudonymised ? `${doc.title} (pseudonymised)` : doc.title, format, doc.kind);
  if (format === 'md' || format === 'html') {
    return {
      fileName,
      mimeType: MIME[format],
      encoding: 'utf8',
      content: format === 'md' ? documentMarkdown(doc) : documentHtml(doc),
    };
  }
  const bytes = await renderer.render(format, doc);
  return {
    fileName,
    mimeType: MIME[format],
    encoding: 'base64',
    content: Buffer.from(bytes.buffer, bytes.byteOffset, bytes.byteLength).toString('base64'),
  };
}
