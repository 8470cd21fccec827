/**
 * Worker-thread entry: writes PDF and DOCX files off the thread that answers the UI.
 * Messages in: { id, format, doc }; out: { id, ok: true, bytes } | { id, ok: false, error }.
 */
import { parentPort } from 'node:worker_threads';
import { AppError, isAppError } from '../../../../shared/errors';
import type { CitedDocument } from './citedDocument';
import { renderBinary, type BinaryFormat } from './renderBinary';

parentPort?.on('message', async (msg: { id: number; format: BinaryFormat; doc: CitedDocument }) => {
  try {
    const bytes = await renderBinary(msg.format, msg.doc);
    parentPort!.postMessage({ id: msg.id, ok: true, bytes }, [bytes.buffer as ArrayBuffer]);
  } catch (err) {
    const e = isAppError(err)
      ? err
      : new AppError('INTERNAL', `The ${msg.format.toUpperCase()} file could not be written.`);
    parentPort!.postMessage({ id: msg.id, ok: false, error: e.toWire() });
  }
});
