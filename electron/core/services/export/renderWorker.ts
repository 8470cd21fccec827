/**
 * Worker-thread entry: writes PDF, DOCX and XLSX files off the thread that answers the UI.
 * Messages in: { id, format, doc } or { id, format: 'xlsx', book }; out: { id, ok: true, bytes } | { id, ok: false, error }.
 */
import { parentPort } from 'node:worker_threads';
import { AppError, isAppError } from '../../../../shared/errors';
import type { CitedDocument } from './citedDocument';
import { renderBinary, type BinaryFormat } from './renderBinary';
import { sheetXlsx, type SheetBook } from './sheets';

type Message =
  { id: number; format: BinaryFormat; doc: CitedDocument } | { id: number; format: 'xlsx'; book: SheetBook };

parentPort?.on('message', async (msg: Message) => {
  try {
    const bytes = msg.format === 'xlsx' ? await sheetXlsx(msg.book) : await renderBinary(msg.format, msg.doc);
    parentPort!.postMessage({ id: msg.id, ok: true, bytes }, [bytes.buffer as ArrayBuffer]);
  } catch (err) {
    const e = isAppError(err)
      ? err
      : new AppError('INTERNAL', `The ${msg.format.toUpperCase()} file could not be written.`);
    parentPort!.postMessage({ id: msg.id, ok: false, error: e.toWire() });
  }
});
