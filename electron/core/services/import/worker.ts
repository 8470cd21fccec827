/**
 * Worker-thread entry: parses transcripts off the thread that answers the UI (DESIGN.md habit 7).
 * Messages in: { id, bytes, fileName }; out: { id, ok: true, result } | { id, ok: false, error }.
 */
import { parentPort } from 'node:worker_threads';
import { AppError, isAppError } from '../../../../shared/errors';
import { parseTranscript } from './index';

parentPort?.on('message', async (msg: { id: number; bytes: Uint8Array; fileName: string }) => {
  try {
    const result = await parseTranscript(msg.bytes, msg.fileName);
    parentPort!.postMessage({ id: msg.id, ok: true, result });
  } catch (err) {
    const e = isAppError(err) ? err : new AppError('PARSE', `${msg.fileName} could not be read as a transcript.`);
    parentPort!.postMessage({ id: msg.id, ok: false, error: e.toWire() });
  }
});
