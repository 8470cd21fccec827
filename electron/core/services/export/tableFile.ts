/**
 * A `SheetBook` as a file to save: CSV as text (one sheet), XLSX as base64 written by the document
 * renderer (the export worker in the app), reported as task.progress like the other exports.
 */
import type { ExportFile, TableFormat } from '../../../../shared/ipc/contract/exports';
import type { Emit } from '../../context';
import { exportTask } from './exportFile';
import type { TableContent } from './quoteLibraryFile';
import type { DocumentRenderer } from './renderDocument';
import { sheetCsv, type SheetBook } from './sheets';

const MIME: Record<TableFormat, string> = {
  csv: 'text/csv',
  xlsx: 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet',
};

export interface TableExport {
  /** The file name without extension ("quotes", "quotes-pseudonymised"). */
  baseName: string;
  format: TableFormat;
  taskId?: string | undefined;
  /** Which sheet a CSV holds (a CSV has one table; the workbook has them all). */
  csvSheet?: number;
}

export async function exportTable(
  emit: Emit,
  build: () => SheetBook,
  req: TableExport,
  renderer: DocumentRenderer,
): Promise<ExportFile> {
  return tableTask(emit, req, async () => {
    const book = build();
    return req.format === 'csv'
      ? { text: sheetCsv(book[req.csvSheet ?? 0]!) }
      : { bytes: await renderer.renderSheets(book) };
  });
}

/**
 * A table whose rows the renderer reads and writes itself (the quote library: quoteLibraryFile.ts), so
 * here only the finished file, already as it travels, is named and reported.
 */
export function exportReadTable(
  emit: Emit,
  req: TableExport,
  produce: () => Promise<TableContent>,
): Promise<ExportFile> {
  return tableTask(emit, req, async () => {
    const made = await produce();
    return made.encoding === 'utf8' ? { text: made.content } : { base64: made.content };
  });
}

async function tableTask(
  emit: Emit,
  req: TableExport,
  produce: () => Promise<{ text: string } | { bytes: Uint8Array } | { base64: string }>,
): Promise<ExportFile> {
  const task = exportTask(emit, req.taskId, `Exporting as ${req.format === 'csv' ? 'CSV' : 'Excel workbook'}`);
  task.report(0, 'running');
  try {
    const made = await produce();
    task.report(1, 'running');
    const fileName = `${req.baseName}.${req.format}`;
    const file: ExportFile =
      'text' in made
        ? { fileName, mimeType: MIME.csv, encoding: 'utf8', content: made.text }
        : {
            fileName,
            mimeType: MIME.xlsx,
            encoding: 'base64',
            content:
              'base64' in made
                ? made.base64
                : Buffer.from(made.bytes.buffer, made.bytes.byteOffset, made.bytes.byteLength).toString('base64'),
          };
    task.report(3, 'done');
    return file;
  } catch (err) {
    task.report(0, 'failed');
    throw err;
  }
}
