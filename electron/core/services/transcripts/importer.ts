/**
 * Where an import's heavy half runs. Inline (tests, the CLI): parse, keep the preview in this
 * thread's StagingArea, store through the project's own connection. In a worker (the app and the
 * web host): the import worker parses the file, keeps the parsed turns, and stores them through its
 * own connection — the turns never cross to the thread that answers the UI, because copying a
 * 200,000-turn transcript between threads alone stalls the receiver for most of a second. That
 * thread only sees the preview (speakers, counts, first lines) and the result.
 */
import { Worker, type ResourceLimits } from 'node:worker_threads';
import type { CommitResult, StagedTranscript } from '../../../../shared/domain/transcript';
import { AppError, type WireError } from '../../../../shared/errors';
import type { EventName, EventPayload } from '../../../../shared/ipc/events';
import type { ProjectContext } from '../../context';
import type { ParsedTranscript } from '../import/types';
import { transcriptsWithContent } from '../../repos/transcripts';
import { commitTranscript, type CommitOptions, type Mapping, type Target } from './commit';
import { PARSE_LIMITS, type TranscriptParser } from './parser';
import { stageBytes } from './stage';
import type { StagingArea } from './staging';
import { suggestFromSummary } from './suggest';
import { documentStaging, runDocumentCall, type DocumentCall, type DocumentReply } from '../documents/calls';

/** Turns stored so far, of how many. */
export type CommitProgress = (done: number, total: number) => void;

export interface Importer {
  stage(ctx: ProjectContext, fileName: string, bytes: Uint8Array): Promise<StagedTranscript>;
  commit(
    ctx: ProjectContext,
    stagingId: string,
    target: Target,
    mappings: Mapping[],
    onProgress?: CommitProgress,
    options?: CommitOptions,
  ): Promise<CommitResult>;
  discard(stagingId: string): Promise<boolean>;
  /** The staged file's name, for progress labels; null once it is gone. */
  fileName(stagingId: string): string | null;
  /** Document import (services/documents/calls.ts): in the same place as transcript import. */
  document<C extends DocumentCall>(ctx: ProjectContext, call: C): Promise<DocumentReply<C>>;
  close(): Promise<void>;
}

export function inlineImporter(staging: StagingArea, parser: TranscriptParser): Importer {
  const documents = documentStaging();
  return {
    document: async (ctx, call) => (await runDocumentCall(documents, call, () => ctx)) as never,
    stage: (ctx, fileName, bytes) => stageBytes(ctx, staging, fileName, bytes, parser),
    async commit(ctx, stagingId, target, mappings, _onProgress, options) {
      const entry = staging.get(stagingId);
      if (!entry) throw expired();
      const result = commitTranscript(ctx, entry, target, mappings, options);
      staging.discard(stagingId);
      return result;
    },
    discard: async (stagingId) => staging.discard(stagingId),
    fileName: (stagingId) => staging.get(stagingId)?.fileName ?? null,
    close: () => parser.close(),
  };
}

export const expired = (): AppError => new AppError('NOT_FOUND', 'This preview has expired. Add the file again.');

/** What the worker sends back for a staged file: the preview, without the turns (duplicates are looked up here). */
export interface StagedSummary extends Omit<StagedTranscript, 'speakers' | 'duplicates'> {
  speakers: ParsedTranscript['speakers'];
  /** The speaker who asks most of the questions, worked out from the turns in the worker. */
  asker: string | null;
}

export type WorkerRequest =
  | { op: 'stage'; id: number; fileName: string; bytes: Uint8Array }
  | {
      op: 'commit';
      id: number;
      stagingId: string;
      projectPath: string;
      nativeBinding?: string;
      target: Target;
      mappings: Mapping[];
      options: CommitOptions;
      at: number;
    }
  | { op: 'discard'; id: number; stagingId: string }
  | { op: 'document'; id: number; call: DocumentCall; projectPath: string; nativeBinding?: string; at: number };

export interface CommittedInWorker {
  result: CommitResult;
  events: { name: EventName; payload: unknown }[];
}

/** An AppError, or a SQLite/file-system failure passed on as it is for the dispatcher's one mapping. */
export type WorkerError = WireError | { sqlite: string; message: string };

export type WorkerReply =
  | { id: number; ok: true; value: unknown }
  | { id: number; ok: false; error: WorkerError }
  | { id: number; progress: { done: number; total: number } };

export interface WorkerImporterOptions {
  /** The entry: importWorker.ts under a TS loader (importWorker.dev.mjs) or its bundle. */
  file: string | URL;
  execArgv?: string[];
  resourceLimits?: ResourceLimits;
  /** The better-sqlite3 binary built for Electron, for the worker's own connection. */
  nativeBinding?: string;
}

/** One long-lived worker, started on first use; it holds the previews, so its end discards them. */
export function workerImporter(opts: WorkerImporterOptions): Importer {
  let worker: Worker | null = null;
  let nextId = 1;
  interface Pending {
    fileName: string;
    resolve: (value: unknown) => void;
    reject: (error: Error) => void;
    onProgress?: CommitProgress | undefined;
  }
  const pending = new Map<number, Pending>();
  /** Names of the previews the worker holds (the worker holds the rest). */
  const names = new Map<string, string>();
  const stopped = () => new AppError('INTERNAL', 'The transcript reader stopped unexpectedly; add the file again.');

  const failAll = (first: (fileName: string) => Error) => {
    names.clear(); // the worker's previews end with it
    let n = 0;
    for (const p of pending.values()) p.reject(n++ === 0 ? first(p.fileName) : stopped());
    pending.clear();
    worker = null;
  };

  const start = (): Worker => {
    const w = new Worker(opts.file, {
      ...(opts.execArgv ? { execArgv: opts.execArgv } : {}),
      resourceLimits: opts.resourceLimits ?? PARSE_LIMITS,
    });
    w.unref();
    w.on('message', (msg: WorkerReply) => {
      const p = pending.get(msg.id);
      if (!p) return;
      if ('progress' in msg) return p.onProgress?.(msg.progress.done, msg.progress.total);
      pending.delete(msg.id);
      if (msg.ok) p.resolve(msg.value);
      else if ('sqlite' in msg.error) p.reject(Object.assign(new Error(msg.error.message), { code: msg.error.sqlite }));
      else p.reject(AppError.fromWire(msg.error));
      if (pending.size === 0) w.unref();
    });
    w.on('error', (err: Error & { code?: string }) =>
      failAll((fileName) =>
        err.code === 'ERR_WORKER_OUT_OF_MEMORY'
          ? new AppError(
              'TOO_LARGE',
              `${fileName} needs more memory than Groundwork gives one import. Split it, or save it as plain text, and import it again.`,
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

  type Unsent = WorkerRequest extends infer R ? (R extends WorkerRequest ? Omit<R, 'id'> : never) : never;
  function send<T>(
    request: Unsent,
    fileName: string,
    onProgress?: CommitProgress,
    transfer: ArrayBuffer[] = [],
  ): Promise<T> {
    worker ??= start();
    worker.ref(); // keep the process alive while work is in flight
    const id = nextId++;
    return new Promise<T>((resolve, reject) => {
      pending.set(id, { fileName, resolve: resolve as (v: unknown) => void, reject, onProgress });
      worker!.postMessage({ ...request, id }, transfer);
    });
  }

  return {
    async stage(ctx, fileName, bytes) {
      // Bytes that own their whole buffer (an upload's body) move to the worker instead of being copied.
      const own =
        bytes.byteOffset === 0 && bytes.byteLength === bytes.buffer.byteLength && bytes.buffer instanceof ArrayBuffer;
      const transfer = own && bytes.byteLength > 64 * 1024 ? [bytes.buffer as ArrayBuffer] : [];
      const { speakers, asker, ...summary } = await send<StagedSummary>(
        { op: 'stage', fileName, bytes },
        fileName,
        undefined,
        transfer,
      );
      names.set(summary.stagingId, fileName);
      return {
        ...summary,
        speakers: suggestFromSummary(ctx.db, speakers, asker),
        duplicates: transcriptsWithContent(ctx.db, summary.contentSha256),
      };
    },
    async commit(ctx, stagingId, target, mappings, onProgress, options = {}) {
      const request = {
        op: 'commit' as const,
        stagingId,
        projectPath: ctx.projectPath,
        ...(opts.nativeBinding ? { nativeBinding: opts.nativeBinding } : {}),
        target,
        mappings,
        options,
        at: ctx.clock.now(),
      };
      const { result, events } = await send<CommittedInWorker>(
        request,
        names.get(stagingId) ?? 'The transcript',
        onProgress,
      );
      names.delete(stagingId);
      for (const event of events) ctx.emit(event.name, event.payload as EventPayload<typeof event.name>);
      return result;
    },
    // A preview the worker no longer has (it ended) is as good as discarded.
    discard(stagingId) {
      names.delete(stagingId);
      return worker ? send<boolean>({ op: 'discard', stagingId }, '') : Promise.resolve(false);
    },
    fileName: (stagingId) => names.get(stagingId) ?? null,
    async document(ctx, call) {
      const transfer =
        call.step === 'stage' && call.bytes.byteOffset === 0 && call.bytes.byteLength === call.bytes.buffer.byteLength
          ? [call.bytes.buffer as ArrayBuffer]
          : [];
      const { value, events } = await send<{ value: unknown; events: CommittedInWorker['events'] }>(
        {
          op: 'document',
          call,
          projectPath: ctx.projectPath,
          ...(opts.nativeBinding ? { nativeBinding: opts.nativeBinding } : {}),
          at: ctx.clock.now(),
        },
        call.step === 'stage' ? call.fileName : 'The document',
        undefined,
        transfer,
      );
      for (const event of events) ctx.emit(event.name, event.payload as EventPayload<typeof event.name>);
      return value as never;
    },
    async close() {
      const w = worker;
      worker = null;
      if (w) await w.terminate();
    },
  };
}
