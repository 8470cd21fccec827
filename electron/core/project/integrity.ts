/**
 * SQLite's quick integrity check on open: on a read-only connection, so a damaged file is never
 * written (no checkpoint, no migration) before we know. It costs ~6.7 ms per MB (1.2 s for the
 * 179 MB benchmark corpus), so files above SYNC_CHECK_MAX_BYTES are checked in a worker thread
 * (projectWorker.ts) while the project is already open.
 */
import Database from 'better-sqlite3';
import type { Database as Db } from 'better-sqlite3';
import fs from 'node:fs';
import { quickCheckInWorker } from './projectWorker';

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

/** Checks a closed file (a backup): inline when small, in a worker when large; null when sound. */
export async function quickCheckFileAsync(file: string, nativeBinding?: string): Promise<string | null> {
  let size = 0;
  try {
    size = fs.statSync(file).size;
  } catch (err) {
    return (err as Error).message;
  }
  if (size <= SYNC_CHECK_MAX_BYTES) return quickCheckFile(file, nativeBinding);
  const outcome = await quickCheckInWorker(file, nativeBinding);
  return 'failed' in outcome ? quickCheckFile(file, nativeBinding) : outcome.finding;
}
