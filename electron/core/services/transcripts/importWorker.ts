/**
 * Worker-thread entry of the import (DESIGN.md habit 7): parses a file, keeps the parsed turns for
 * the preview's lifetime, and stores them through its own connection to the project, in one
 * transaction, reporting progress. Requests and replies are typed in importer.ts.
 */
import { createHash, randomUUID } from 'node:crypto';
import { parentPort } from 'node:worker_threads';
import { AppError, isAppError } from '../../../../shared/errors';
import { silentLogger, type ProjectContext } from '../../context';
import { openSecondaryConnection } from '../../db/secondary';
import { parseTranscript } from '../import/index';
import { commitTranscript } from './commit';
import type { CommittedInWorker, StagedSummary, WorkerError, WorkerReply, WorkerRequest } from './importer';
import { StagingArea } from './staging';
import { likelyInterviewer } from './suggest';
import { documentStaging, runDocumentCall } from '../documents/calls';

/** Previews hold their turns here; past ~400,000 turns in all, the oldest previews expire (memory). */
const staging = new StagingArea(() => Date.now(), randomUUID, 200, 6 * 60 * 60 * 1000, 400_000);
const PROGRESS_EVERY = 5_000;
/** Staged document tables (services/documents/calls.ts), read and kept here like parsed transcripts. */
const documents = documentStaging();

const reply = (message: WorkerReply) => parentPort!.postMessage(message);

parentPort?.on('message', (msg: WorkerRequest) => {
  void handle(msg).then(
    (value) => reply({ id: msg.id, ok: true, value }),
    (err: unknown) => reply({ id: msg.id, ok: false, error: toWire(err, msg) }),
  );
});

async function handle(msg: WorkerRequest): Promise<unknown> {
  switch (msg.op) {
    case 'stage': {
      const parsed = await parseTranscript(msg.bytes, msg.fileName);
      const contentSha256 = createHash('sha256').update(msg.bytes).digest('hex');
      const entry = staging.put(msg.fileName, msg.bytes.byteLength, parsed, contentSha256);
      const summary: StagedSummary = {
        stagingId: entry.id,
        fileName: msg.fileName,
        sizeBytes: msg.bytes.byteLength,
        format: parsed.format,
        flavour: parsed.flavour ?? null,
        encoding: parsed.encoding,
        turnCount: parsed.turns.length,
        durationMs: parsed.durationMs,
        warnings: parsed.warnings,
        preview: parsed.preview,
        speakers: parsed.speakers,
        asker: likelyInterviewer(parsed),
        preface: parsed.preface,
        contentSha256,
      };
      return summary;
    }
    case 'commit': {
      const entry = staging.get(msg.stagingId);
      if (!entry) throw new AppError('NOT_FOUND', 'This preview has expired. Add the file again.');
      const total = entry.parsed.turns.length;
      const events: CommittedInWorker['events'] = [];
      // Opened per commit: it never outlives the project the app has open.
      const db = openSecondaryConnection(msg.projectPath, msg.nativeBinding);
      let guids = 0;
      try {
        const ctx: ProjectContext = {
          db,
          projectPath: msg.projectPath,
          clock: { now: () => msg.at },
          // Every stored turn takes one GUID: counting them is the progress, without touching commit.ts.
          newGuid: () => {
            if (++guids % PROGRESS_EVERY === 0)
              reply({ id: msg.id, progress: { done: Math.min(guids, total), total } });
            return randomUUID();
          },
          logger: silentLogger,
          emit: (name, payload) => events.push({ name, payload }),
        };
        const result = commitTranscript(ctx, entry, msg.target, msg.mappings, msg.options);
        staging.discard(msg.stagingId);
        const committed: CommittedInWorker = { result, events };
        return committed;
      } finally {
        db.close();
      }
    }
    case 'discard':
      return staging.discard(msg.stagingId);
    case 'document': {
      const events: CommittedInWorker['events'] = [];
      let db: ReturnType<typeof openSecondaryConnection> | null = null;
      // A connection only for the steps that read or write the project, closed when the step ends.
      const ctx = (): ProjectContext => {
        db ??= openSecondaryConnection(msg.projectPath, msg.nativeBinding);
        return {
          db,
          projectPath: msg.projectPath,
          clock: { now: () => msg.at },
          newGuid: randomUUID,
          logger: silentLogger,
          emit: (name, payload) => events.push({ name, payload }),
        };
      };
      try {
        const value = await runDocumentCall(documents, msg.call, ctx);
        return { value, events };
      } finally {
        (db as ReturnType<typeof openSecondaryConnection> | null)?.close();
      }
    }
  }
}

function toWire(err: unknown, msg: WorkerRequest): WorkerError {
  if (isAppError(err)) return err.toWire();
  const code = (err as { code?: unknown }).code;
  // SQLite and file-system codes go back as they are, for the dispatcher's one mapping.
  if (typeof code === 'string') return { sqlite: code, message: (err as Error).message };
  if (msg.op === 'document')
    return new AppError(
      'INTERNAL',
      `${msg.call.step === 'stage' ? msg.call.fileName : 'The document'} could not be read.`,
    ).toWire();
  const name = msg.op === 'stage' ? msg.fileName : 'The transcript';
  return new AppError(
    msg.op === 'stage' ? 'PARSE' : 'INTERNAL',
    `${name} could not be ${msg.op === 'stage' ? 'read as a transcript' : 'stored'}.`,
  ).toWire();
}
