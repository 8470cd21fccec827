/**
 * Where transcripts are parsed: inline (tests, CLI) or in a worker thread (the app and the web host),
 * so a large file never blocks the thread that answers the UI. Both give the same result or AppError.
 */
import { Worker } from 'node:worker_threads';
import { AppError, type WireError } from '../../../../shared/errors';
import { parseTranscript } from '../import/index';
import type { ParsedTranscript } from '../import/types';

export interface TranscriptParser {
  parse(bytes: Uint8Array, fileName: string): Promise<ParsedTranscript>;
  close(): Promise<void>;
}

export const inlineParser: TranscriptParser = {
  parse: (bytes, fileName) => parseTranscript(bytes, fileName),
  close: async () => {},
};

export interface WorkerParserOptions {
  /** The worker entry: electron/core/services/import/worker.ts (under a TS loader) or its bundle. */
  file: string | URL;
  execArgv?: string[];
}

/** One long-lived worker, started on first use; requests are answered in order by id. */
export function workerParser(opts: WorkerParserOptions): TranscriptParser {
  let worker: Worker | null = null;
  let nextId = 1;
  const pending = new Map<number, { resolve: (r: ParsedTranscript) => void; reject: (e: AppError) => void }>();

  const failAll = (message: string) => {
    for (const p of pending.values()) p.reject(new AppError('INTERNAL', message));
    pending.clear();
    worker = null;
  };

  const start = (): Worker => {
    const w = new Worker(opts.file, opts.execArgv ? { execArgv: opts.execArgv } : {});
    w.unref();
    w.on('message', (msg: { id: number; ok: boolean; result?: ParsedTranscript; error?: WireError }) => {
      const p = pending.get(msg.id);
      if (!p) return;
      pending.delete(msg.id);
      if (msg.ok) p.resolve(msg.result!);
      else p.reject(AppError.fromWire(msg.error!));
      if (pending.size === 0) w.unref();
    });
    w.on('error', () => failAll('The transcript reader stopped unexpectedly; try the file again.'));
    w.on('exit', () => {
      if (pending.size) failAll('The transcript reader stopped unexpectedly; try the file again.');
      worker = null;
    });
    return w;
  };

  return {
    parse(bytes, fileName) {
      worker ??= start();
      worker.ref(); // keep the process alive while a parse is in flight
      const id = nextId++;
      return new Promise((resolve, reject) => {
        pending.set(id, { resolve, reject });
        worker!.postMessage({ id, bytes, fileName });
      });
    },
    async close() {
      const w = worker;
      worker = null;
      if (w) await w.terminate();
    },
  };
}
