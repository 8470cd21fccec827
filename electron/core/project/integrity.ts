/**
 * SQLite's quick integrity check on open: on a read-only connection, so a damaged file is never
 * written (no checkpoint, no migration) before we know. It costs ~6.7 ms per MB (1.2 s for the
 * 179 MB benchmark corpus), so files above SYNC_CHECK_MAX_BYTES are checked in a worker thread
 * while the project is already open.
 */
import Database from 'better-sqlite3';
import type { Database as Db } from 'better-sqlite3';
import { createRequire } from 'node:module';
import { Worker } from 'node:worker_threads';

/** ~55 ms of checking: above this the check runs in the background. */
export const SYNC_CHECK_MAX_BYTES = 8 * 1024 * 1024;

/** null when the file is sound, else SQLite's first finding. */
export function quickCheck(db: Db): string | null {
  try {
    const rows = db.pragma('quick_check(3)') as { quick_check: string }[];
    const findings = rows.map((r) => r.quick_check).filter((r) => r !== 'ok');
    return findings.length ? findings.join('; ') : null;
  } catch (err) {
    return (err as Error).message;
  }
}

/** Opens `file` read-only and checks it; null when sound. */
export function quickCheckFile(file: string, nativeBinding?: string): string | null {
  let db: Db | null = null;
  try {
    db = new Database(file, { readonly: true, fileMustExist: true, ...(nativeBinding ? { nativeBinding } : {}) });
    return quickCheck(db);
  } catch (err) {
    return (err as Error).message;
  } finally {
    db?.close();
  }
}

// The worker is a few lines of CommonJS evaluated in place, so no extra bundle is needed: it loads
// the same better-sqlite3 module (and Electron's binding) by absolute path.
const WORKER_SOURCE = `
const { parentPort, workerData } = require('node:worker_threads');
const Database = require(workerData.module);
let db = null;
try {
  db = new Database(workerData.file, Object.assign({ readonly: true, fileMustExist: true },
    workerData.nativeBinding ? { nativeBinding: workerData.nativeBinding } : {}));
  const rows = db.pragma('quick_check(3)').map((r) => r.quick_check).filter((r) => r !== 'ok');
  parentPort.postMessage(rows.length ? rows.join('; ') : null);
} catch (err) {
  parentPort.postMessage(String(err && err.message ? err.message : err));
} finally {
  if (db) db.close();
}
`;

export type CheckOutcome = { finding: string | null } | { failed: string };

/** Checks `file` in a worker thread: a finding (null when sound), or why the check could not run. */
export function quickCheckInWorker(file: string, nativeBinding?: string): Promise<CheckOutcome> {
  const module = createRequire(import.meta.url).resolve('better-sqlite3');
  return new Promise((resolve) => {
    const worker = new Worker(WORKER_SOURCE, { eval: true, workerData: { file, nativeBinding, module } });
    let answered = false;
    const answer = (outcome: CheckOutcome) => {
      if (answered) return;
      answered = true;
      resolve(outcome);
    };
    worker.once('message', (finding: string | null) => answer({ finding }));
    worker.once('error', (err) => answer({ failed: err.message }));
    worker.once('exit', () => answer({ failed: 'the check stopped' }));
  });
}
