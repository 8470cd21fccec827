/**
 * Worker-thread entry: writes PDF, DOCX and XLSX files off the thread that answers the UI, and reads
 * and writes the quote library export through its own read-only connection.
 * Messages in: { id, format, doc }, { id, format: 'xlsx', book } or { id, format: 'quoteLibrary', read };
 * out: { id, ok: true, bytes } | { id, ok: false, error }.
 */
import { parentPort } from 'node:worker_threads';
import { AppError, isAppError } from '../../../../shared/errors';
import type { CitedDocument } from './citedDocument';
import { quoteLibraryFile, type QuoteLibraryRead } from './quoteLibraryFile';
import { renderBinary, type BinaryFormat } from './renderBinary';
import { sheetXlsx, type SheetBook } from './sheets';

type Message =
  | { id: number; format: BinaryFormat; doc: CitedDocument }
  | { id: number; format: 'xlsx'; book: SheetBook }
  | { id: number; format: 'quoteLibrary'; read: QuoteLibraryRead };

function write(msg: Message): Promise<Uint8Array> {
  if (msg.format === 'xlsx') return sheetXlsx(msg.book);
  if (msg.format === 'quoteLibrary') return quoteLibraryFile(msg.read);
  return renderBinary(msg.format, msg.doc);
}

parentPort?.on('message', async (msg: Message) => {
  try {
    const bytes = await write(msg);
    parentPort!.postMessage({ id: msg.id, ok: true, bytes }, [bytes.buffer as ArrayBuffer]);
  } catch (err) {
    const e = isAppError(err)
      ? err
      : new AppError(
          'INTERNAL',
          `The ${msg.format === 'quoteLibrary' ? msg.read.format.toUpperCase() : msg.format.toUpperCase()} file could not be written.`,
        );
    parentPort!.postMessage({ id: msg.id, ok: false, error: e.toWire() });
  }
});
