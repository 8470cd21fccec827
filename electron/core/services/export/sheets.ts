/**
 * Tables as spreadsheet files: a `SheetBook` (named sheets of a header and rows) written as CSV (one
 * sheet: UTF-8 with a BOM, every field quoted, CRLF, formula cells neutralised — like the evidence CSV)
 * or as an XLSX workbook with exceljs's streaming writer (no shared strings, no styles: a 100,000-row
 * sheet is written row by row instead of being built as a workbook in memory first).
 */
import { PassThrough } from 'node:stream';
import Papa from 'papaparse';
import { neutralise } from './evidenceCsv';

export type Cell = string | number;

export interface Sheet {
  name: string;
  header: string[];
  rows: Cell[][];
  /** Column widths in characters, by header position (spreadsheet defaults otherwise). */
  widths?: number[];
}

export type SheetBook = Sheet[];

export function sheetCsv(sheet: Sheet): string {
  const data = sheet.rows.map((row) => row.map((c) => (typeof c === 'number' ? String(c) : neutralise(c))));
  return `\ufeff${Papa.unparse({ fields: sheet.header, data }, { quotes: true, newline: '\r\n' })}\r\n`;
}

/**
 * The workbook's bytes. Strings are written as strings, never as formulas (exceljs writes a formula
 * only when given `{ formula }`), so "=HYPERLINK(…" stays text without the CSV's apostrophe.
 * exceljs loads on the first spreadsheet, not with the core.
 */
export async function sheetXlsx(book: SheetBook): Promise<Uint8Array> {
  const { default: ExcelJS } = await import('exceljs');
  const stream = new PassThrough();
  const chunks: Buffer[] = [];
  stream.on('data', (c: Buffer) => chunks.push(c));
  const done = new Promise<void>((resolve, reject) => {
    stream.on('end', resolve);
    stream.on('error', reject);
  });
  const wb = new ExcelJS.stream.xlsx.WorkbookWriter({ stream, useSharedStrings: false, useStyles: false });
  wb.creator = 'Groundwork';
  for (const sheet of book) {
    const ws = wb.addWorksheet(safeSheetName(sheet.name), { views: [{ state: 'frozen', ySplit: 1 }] });
    ws.columns = sheet.header.map((h, i) => ({ header: h, key: String(i), width: sheet.widths?.[i] ?? 14 }));
    for (const row of sheet.rows) ws.addRow(row).commit();
    ws.commit();
  }
  await wb.commit();
  await done;
  // Its own ArrayBuffer (not Node's shared pool), so the worker can transfer it.
  const bytes = new Uint8Array(chunks.reduce((n, c) => n + c.length, 0));
  let at = 0;
  for (const c of chunks) {
    bytes.set(c, at);
    at += c.length;
  }
  return bytes;
}

/** Excel refuses sheet names over 31 characters or with []:*?/\ in them. */
function safeSheetName(name: string): string {
  return name.replace(/[[\]:*?/\\]/g, '-').slice(0, 31) || 'Sheet';
}
