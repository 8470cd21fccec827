/**
 * Long file work off the thread that answers the UI: SQLite's quick check and whole-file backups
 * of large projects. (A backup through the main connection is stepped, but its final step syncs
 * the whole copy to disk: ~400 ms of stall for the 179 MB corpus.) Each task gets a worker of a
 * few lines of CommonJS evaluated in place — no extra bundle — that loads the same better-sqlite3
 * module (and Electron's binding) by absolute path, on its own connection.
 */
import fs from 'node:fs';
import { createRequire } from 'node:module';
import { Worker } from 'node:worker_threads';

const WORKER_SOURCE = `
const { parentPort, workerData } = require('node:worker_threads');
const Database = require(workerData.module);
const binding = workerData.nativeBinding ? { nativeBinding: workerData.nativeBinding } : {};
const run = async () => {
  if (workerData.task === 'check') {
    let db = null;
    try {
      db = new Database(workerData.file, Object.assign({ readonly: true, fileMustExist: true }, binding));
      const rows = db.pragma('quick_check(3)').map((r) => r.quick_check).filter((r) => r !== 'ok');
      return { finding: rows.length ? rows.join('; ') : null };
    } catch (err) {
      return { finding: String(err && err.message ? err.message : err) };
    } finally {
      if (db) db.close();
    }
  }
  // backup: one step, so the copy is one consistent snapshot however the app writes meanwhile.
  const source = new Database(workerData.source, Object.assign({ readonly: true, fileMustExist: true }, binding));
  try {
    await source.backup(workerData.dest, { progress: () => 0x7fffffff });
  } finally {
    source.close();
  }
  if (workerData.rollbackJournal) {
    const copy = new Database(workerData.dest, binding);
    try { copy.pragma('journal_mode = DELETE'); } finally { copy.close(); }
  }
  return { done: true };
};
run().then((r) => parentPort.postMessage(r), (err) => parentPort.postMessage({ error: { message: String(err && err.message), code: err && err.code } }));
`;

type Reply = { finding: string | null } | { done: true } | { error: { message: string; code?: string } };

/**
 * better-sqlite3's entry, by absolute path. In a packaged app it is unpacked beside app.asar
 * (electron-builder.yml asarUnpack), and a worker reads the plain file rather than relying on
 * asar support in worker threads; it needs no other package when given Electron's binding.
 */
function sqliteModule(): string {
  const resolved = createRequire(import.meta.url).resolve('better-sqlite3');
  const unpacked = resolved.replace(/app\.asar([\\/])/, 'app.asar.unpacked$1');
  return unpacked !== resolved && fs.existsSync(unpacked) ? unpacked : resolved;
}

function runTask(data: Record<string, unknown>): Promise<Reply> {
  const module = sqliteModule();
  return new Promise((resolve) => {
    const worker = new Worker(WORKER_SOURCE, { eval: true, workerData: { ...data, module } });
    let answered = false;
    const answer = (reply: Reply) => {
      if (answered) return;
      answered = true;
      resolve(reply);
    };
    worker.once('message', answer);
    worker.once('error', (err) => answer({ error: { message: err.message } }));
    worker.once('exit', () => answer({ error: { message: 'the worker stopped' } }));
  });
}

export type CheckOutcome = { finding: string | null } | { failed: string };

/** Checks `file` in a worker: a finding (null when sound), or why the check could not run. */
export async function quickCheckInWorker(file: string, nativeBinding?: string): Promise<CheckOutcome> {
  const reply = await runTask({ task: 'check', file, nativeBinding });
  return 'finding' in reply
    ? { finding: reply.finding }
    : { failed: 'error' in reply ? reply.error.message : 'no answer' };
}

/**
 * Copies the committed state of `source` to `dest` with the backup API in a worker; with
 * `rollbackJournal` the copy is switched to a rollback journal (no -wal/-shm when read later).
 * Rejects with the SQLite error (its code kept, so a full disk can be named).
 */
export async function backupInWorker(
  source: string,
  dest: string,
  opts: { nativeBinding?: string | undefined; rollbackJournal: boolean },
): Promise<void> {
  const reply = await runTask({
    task: 'backup',
    source,
    dest,
    nativeBinding: opts.nativeBinding,
    rollbackJournal: opts.rollbackJournal,
  });
  if ('error' in reply)
    throw Object.assign(new Error(reply.error.message), reply.error.code ? { code: reply.error.code } : {});
}
