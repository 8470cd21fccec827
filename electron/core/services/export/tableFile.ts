/**
 * A `SheetBook` as a file to save: CSV as text (one sheet), XLSX as base64 written by the document
 * renderer (the export worker in the app), reported as task.progress like the other exports.
 */
import type { ExportFile, TableFormat } from '../../../../shared/ipc/contract/exports';
import type { Emit } from '../../context';
import { exportTask } from './exportFile';
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
  const task = exportTask(emit, req.taskId, `Exporting as ${req.format === 'csv' ? 'CSV' : 'Excel workbook'}`);
  task.report(0, 'running');
  try {
    const book = build();
    task.report(1, 'running');
    const fileName = `${req.baseName}.${req.format}`;
    let file: ExportFile;
    if (req.format === 'csv') {
      file = { fileName, mimeType: MIME.csv, encoding: 'utf8', content: sheetCsv(book[req.csvSheet ?? 0]!) };
    } else {
      const bytes = await renderer.renderSheets(book);
      file = {
        fileName,
        mimeType: MIME.xlsx,
        encoding: 'base64',
        content: Buffer.from(bytes.buffer, bytes.byteOffset, bytes.byteLength).toString('base64'),
      };
    }
    task.report(3, 'done');
    return file;
  } catch (err) {
    task.report(0, 'failed');
    throw err;
  }
}
