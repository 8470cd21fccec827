/** Composition root of the backend: deps in, { dispatch, events, close } out. */
import { randomUUID } from 'node:crypto';
import type { Envelope } from '../../shared/ipc/envelope';
import type { Clock, Logger } from './context';
import { silentLogger } from './context';
import { EventBus, type Listener } from './events';
import type { LockOwner } from './project/lock';
import { ProjectSession } from './project/session';
import { createDispatch } from './rpc/dispatch';
import { handlers } from './rpc/handlers/index';
import { inlineRenderer, workerRenderer, type WorkerRendererOptions } from './services/export/renderDocument';
import { seedNewProject } from './services/seed';
import { mediaFileFor } from './services/transcripts/media';
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
}

export interface Core {
  dispatch(method: unknown, input: unknown): Promise<Envelope<unknown>>;
  onEvent(listener: Listener): () => void;
  session: ProjectSession;
  /** Absolute path of an interview's recording, for the media streams of the hosts; null if none. */
  mediaFile(interviewId: number): string | null;
  close(): void;
}

export async function createCore(opts: CoreOptions = {}): Promise<Core> {
  const logger = opts.logger ?? silentLogger;
  const bus = new EventBus();
  const clock = opts.clock ?? { now: () => Date.now() };
  const session = new ProjectSession({
    userDataDir: opts.userDataDir ?? null,
    clock,
    newGuid: opts.newGuid ?? randomUUID,
    logger,
    emit: bus.emit,
    seed: seedNewProject,
    ...(opts.nativeBinding ? { nativeBinding: opts.nativeBinding } : {}),
    ...(opts.owner ? { owner: opts.owner } : {}),
    ...(opts.syncCheckMaxBytes !== undefined ? { syncCheckMaxBytes: opts.syncCheckMaxBytes } : {}),
  });
  if (opts.projectPath) await session.openOrCreate(opts.projectPath);
  const importer = opts.importWorker
    ? workerImporter({ ...opts.importWorker, ...(opts.nativeBinding ? { nativeBinding: opts.nativeBinding } : {}) })
    : inlineImporter(
        new StagingArea(() => clock.now(), randomUUID),
        opts.parseWorker ? workerParser(opts.parseWorker) : inlineParser,
      );
  const documents = opts.exportWorker ? workerRenderer(opts.exportWorker) : inlineRenderer;
  const dispatch = createDispatch(handlers, { session, importer, documents, project: () => session.context() }, logger, {
    checkOutputs: !!opts.checkOutputs,
  });
  return {
    dispatch,
    onEvent: (listener) => bus.on(listener),
    session,
    mediaFile: (interviewId) => (session.isOpen ? mediaFileFor(session.context(), interviewId) : null),
    close: () => {
      void importer.close();
      void documents.close();
      session.close();
    },
  };
}
