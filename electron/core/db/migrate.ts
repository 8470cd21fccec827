/**
 * Migration runner: all pending migrations run in one transaction with the user_version bump,
 * after a backup made with SQLite's backup API (never a file copy, which could tear a WAL database).
 */
import type { Database } from 'better-sqlite3';
import { AppError } from '../../../shared/errors';
import type { Migration } from './migration';
import { MIGRATIONS } from './migrations/index';

/** Writes a backup of `db` (at format `from`) and returns its path: the project's backup store in the app. */
export type BackupBeforeMigration = (db: Database, from: number) => Promise<string>;

export async function migrate(
  db: Database,
  file: string,
  now: () => number,
  migrations: readonly Migration[] = MIGRATIONS,
  takeBackup?: BackupBeforeMigration,
): Promise<{ from: number; to: number; backup: string | null }> {
  const from = db.pragma('user_version', { simple: true }) as number;
  const pending = migrations.filter((m) => m.version > from);
  if (pending.length === 0) return { from, to: from, backup: null };

  let backup: string | null = null;
  if (from > 0 && file !== ':memory:') {
    if (takeBackup) backup = await takeBackup(db, from);
    else {
      backup = `${file}.v${from}-${now()}.backup`;
      await db.backup(backup);
    }
  }
  const to = pending[pending.length - 1]!.version;
  const run = db.transaction(() => {
    for (const m of pending) m.up(db, now());
    // PRAGMA takes no bound parameter; `to` is an integer from our own list.
    db.pragma(`user_version = ${Math.trunc(to)}`);
  });
  try {
    run();
  } catch (err) {
    // A full or failing disk is named by the caller (open.ts), not reported as a broken migration.
    const code = (err as { code?: string }).code ?? '';
    if (code === 'SQLITE_FULL' || code.startsWith('SQLITE_IOERR')) throw err;
    throw new AppError(
      'INTERNAL',
      `Upgrading the project to format ${to} failed; nothing was changed${backup ? ` (a backup is at ${backup})` : ''}: ${(err as Error).message}`,
    );
  }
  return { from, to, backup };
}
