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

/** The file's bytes: CSV as UTF-8 (with its BOM), XLSX as the workbook. */
export async function quoteLibraryFile(read: QuoteLibraryRead): Promise<Uint8Array> {
  const db = openReadOnlyConnection(read.projectPath, read.nativeBinding);
  try {
    const sheet = quoteLibrarySheet(db, read.filter, read.names);
    // TextEncoder: a buffer of its own (a pooled Buffer's memory could not be moved back to the caller).
    return read.format === 'csv' ? new TextEncoder().encode(sheetCsv(sheet)) : await sheetXlsx([sheet]);
  } finally {
    db.close();
  }
}
