/**
 * A project's backups: whole copies made with SQLite's backup API (consistent while the project is
 * open and being written), kept in a folder beside it, `<project>-backups/`, named by time and
 * reason, pruned by backupPolicy.ts. A backup is written under a `.partial` name and renamed when
 * complete, so a crash or a full disk never leaves a half backup in the list.
 */
import Database from 'better-sqlite3';
import type { Database as Db } from 'better-sqlite3';
import fs from 'node:fs';
import path from 'node:path';
import { BACKUP_REASONS, type BackupEntry, type BackupReason, type ProjectStatus } from '../../../shared/domain/backup';
import { AppError } from '../../../shared/errors';
import type { Logger } from '../context';
import { storageError } from '../db/storageErrors';
import { backupsToKeep, dailyBackupDue } from './backupPolicy';
import { quickCheckFileAsync, SYNC_CHECK_MAX_BYTES } from './integrity';
import { backupInWorker } from './projectWorker';

const NAME = new RegExp(
  `^(\\d{4})-(\\d{2})-(\\d{2})T(\\d{2})-(\\d{2})-(\\d{2})-(\\d{3})Z-(${BACKUP_REASONS.join('|')})\\.backup$`,
);

export interface BackupStoreOptions {
  now: () => number;
  nativeBinding?: string | undefined;
  logger: Logger;
}

/** What a backup comes before, in "Groundwork makes a backup before …". */
export const BACKUP_PURPOSE: Record<BackupReason, string> = {
  daily: 'the daily backup',
  'before-upgrade': 'upgrading the project',
  'before-replace': 'replacing a transcript',
  'before-merge': 'merging tags',
  'before-restore': 'restoring a backup',
  'before-import': 'importing a REFI-QDA project',
  manual: 'backing up',
};

/** project.status when no project is open. */
export const NO_PROJECT_STATUS: ProjectStatus = {
  writable: false,
  reason: null,
  message: null,
  detail: null,
  checking: false,
  offeredBackup: null,
  backupProblem: null,
  backupsFolder: null,
};

export const backupsFolderOf = (projectFile: string): string => `${projectFile}-backups`;

export class BackupStore {
  readonly dir: string;
  private readonly details = new Map<string, { stamp: string; entry: BackupEntry }>();

  constructor(
    readonly projectFile: string,
    private readonly opts: BackupStoreOptions,
  ) {
    this.dir = backupsFolderOf(projectFile);
  }

  /** Newest first, with what each holds (read once per file and remembered). */
  list(): BackupEntry[] {
    return this.names()
      .map((name) => this.describe(name))
      .filter((e): e is BackupEntry => e !== null)
      .sort((a, b) => b.takenAt - a.takenAt || (a.id < b.id ? 1 : -1));
  }

  isDailyDue(): boolean {
    return dailyBackupDue(this.policyEntries(), this.opts.now());
  }

  /** The file of a listed backup; anything else (a path, a name not in the folder) is refused. */
  fileOf(id: string): string {
    if (!NAME.test(id) || !this.names().includes(id)) {
      throw new AppError('NOT_FOUND', 'That backup is no longer in the backups folder.');
    }
    return path.join(this.dir, id);
  }

  /** The newest backup that passes SQLite's quick check (what a damaged project is offered). */
  async latestGood(): Promise<BackupEntry | null> {
    for (const entry of this.list()) {
      if (entry.reason === 'before-restore') continue; // may be the damaged file itself
      if ((await quickCheckFileAsync(path.join(this.dir, entry.id), this.opts.nativeBinding)) === null) return entry;
    }
    return null;
  }

  /**
   * Copies the project through the backup API, then prunes: through the open connection for a
   * small project, in a worker (its own connection, one consistent snapshot) for a large one.
   */
  async take(db: Db, reason: BackupReason): Promise<BackupEntry> {
    const id = this.freshId(reason);
    const final = path.join(this.dir, id);
    const partial = `${final}.partial`;
    try {
      fs.mkdirSync(this.dir, { recursive: true });
      if (projectBytes(this.projectFile) > SYNC_CHECK_MAX_BYTES) {
        await backupInWorker(this.projectFile, partial, {
          nativeBinding: this.opts.nativeBinding,
          rollbackJournal: true,
        });
      } else {
        await db.backup(partial);
        // The copy carries the WAL flag of its source; as a rollback-journal file it can be read
        // later (listing, restore) without leaving -wal/-shm files in the backups folder.
        const copy = new Database(partial, this.binding());
        try {
          copy.pragma('journal_mode = DELETE');
        } finally {
          copy.close();
        }
      }
      fs.renameSync(partial, final);
    } catch (err) {
      for (const f of [partial, `${partial}-wal`, `${partial}-shm`, `${partial}-journal`])
        fs.rmSync(f, { force: true });
      throw storageError(err, final, 'make a backup') ?? err;
    }
    this.prune();
    return this.describe(id)!;
  }

  /**
   * Keeps the project's files byte for byte (the file and its WAL): for a damaged project, where
   * the backup API could not read everything and the WAL may hold transactions a specialist can
   * still recover. Only while no connection has the project open.
   */
  async keepRawCopy(reason: BackupReason): Promise<BackupEntry> {
    const id = this.freshId(reason);
    const final = path.join(this.dir, id);
    try {
      fs.mkdirSync(this.dir, { recursive: true });
      const wal = `${this.projectFile}-wal`;
      if (fs.existsSync(wal) && fs.statSync(wal).size > 0) await fs.promises.copyFile(wal, `${final}-wal`);
      await fs.promises.copyFile(this.projectFile, `${final}.partial`);
      fs.renameSync(`${final}.partial`, final);
    } catch (err) {
      for (const f of [`${final}.partial`, `${final}-wal`]) fs.rmSync(f, { force: true });
      throw storageError(err, final, 'keep a copy of the current project') ?? err;
    }
    return this.describe(id)!;
  }

  /**
   * Replaces the (closed) project file with `source`, a backup: written beside it through the
   * backup API, the project's old `-wal`/`-shm` removed (they belong to the old file and must not
   * meet the new one), then renamed over it. On failure the project file is untouched.
   */
  async writeOver(source: string): Promise<void> {
    const file = this.projectFile;
    const incoming = `${file}.restoring`;
    try {
      if (projectBytes(source) > SYNC_CHECK_MAX_BYTES) {
        await backupInWorker(source, incoming, { nativeBinding: this.opts.nativeBinding, rollbackJournal: false });
      } else {
        const from = new Database(source, { readonly: true, fileMustExist: true, ...this.binding() });
        try {
          await from.backup(incoming);
        } finally {
          from.close();
        }
      }
    } catch (err) {
      fs.rmSync(incoming, { force: true });
      throw storageError(err, incoming, 'restore the backup') ?? err;
    }
    for (const f of [`${file}-wal`, `${file}-shm`]) fs.rmSync(f, { force: true });
    fs.renameSync(incoming, file);
  }

  /** Deletes what the policy no longer keeps. */
  prune(): void {
    const keep = backupsToKeep(this.policyEntries());
    for (const name of this.names()) {
      if (keep.has(name)) continue;
      for (const f of [name, `${name}-wal`, `${name}-shm`, `${name}-journal`])
        fs.rmSync(path.join(this.dir, f), { force: true });
      this.details.delete(name);
    }
  }

  private names(): string[] {
    try {
      return fs.readdirSync(this.dir).filter((n) => NAME.test(n));
    } catch {
      return [];
    }
  }

  private policyEntries() {
    return this.names().map((id) => {
      const [, reason] = parseName(id)!;
      return { id, takenAt: parseName(id)![0], pinned: reason === 'before-restore' };
    });
  }

  private freshId(reason: BackupReason): string {
    const taken = new Set(this.names());
    for (let t = this.opts.now(); ; t++) {
      const id = `${new Date(t).toISOString().replace(/:/g, '-').replace('.', '-')}-${reason}.backup`;
      if (!taken.has(id) && !fs.existsSync(path.join(this.dir, id))) return id;
    }
  }

  private describe(id: string): BackupEntry | null {
    const parsed = parseName(id);
    if (!parsed) return null;
    const file = path.join(this.dir, id);
    let stat: fs.Stats;
    try {
      stat = fs.statSync(file);
    } catch {
      return null;
    }
    const stamp = `${stat.size}:${stat.mtimeMs}`;
    const known = this.details.get(id);
    if (known?.stamp === stamp) return known.entry;
    const entry: BackupEntry = {
      id,
      takenAt: parsed[0],
      reason: parsed[1],
      sizeBytes: stat.size,
      ...readContents(file, this.binding()),
    };
    this.details.set(id, { stamp, entry });
    return entry;
  }

  private binding() {
    return this.opts.nativeBinding ? { nativeBinding: this.opts.nativeBinding } : {};
  }
}

/** The project file and its WAL, in bytes. */
export function projectBytes(file: string): number {
  let total = 0;
  for (const f of [file, `${file}-wal`]) {
    try {
      total += fs.statSync(f).size;
    } catch {
      /* absent */
    }
  }
  return total;
}

function parseName(id: string): [number, BackupReason] | null {
  const m = NAME.exec(id);
  if (!m) return null;
  const [, y, mo, d, h, mi, s, ms, reason] = m;
  return [Date.UTC(+y!, +mo! - 1, +d!, +h!, +mi!, +s!, +ms!), reason as BackupReason];
}

function readContents(
  file: string,
  binding: { nativeBinding?: string },
): Pick<BackupEntry, 'schemaVersion' | 'counts'> {
  let db: Db | null = null;
  try {
    db = new Database(file, { readonly: true, fileMustExist: true, ...binding });
    const schemaVersion = db.pragma('user_version', { simple: true }) as number;
    const counts = db
      .prepare(
        `SELECT (SELECT count(*) FROM interviews) AS interviews, (SELECT count(*) FROM participants) AS participants,
                (SELECT count(*) FROM quotes) AS quotes`,
      )
      .get() as { interviews: number; participants: number; quotes: number };
    return { schemaVersion, counts };
  } catch {
    return { schemaVersion: null, counts: null };
  } finally {
    db?.close();
  }
}

/** A refusal to open a damaged file, pointing to its backups when there are any. */
export function withBackupHint(err: unknown, file: string): unknown {
  if (!(err instanceof AppError) || err.code !== 'PROJECT_CORRUPT') return err;
  const folder = backupsFolderOf(file);
  const backups = fs.existsSync(folder) ? fs.readdirSync(folder).filter((n) => n.endsWith('.backup')) : [];
  if (backups.length === 0) return err;
  return new AppError(
    'PROJECT_CORRUPT',
    `${err.message} Its backups are in "${folder}" (newest: ${backups.sort().at(-1)}).`,
  );
}
