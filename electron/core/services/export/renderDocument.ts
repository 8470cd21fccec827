/**
 * Where PDF, DOCX and XLSX files are rendered, and the quote library export read and written: inline
 * (tests, CLI) or in one long-lived worker thread (the app and the web host), so a 500-quote document or
 * a 50,000-quote library never stalls the thread that answers the UI (DESIGN.md habit 7). Both give the
 * same bytes or an AppError.
 */
import { Worker } from 'node:worker_threads';
import { AppError, type WireError } from '../../../../shared/errors';
import type { AgreementReport } from '../../../../shared/domain/agreementReport';
import type { AgreementRead } from '../agreement/computeFile';
import type { CitedDocument } from './citedDocument';
import type { QuoteLibraryRead, TableContent } from './quoteLibraryFile';
import type { BinaryFormat } from './renderBinary';
import type { SheetBook } from './sheets';

export type { BinaryFormat };

export interface DocumentRenderer {
  render(format: BinaryFormat, doc: CitedDocument): Promise<Uint8Array>;
  /** An XLSX workbook (the quote library and synthesis exports), on the same thread as PDF and DOCX. */
  renderSheets(book: SheetBook): Promise<Uint8Array>;
  /**
   * The quote library as CSV or XLSX, read through the renderer's own read-only connection and written
   * there (quoteLibraryFile.ts): in the worker, nothing of it runs on the answering thread.
   */
  quoteLibrary(read: Omit<QuoteLibraryRead, 'nativeBinding'>): Promise<TableContent>;
  /** Intercoder agreement, read through the worker's own read-only connection (agreement/computeFile.ts). */
  agreement(read: Omit<AgreementRead, 'nativeBinding'>): Promise<AgreementReport>;
  /** False until a document has been written: the first one loads pdfkit, docx and the fonts (seconds). */
  warm(): boolean;
  close(): Promise<void>;
}

/** pdfkit and docx load on the first export, not with the core (they would slow every start). */
let inlineWarm = false;
export const inlineRenderer: DocumentRenderer = {
  render: async (format, doc) => {
    const bytes = (await import('./renderBinary')).renderBinary(format, doc);
    inlineWarm = true;
    return bytes;
  },
  renderSheets: async (book) => (await import('./sheets')).sheetXlsx(book),
  quoteLibrary: async (read) => (await import('./quoteLibraryFile')).quoteLibraryFile(read),
  agreement: async (read) => (await import('../agreement/computeFile')).agreementFromFile(read),
  warm: () => inlineWarm,
  close: async () => {},
};

export interface WorkerRendererOptions {
  /** The worker entry: renderWorker.ts under a TS loader (renderWorker.dev.mjs) or its bundle. */
  file: string | URL;
  execArgv?: string[];
  /** better-sqlite3's binary for the worker's read-only connection (the packaged app's). */
  nativeBinding?: string;
}

interface Reply {
  id: number;
  ok: boolean;
  bytes?: Uint8Array;
  /** The quote library export's file, already as it travels. */
  table?: TableContent;
  agreement?: AgreementReport;
  error?: WireError;
}

const STOPPED = 'The document writer stopped unexpectedly; try the export again.';

/** One worker, started on first use and kept; replies are matched to requests by id. */
export function workerRenderer(opts: WorkerRendererOptions): DocumentRenderer {
  let worker: Worker | null = null;
  let warm = false;
  let nextId = 1;
  const waiting = new Map<number, { resolve: (r: Reply) => void; reject: (e: AppError) => void }>();

  const stopped = () => {
    for (const w of waiting.values()) w.reject(new AppError('INTERNAL', STOPPED));
    waiting.clear();
    worker = null;
    warm = false;
  };

  const start = (): Worker => {
    const w = new Worker(opts.file, opts.execArgv ? { execArgv: opts.execArgv } : {});
    w.unref();
    w.on('message', (reply: Reply) => {
      const entry = waiting.get(reply.id);
      if (!entry) return;
      waiting.delete(reply.id);
      if (reply.ok) {
        if (!reply.agreement) warm = true; // a document, sheet or table was written: its libraries are loaded
        entry.resolve(reply);
      } else entry.reject(AppError.fromWire(reply.error!));
      if (waiting.size === 0) w.unref();
    });
    w.on('error', stopped);
    w.on('exit', () => {
      if (waiting.size) stopped();
      worker = null;
      warm = false;
    });
    return w;
  };

  const ask = (message: Record<string, unknown>): Promise<Reply> => {
    worker ??= start();
    worker.ref(); // keep the process alive while a document is being written
    const id = nextId++;
    return new Promise((resolve, reject) => {
      waiting.set(id, { resolve, reject });
      worker!.postMessage({ id, ...message });
    });
  };

  return {
    render: async (format, doc) => (await ask({ format, doc })).bytes!,
    renderSheets: async (book) => (await ask({ format: 'xlsx', book })).bytes!,
    quoteLibrary: async (read) =>
      (
        await ask({
          format: 'quoteLibrary',
          read: { ...read, ...(opts.nativeBinding ? { nativeBinding: opts.nativeBinding } : {}) },
        })
      ).table!,
    agreement: async (read) =>
      (
        await ask({
          format: 'agreement',
          read: { ...read, ...(opts.nativeBinding ? { nativeBinding: opts.nativeBinding } : {}) },
        })
      ).agreement!,
    warm: () => warm,
    async close() {
      const w = worker;
      worker = null;
      if (w) await w.terminate();
    },
  };
}
