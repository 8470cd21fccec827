/**
 * A CRM export's bytes -> a header row and data rows of strings. CSV is decoded with the transcript
 * importer's detector (CRM tools on Windows write UTF-16 and Windows-1252 as often as UTF-8) and split
 * with papaparse; XLSX is read with exceljs, first worksheet, each cell as the text it displays.
 * Every refusal is a sentence a researcher can act on, and nothing is kept from a refused file.
 */
import type ExcelJS from 'exceljs';
import Papa from 'papaparse';
import { AppError } from '../../../../shared/errors';
import { decodeTranscriptBytes } from '../import/decode';

export const MAX_CRM_ROWS = 50_000;

export interface CrmTable {
  headers: string[];
  /** Data rows, each as long as `headers` (short rows padded with ''). */
  rows: string[][];
}

const ZIP_MAGIC = [0x50, 0x4b, 0x03, 0x04];
const OLE_MAGIC = [0xd0, 0xcf, 0x11, 0xe0];
const startsWith = (bytes: Uint8Array, magic: number[]) => magic.every((b, i) => bytes[i] === b);

/** The words a refusal uses for what the rows hold; a document import reads the same tables. */
export interface TableWords {
  /** "people", "rows": "a header row but no rows of …". */
  rows: string;
  /** Example column names for "add a first row naming the columns (…)". */
  columns: string;
}

const CRM_WORDS: TableWords = { rows: 'people', columns: 'Name, Email, Company…' };

export async function readCrmTable(
  bytes: Uint8Array,
  fileName: string,
  words: TableWords = CRM_WORDS,
): Promise<CrmTable> {
  if (bytes.length === 0) throw new AppError('PARSE', `${fileName} is empty.`);
  if (startsWith(bytes, OLE_MAGIC))
    throw new AppError(
      'PARSE',
      `${fileName} is an old Excel (.xls) workbook. Save it as .xlsx or CSV in your spreadsheet and import that.`,
    );
  const cells = startsWith(bytes, ZIP_MAGIC) ? await readXlsx(bytes, fileName) : readCsv(bytes, fileName);
  return toTable(cells, fileName, words);
}

function readCsv(bytes: Uint8Array, fileName: string): string[][] {
  let text: string;
  try {
    text = decodeTranscriptBytes(bytes, fileName).text;
  } catch (err) {
    if (err instanceof AppError && /binary data/.test(err.message))
      throw new AppError('PARSE', `${fileName} is neither a CSV file nor an XLSX workbook.`);
    throw err;
  }
  // The header and MAX_CRM_ROWS rows, plus one to tell "too many" apart from "exactly the limit".
  const parsed = Papa.parse<string[]>(text, { skipEmptyLines: 'greedy', preview: MAX_CRM_ROWS + 2 });
  const fatal = parsed.errors.find((e) => e.type === 'Quotes');
  if (fatal && parsed.data.length <= 1)
    throw new AppError(
      'PARSE',
      `${fileName} could not be read as CSV: a quoted cell is never closed (row ${fatal.row! + 1}).`,
    );
  return parsed.data;
}

async function readXlsx(bytes: Uint8Array, fileName: string): Promise<string[][]> {
  // Loaded on first use: the CLI's `info` and the app's start must not pay for a spreadsheet library.
  const { default: Excel } = await import('exceljs');
  const workbook = new Excel.Workbook();
  try {
    await workbook.xlsx.load(Buffer.from(bytes.buffer, bytes.byteOffset, bytes.byteLength) as unknown as ArrayBuffer);
  } catch {
    throw new AppError(
      'PARSE',
      `${fileName} could not be read as an XLSX workbook. Open it in your spreadsheet, save it again as .xlsx or CSV, and import that.`,
    );
  }
  const sheet = workbook.worksheets[0];
  if (!sheet) throw new AppError('PARSE', `${fileName} has no worksheet.`);
  if (sheet.actualRowCount > MAX_CRM_ROWS + 1) throw tooMany(fileName);
  const out: string[][] = [];
  const width = sheet.columnCount;
  sheet.eachRow({ includeEmpty: false }, (row) => {
    const cells: string[] = [];
    for (let c = 1; c <= width; c++) cells.push(cellText(row.getCell(c)));
    out.push(cells);
  });
  return out;
}

function cellText(cell: ExcelJS.Cell): string {
  try {
    return cell.text ?? '';
  } catch {
    // A cell exceljs cannot render as text (an exotic formula result): its raw value, if any.
    return cell.value == null ? '' : String(cell.value as string);
  }
}

function tooMany(fileName: string): AppError {
  return new AppError(
    'TOO_LARGE',
    `${fileName} has more than ${MAX_CRM_ROWS.toLocaleString('en')} rows. Split it into smaller files and import them one by one.`,
  );
}

const looksLikeEmail = (s: string) => /^[^\s@]+@[^\s@]+\.[^\s@]+$/.test(s.trim());

function toTable(cells: string[][], fileName: string, words: TableWords): CrmTable {
  const nonEmpty = cells.filter((r) => r.some((c) => c.trim() !== ''));
  if (nonEmpty.length === 0) throw new AppError('PARSE', `${fileName} is empty.`);
  const [first, ...data] = nonEmpty as [string[], ...string[][]];
  const headers = first.map((h) => h.trim());
  while (headers.length > 0 && headers[headers.length - 1] === '') headers.pop();
  if (headers.length === 0 || headers.some(looksLikeEmail))
    throw new AppError(
      'PARSE',
      `${fileName} has no header row: its first row holds data, not column names. Add a first row naming the columns (${words.columns}) and import it again.`,
    );
  const blank = headers.findIndex((h) => h === '');
  if (blank >= 0)
    throw new AppError(
      'PARSE',
      `${fileName}: column ${blank + 1} has no name in the header row. Name it and import again.`,
    );
  const seen = new Map<string, string>();
  const repeated = new Set<string>();
  for (const h of headers) {
    const key = h.toLowerCase();
    if (seen.has(key)) repeated.add(h);
    else seen.set(key, h);
  }
  if (repeated.size)
    throw new AppError(
      'PARSE',
      `${fileName} has more than one column called ${[...repeated].map((h) => `“${h}”`).join(', ')}. Rename them so each column has its own name.`,
    );
  if (data.length === 0) throw new AppError('PARSE', `${fileName} has a header row but no rows of ${words.rows}.`);
  if (data.length > MAX_CRM_ROWS) throw tooMany(fileName);
  const rows = data.map((r) => headers.map((_, i) => (r[i] ?? '').trim()));
  return { headers, rows };
}
