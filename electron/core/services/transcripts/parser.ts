/**
 * Where transcripts are parsed: inline (tests, CLI) or in a worker thread (the app and the web host),
 * so a large file never blocks the thread that answers the UI. Both give the same result or AppError.
 */
import { Worker, type ResourceLimits } from 'node:worker_threads';
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
  /** V8 heap limits of the worker; PARSE_LIMITS unless given. */
  resourceLimits?: ResourceLimits;
}

/**
 * The parse worker's heap: a backstop under the import caps (import/limits.ts), which keep every
 * accepted file well inside it. A file that would need more ends the worker, not the app, and is
 * refused as too large; with the process's own ~150 MB this keeps an import under 1 GB of RSS.
 */
export const PARSE_LIMITS: ResourceLimits = { maxOldGenerationSizeMb: 768, maxYoungGenerationSizeMb: 48 };

const OUT_OF_MEMORY = 'ERR_WORKER_OUT_OF_MEMORY';

/** One long-lived worker, started on first use; requests are answered in order by id. */
export function workerParser(opts: WorkerParserOptions): TranscriptParser {
  let worker: Worker | null = null;
  let nextId = 1;
  const pending = new Map<
    number,
    { fileName: string; resolve: (r: ParsedTranscript) => void; reject: (e: AppError) => void }
  >();

  /** The worker answers in order, so the first request still pending is the one it was reading. */
  const failAll = (first: (fileName: string) => AppError) => {
    let n = 0;
    for (const p of pending.values()) p.reject(n++ === 0 ? first(p.fileName) : stopped());
    pending.clear();
    worker = null;
  };
  const stopped = () => new AppError('INTERNAL', 'The transcript reader stopped unexpectedly; try the file again.');

  const start = (): Worker => {
    const w = new Worker(opts.file, {
      ...(opts.execArgv ? { execArgv: opts.execArgv } : {}),
      resourceLimits: opts.resourceLimits ?? PARSE_LIMITS,
    });
    w.unref();
    w.on('message', (msg: { id: number; ok: boolean; result?: ParsedTranscript; error?: WireError }) => {
      const p = pending.get(msg.id);
      if (!p) return;
      pending.delete(msg.id);
      if (msg.ok) p.resolve(msg.result!);
      else p.reject(AppError.fromWire(msg.error!));
      if (pending.size === 0) w.unref();
    });
    w.on('error', (err: Error & { code?: string }) =>
      failAll((fileName) =>
        err.code === OUT_OF_MEMORY
          ? new AppError(
              'TOO_LARGE',
              `${fileName} needs more memory to read than Groundwork gives one import. Split it, or save it as plain text, and import it again.`,
            )
          : stopped(),
      ),
    );
    w.on('exit', () => {
      if (pending.size) failAll(stopped);
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
        pending.set(id, { fileName, resolve, reject });
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
