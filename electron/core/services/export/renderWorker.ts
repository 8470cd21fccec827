/**
 * Worker-thread entry: writes PDF, DOCX and XLSX files off the thread that answers the UI, and reads
 * and writes the quote library export and computes intercoder agreement through its own read-only
 * connection. Messages in: { id, format, doc }, { id, format: 'xlsx', book }, { id, format:
 * 'quoteLibrary', read } or { id, format: 'agreement', read }; out: { id, ok: true, bytes } (the quote
 * library: { id, ok: true, table }; agreement: { id, ok: true, agreement }) | { id, ok: false, error }.
 */
import { parentPort } from 'node:worker_threads';
import { AppError, isAppError } from '../../../../shared/errors';
import { agreementFromFile, type AgreementRead } from '../agreement/computeFile';
import type { CitedDocument } from './citedDocument';
import { quoteLibraryFile, type QuoteLibraryRead } from './quoteLibraryFile';
import { renderBinary, type BinaryFormat } from './renderBinary';
import { sheetXlsx, type SheetBook } from './sheets';

type Message =
  | { id: number; format: BinaryFormat; doc: CitedDocument }
  | { id: number; format: 'xlsx'; book: SheetBook }
  | { id: number; format: 'quoteLibrary'; read: QuoteLibraryRead }
  | { id: number; format: 'agreement'; read: AgreementRead };

function write(msg: Exclude<Message, { format: 'quoteLibrary' | 'agreement' }>): Promise<Uint8Array> {
  return msg.format === 'xlsx' ? sheetXlsx(msg.book) : renderBinary(msg.format, msg.doc);
}

parentPort?.on('message', async (msg: Message) => {
  try {
    if (msg.format === 'quoteLibrary') {
      // Already as it travels (a string): nothing left to decode or encode on the answering thread.
      parentPort!.postMessage({ id: msg.id, ok: true, table: await quoteLibraryFile(msg.read) });
      return;
    }
    if (msg.format === 'agreement') {
      parentPort!.postMessage({ id: msg.id, ok: true, agreement: agreementFromFile(msg.read) });
      return;
    }
    const bytes = await write(msg);
    parentPort!.postMessage({ id: msg.id, ok: true, bytes }, [bytes.buffer as ArrayBuffer]);
  } catch (err) {
    const e = isAppError(err)
      ? err
      : new AppError(
          'INTERNAL',
          msg.format === 'agreement'
            ? 'Agreement could not be computed; try again.'
            : `The ${msg.format === 'quoteLibrary' ? msg.read.format.toUpperCase() : msg.format.toUpperCase()} file could not be written.`,
        );
    parentPort!.postMessage({ id: msg.id, ok: false, error: e.toWire() });
  }
});
