/**
 * One writer per project: an operating-system lock on a sidecar file (`<project>-lock`), held for
 * the whole session and released by the OS when the process ends, however it ends.
 *
 * The sidecar is a tiny SQLite database. Its holder keeps a write transaction open (SQLite's
 * RESERVED lock: fcntl on POSIX, LockFileEx on Windows), which a second writer cannot take, while
 * it can still read the row that says who holds it — so a refusal names the holder. Node has no
 * flock, a pid file is not released on a crash, and `locking_mode=EXCLUSIVE` on the project itself
 * would also shut out read-only commands (`info`, exports) and could not say who holds it.
 * docs/architecture.md (One writer per project) has the measurements.
 */
import Database from 'better-sqlite3';
import type { Database as Db } from 'better-sqlite3';
import { randomUUID } from 'node:crypto';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { AppError } from '../../../shared/errors';

/** Who opens a project for writing, in words for the refusal another opener shows. */
export interface LockOwner {
  /** "the Groundwork app", "the Groundwork web host", "`groundwork import`"… */
  what: string;
  /** A short command (info's tidy-up): others wait a moment for it instead of being refused. */
  brief?: boolean;
}

export interface LockHolder {
  what: string;
  pid: number;
  host: string;
  since: number;
  brief: boolean;
}

export interface LockOptions {
  nativeBinding?: string | undefined;
  now?: () => number;
  /** How long to wait for a brief holder (`info` tidying up) before refusing. */
  waitForBriefMs?: number;
}

/** Lock files of this process, so a second opener here is refused before touching any file. */
const locksOfThisProcess = new Map<string, LockHolder>();

type Outcome = ProjectLock | { holder: LockHolder | null; retry: boolean };

export const lockFileOf = (projectFile: string): string => `${projectFile}-lock`;

export class ProjectLock {
  private released = false;

  private constructor(
    private readonly db: Db,
    readonly projectFile: string,
    readonly holder: LockHolder,
  ) {}

  /** Takes the lock or throws PROJECT_LOCKED with a sentence naming the holder. */
  static async acquire(projectFile: string, owner: LockOwner, opts: LockOptions = {}): Promise<ProjectLock> {
    const file = path.resolve(projectFile);
    const here = locksOfThisProcess.get(file);
    if (here) throw lockedError(file, here);
    const lockFile = lockFileOf(file);
    const deadline = Date.now() + (opts.waitForBriefMs ?? 2000);
    for (let attempt = 0; ; attempt++) {
      const outcome = ProjectLock.tryAcquire(file, lockFile, owner, opts);
      if (outcome instanceof ProjectLock) {
        locksOfThisProcess.set(file, outcome.holder);
        return outcome;
      }
      const holder = outcome.holder;
      // A brief holder (info tidying up) is done in milliseconds; a race of two openers resolves at once.
      const worthWaiting = outcome.retry || (holder?.brief ?? false);
      if (!worthWaiting || Date.now() > deadline || attempt > 400) throw lockedError(file, holder);
      await new Promise((resolve) => setTimeout(resolve, outcome.retry ? 5 : 25));
    }
  }

  /** The holder, when this very process holds the lock of `projectFile`. */
  static heldHere(projectFile: string): LockHolder | null {
    return locksOfThisProcess.get(path.resolve(projectFile)) ?? null;
  }

  /** Who holds the lock of `projectFile` now, or null when nobody does (or it cannot be read). */
  static holderOf(projectFile: string, opts: Pick<LockOptions, 'nativeBinding'> = {}): LockHolder | null {
    const lockFile = lockFileOf(path.resolve(projectFile));
    if (!fs.existsSync(lockFile)) return null;
    let db: Db | null = null;
    try {
      db = new Database(lockFile, {
        readonly: true,
        timeout: 200,
        ...(opts.nativeBinding ? { nativeBinding: opts.nativeBinding } : {}),
      });
      return readHolder(db);
    } catch {
      return null;
    } finally {
      db?.close();
    }
  }

  private static tryAcquire(file: string, lockFile: string, owner: LockOwner, opts: LockOptions): Outcome {
    let db: Db;
    try {
      db = new Database(lockFile, { timeout: 0, ...(opts.nativeBinding ? { nativeBinding: opts.nativeBinding } : {}) });
    } catch (err) {
      throw lockFileError(file, err);
    }
    const opened = inode(lockFile);
    const fail = (outcome: { holder: LockHolder | null; retry: boolean }): Outcome => {
      db.close();
      return outcome;
    };
    try {
      try {
        db.exec('BEGIN IMMEDIATE');
      } catch (err) {
        if (!isBusy(err)) throw err;
        return fail({ holder: readHolderPatiently(db), retry: false });
      }
      // Ours: write who we are (a commit needs a moment of exclusive access, so wait for readers).
      const nonce = randomUUID();
      const holder: LockHolder = {
        what: owner.what,
        pid: process.pid,
        host: os.hostname(),
        since: (opts.now ?? Date.now)(),
        brief: !!owner.brief,
      };
      db.exec(
        `CREATE TABLE IF NOT EXISTS holder (id INTEGER PRIMARY KEY CHECK (id = 1), what TEXT NOT NULL, pid INTEGER NOT NULL,
           host TEXT NOT NULL, since INTEGER NOT NULL, brief INTEGER NOT NULL, nonce TEXT NOT NULL)`,
      );
      db.prepare(
        'INSERT OR REPLACE INTO holder (id, what, pid, host, since, brief, nonce) VALUES (1, ?, ?, ?, ?, ?, ?)',
      ).run(holder.what, holder.pid, holder.host, holder.since, holder.brief ? 1 : 0, nonce);
      db.pragma('busy_timeout = 2000');
      db.exec('COMMIT');
      db.pragma('busy_timeout = 0');
      // Between COMMIT and this BEGIN another opener may win; then it is the holder and we are refused.
      try {
        db.exec('BEGIN IMMEDIATE');
      } catch (err) {
        if (!isBusy(err)) throw err;
        return fail({ holder: null, retry: true });
      }
      const row = db.prepare('SELECT nonce FROM holder WHERE id = 1').get() as { nonce: string } | undefined;
      const now = inode(lockFile);
      if (row?.nonce !== nonce || opened === null || now !== opened) {
        // Someone took and let go in between, or the file we locked was unlinked by its last holder.
        db.exec('ROLLBACK');
        return fail({ holder: null, retry: true });
      }
      return new ProjectLock(db, file, holder);
    } catch (err) {
      try {
        db.close();
      } catch {
        /* already closed */
      }
      if (err instanceof AppError) throw err;
      throw lockFileError(file, err);
    }
  }

  /**
   * Lets go. The sidecar is unlinked while still locked, so anyone who opened it before can tell
   * (after taking it) that the path now names another file, and tries again; then the OS lock ends.
   */
  release(): void {
    if (this.released) return;
    this.released = true;
    locksOfThisProcess.delete(this.projectFile);
    try {
      fs.rmSync(lockFileOf(this.projectFile), { force: true });
    } catch {
      /* Windows keeps open files; the next holder reuses it */
    }
    try {
      this.db.exec('ROLLBACK');
    } catch {
      /* not in a transaction */
    }
    this.db.close();
  }
}

function readHolder(db: Db): LockHolder | null {
  const row = db.prepare('SELECT what, pid, host, since, brief FROM holder WHERE id = 1').get() as
    { what: string; pid: number; host: string; since: number; brief: number } | undefined;
  return row ? { what: row.what, pid: row.pid, host: row.host, since: row.since, brief: row.brief === 1 } : null;
}

/** The holder may be committing its row this very moment: give the read a little time. */
function readHolderPatiently(db: Db): LockHolder | null {
  try {
    db.pragma('busy_timeout = 500');
    return readHolder(db);
  } catch {
    return null;
  }
}

function inode(file: string): number | null {
  try {
    return fs.statSync(file).ino;
  } catch {
    return null;
  }
}

function isBusy(err: unknown): boolean {
  const code = (err as { code?: string }).code ?? '';
  return code.startsWith('SQLITE_BUSY') || code.startsWith('SQLITE_LOCKED');
}

function lockFileError(file: string, err: unknown): AppError {
  const code = (err as { code?: string }).code ?? '';
  if (code.startsWith('SQLITE_READONLY') || code.startsWith('SQLITE_CANTOPEN')) {
    return new AppError('READ_ONLY', `The folder of "${path.basename(file)}" is read-only.`);
  }
  if (code === 'SQLITE_FULL')
    return new AppError(
      'IO',
      'The disk is full: Groundwork could not open the project. Free some space and try again.',
    );
  return new AppError(
    'IO',
    `"${path.basename(file)}" could not be locked for writing (${code || (err as Error).message}).`,
  );
}

export function lockedError(file: string, holder: LockHolder | null): AppError {
  const base = path.basename(file);
  if (!holder) {
    return new AppError(
      'PROJECT_LOCKED',
      `"${base}" is already open for writing in another Groundwork window or program. A project can be open in one place at a time: close it there, then try again.`,
    );
  }
  const machine = holder.host === os.hostname() ? '' : ` on the computer "${holder.host}"`;
  const who =
    holder.pid === process.pid && !machine
      ? 'this Groundwork process'
      : `${holder.what} (process ${holder.pid}${machine}, since ${clockTime(holder.since)})`;
  return new AppError(
    'PROJECT_LOCKED',
    `"${base}" is already open in ${who}. A project can be open in one place at a time: close it there, then try again.`,
  );
}

function clockTime(at: number): string {
  const d = new Date(at);
  const sameDay = d.toDateString() === new Date().toDateString();
  const time = d.toLocaleTimeString(undefined, { hour: '2-digit', minute: '2-digit' });
  return sameDay ? time : `${d.toLocaleDateString(undefined, { day: 'numeric', month: 'short' })} ${time}`;
}
