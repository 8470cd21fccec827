/**
 * The quote library export as a file, read and written in one place: its own read-only connection to
 * the project reads the rows (the library's filter and order), dresses them (tag paths, names,
 * pseudonymising) and writes the CSV or XLSX. The export worker runs it in the app and the web host,
 * so 100,000 rows are never read, pseudonymised or serialised on the thread that answers the UI; tests
 * and the CLI run the same function inline.
 */
import type { TableFormat } from '../../../../shared/ipc/contract/exports';
import { openReadOnlyConnection } from '../../db/secondary';
import type { LibraryFilter } from '../../repos/quoteExport';
import { quoteLibrarySheet, type NameChoice } from './quoteLibrarySheet';
import { sheetCsv, sheetXlsx } from './sheets';

/** Everything the read needs, as plain data that crosses to a worker. */
export interface QuoteLibraryRead {
  projectPath: string;
  nativeBinding?: string | undefined;
  filter: LibraryFilter;
  names: NameChoice;
  format: TableFormat;
}

/** The file as it travels: CSV as text (with its BOM), XLSX as base64. */
export interface TableContent {
  encoding: 'utf8' | 'base64';
  content: string;
}

/**
 * The file, already in its wire form, so the answering thread only receives a string: decoding 20 MB of
 * UTF-8 there, or base64-encoding the workbook, cost it 50–200 ms.
 */
export async function quoteLibraryFile(read: QuoteLibraryRead): Promise<TableContent> {
  const db = openReadOnlyConnection(read.projectPath, read.nativeBinding);
  try {
    const sheet = quoteLibrarySheet(db, read.filter, read.names);
    if (read.format === 'csv') return { encoding: 'utf8', content: sheetCsv(sheet) };
    const bytes = await sheetXlsx([sheet]);
    return {
      encoding: 'base64',
      content: Buffer.from(bytes.buffer, bytes.byteOffset, bytes.byteLength).toString('base64'),
    };
  } finally {
    db.close();
  }
}
