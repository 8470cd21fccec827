/** Composition root of the backend: deps in, { dispatch, events, close } out. */
import { randomUUID } from 'node:crypto';
import type { DocumentStaged } from '../../shared/domain/document';
import type { Interview } from '../../shared/domain/interview';
import type { MergePreview } from '../../shared/domain/merge';
import type { StagedTranscript } from '../../shared/domain/transcript';
import type { Envelope } from '../../shared/ipc/envelope';
import { fail, ok } from '../../shared/ipc/envelope';
import { hostMethods } from '../../shared/ipc/hostContract';
import type { Clock, Logger } from './context';
import { silentLogger } from './context';
import { EventBus, type Listener } from './events';
import type { LockOwner } from './project/lock';
import { openRegularFile, type OpenedFile } from './files/regularFile';
import type { HostDialogs } from './host';
import { PathHandles } from './project/handles';
import { ProjectSession } from './project/session';
import { sessionOptions } from './project/standalone';
import { createDispatch, toAppError, type Dispatch } from './rpc/dispatch';
import { hostHandlers } from './rpc/handlers/host';
import { handlers } from './rpc/handlers/index';
import { WriteQueue } from './rpc/writeQueue';
import { inlineRenderer, workerRenderer, type WorkerRendererOptions } from './services/export/renderDocument';
import { mergeStaging, previewStaged } from './services/merge/service';
import { stageMergeStream } from './services/merge/source';
import { seedNewProject } from './services/seed';
import { mediaFileFor } from './services/transcripts/media';
import { receiveRecording } from './services/transcripts/mediaUpload';
import { inlineImporter, workerImporter, type WorkerImporterOptions } from './services/transcripts/importer';
import { inlineParser, workerParser, type WorkerParserOptions } from './services/transcripts/parser';
import { StagingArea } from './services/transcripts/staging';

export interface CoreOptions {
  userDataDir?: string | null;
  /** Open (or create) this project at start. */
  projectPath?: string;
  clock?: Clock;
  newGuid?: () => string;
  logger?: Logger;
  nativeBinding?: string;
  checkOutputs?: boolean;
  /** Parse imports in a worker thread; inline when absent (superseded by importWorker). */
  parseWorker?: WorkerParserOptions;
  /**
   * Parse, hold and store imports in a worker thread with its own connection (the app and the web
   * host), so no transcript's turns ever cross to the thread that answers the UI.
   */
  importWorker?: Omit<WorkerImporterOptions, 'nativeBinding'>;
  /** Write PDF and DOCX exports in a worker thread (the app and the web host); inline when absent. */
  exportWorker?: WorkerRendererOptions;
  /** Who holds the project's writer lock, in the sentence a second opener is refused with. */
  owner?: LockOwner;
  /** Projects up to this size are integrity-checked before they open; larger ones in the background. */
  syncCheckMaxBytes?: number;
  /** The desktop app's own file dialogs; without them new projects go to userDataDir. */
  dialogs?: HostDialogs;
  /**
   * Open projectPath read-only (the CLI's `info` and exports): no lock, no migration, no
   * checkpoint, nothing written or deleted, so a writer elsewhere keeps working.
   */
  readOnly?: boolean;
}

export interface Core {
  /** What the renderer may call, through every transport: the contract, no file paths. */
  dispatch(method: unknown, input: unknown): Promise<Envelope<unknown>>;
  /** The host's own calls (never a transport's): the contract plus host.* with paths from the user. */
  host: {
    dispatch: Dispatch;
    /** A transcript's raw bytes uploaded to the web host: parsed for a preview, like imports.stageFile. */
    stageUpload(fileName: string, bytes: Uint8Array): Promise<Envelope<StagedTranscript>>;
    /** A CSV or XLSX export's raw bytes uploaded to the web host: staged like documents.stageFile. */
    stageDocumentUpload(fileName: string, bytes: Uint8Array): Promise<Envelope<DocumentStaged>>;
    /** A colleague's copy or a .qdpx uploaded to the web host: staged and previewed, like merge.stageFile. */
    stageMergeUpload(fileName: string, body: AsyncIterable<Uint8Array>): Promise<Envelope<MergePreview>>;
    /** A recording uploaded to the web host: stored beside the project and attached. */
    uploadRecording(
      interviewId: number,
      fileName: string,
      body: AsyncIterable<Uint8Array>,
    ): Promise<Envelope<Interview>>;
  };
  onEvent(listener: Listener): () => void;
  session: ProjectSession;
  /** Absolute path of an interview's recording, for the media streams of the hosts; null if none. */
  mediaFile(interviewId: number): string | null;
  /** The recording opened for streaming — a regular file only, sized by fstat; null if none; AppError if not a file. */
  openMedia(interviewId: number): (OpenedFile & { path: string }) | null;
  close(): void;
}

export async function createCore(opts: CoreOptions = {}): Promise<Core> {
  const logger = opts.logger ?? silentLogger;
  const bus = new EventBus();
  const clock = opts.clock ?? { now: () => Date.now() };
  const session = new ProjectSession(
    sessionOptions({
      userDataDir: opts.userDataDir ?? null,
      clock,
      ...(opts.newGuid ? { newGuid: opts.newGuid } : {}),
      logger,
      emit: bus.emit,
      seed: seedNewProject,
      ...(opts.nativeBinding ? { nativeBinding: opts.nativeBinding } : {}),
      ...(opts.owner ? { owner: opts.owner } : {}),
      ...(opts.syncCheckMaxBytes !== undefined ? { syncCheckMaxBytes: opts.syncCheckMaxBytes } : {}),
    }),
  );
  if (opts.projectPath) {
    if (opts.readOnly) await session.openReadOnly(opts.projectPath);
    else await session.openOrCreate(opts.projectPath);
  }
  // One parser for the previews and for host.importFiles (the CLI's batches); a worker starts on first use.
  const parser = opts.parseWorker ? workerParser(opts.parseWorker) : inlineParser;
  const importer = opts.importWorker
    ? workerImporter({ ...opts.importWorker, ...(opts.nativeBinding ? { nativeBinding: opts.nativeBinding } : {}) })
    : inlineImporter(new StagingArea(() => clock.now(), randomUUID), parser);
  const documents = opts.exportWorker
    ? workerRenderer({ ...opts.exportWorker, ...(opts.nativeBinding ? { nativeBinding: opts.nativeBinding } : {}) })
    : inlineRenderer;
  const env = {
    session,
    importer,
    parser,
    documents,
    project: () => session.context(),
    dialogs: opts.dialogs ?? null,
    handles: new PathHandles(),
    projectsFolder: opts.userDataDir ?? null,
  };
  const writes = new WriteQueue();
  const checkOutputs = !!opts.checkOutputs;
  const dispatch = createDispatch(handlers, env, logger, { checkOutputs, writes });
  const hostDispatch = createDispatch(handlers, env, logger, {
    checkOutputs,
    writes,
    extra: { methods: hostMethods, handlers: hostHandlers as never },
  });
  const mediaFile = (interviewId: number) => (session.isOpen ? mediaFileFor(session.context(), interviewId) : null);
  return {
    dispatch,
    onEvent: (listener) => bus.on(listener),
    session,
    host: {
      dispatch: hostDispatch,
      async stageUpload(fileName, bytes) {
        const name = fileName.trim();
        if (!name || name.length > 500) return fail({ code: 'VALIDATION', message: 'A file name is required.' });
        try {
          return ok(await importer.stage(session.context(), name, bytes));
        } catch (err) {
          return fail(toAppError(err, 'upload', logger).toWire());
        }
      },
      async stageDocumentUpload(fileName, bytes) {
        const name = fileName.trim();
        if (!name || name.length > 500) return fail({ code: 'VALIDATION', message: 'A file name is required.' });
        try {
          return ok(await importer.document(session.context(), { step: 'stage', fileName: name, bytes }));
        } catch (err) {
          return fail(toAppError(err, 'upload', logger).toWire());
        }
      },
      async stageMergeUpload(fileName, body) {
        const name = fileName.trim();
        if (!name || name.length > 500) return fail({ code: 'VALIDATION', message: 'A file name is required.' });
        try {
          const ctx = session.context();
          return ok(await previewStaged(ctx, mergeStaging, await stageMergeStream(ctx, name, body)));
        } catch (err) {
          return fail(toAppError(err, 'upload', logger).toWire());
        }
      },
      async uploadRecording(interviewId, fileName, body) {
        let stored: string;
        try {
          stored = await receiveRecording(session.context(), interviewId, fileName, body);
        } catch (err) {
          return fail(toAppError(err, 'upload', logger).toWire());
        }
        return hostDispatch('host.setMedia', { interviewId, path: stored }) as Promise<Envelope<Interview>>;
      },
    },
    mediaFile,
    openMedia(interviewId) {
      const file = mediaFile(interviewId);
      return file ? { ...openRegularFile(file), path: file } : null;
    },
    close: () => {
      void importer.close();
      if (opts.importWorker) void parser.close();
      void documents.close();
      session.close();
    },
  };
}
