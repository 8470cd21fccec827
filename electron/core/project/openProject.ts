/**
 * Opening a project for a session, safely: refuse what is not a project, take the writer lock,
 * look for damage before anything writes (WAL check, quick check on a read-only connection), and
 * fall back to read-only — with a sentence saying why — for read-only files and folders and for
 * damaged projects. Only then does a read-write connection open and migrate (after a backup).
 */
import Database from 'better-sqlite3';
import type { Database as Db } from 'better-sqlite3';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import type { ReadOnlyReason } from '../../../shared/domain/backup';
import { AppError } from '../../../shared/errors';
import { registerFunctions } from '../db/functions';
import { checkHeader, openProjectDb } from '../db/open';
import { LATEST_VERSION } from '../db/migrations/index';
import { BackupStore } from './backups';
import { quickCheck, SYNC_CHECK_MAX_BYTES } from './integrity';
import { ProjectLock, lockedError, type LockOwner } from './lock';
import { checkWal } from './walCheck';
import type { Logger } from '../context';

export interface ReadOnlyState {
  reason: ReadOnlyReason;
  message: string;
  /** Technical detail (SQLite's finding), shown on request. */
  detail?: string;
}

export interface OpenedProject {
  file: string;
  db: Db;
  /** Held for the whole session when the project may be written (and while it is damaged). */
  lock: ProjectLock | null;
  readOnly: ReadOnlyState | null;
  backups: BackupStore;
  /** The file is large: its quick check is still to be run (in the background). */
  needsBackgroundCheck: boolean;
  /** A temporary copy read instead of the file (read-only folders); removed on close. */
  snapshotDir: string | null;
}

export interface ProjectOpenOptions {
  owner: LockOwner;
  now: () => number;
  logger: Logger;
  nativeBinding?: string | undefined;
  /** Files up to this size are checked before opening; larger ones in the background. */
  syncCheckMaxBytes?: number;
  /** Reopen under a lock this session already holds (after a restore). */
  heldLock?: ProjectLock;
}

export async function openExistingProject(file: string, opts: ProjectOpenOptions): Promise<OpenedProject> {
  if (!opts.heldLock && ProjectLock.heldHere(file)) throw lockedError(file, ProjectLock.heldHere(file));
  checkHeader(file);
  const backups = new BackupStore(file, { now: opts.now, logger: opts.logger, nativeBinding: opts.nativeBinding });
  const base = path.basename(file);

  const access = writeAccess(file);
  if (access !== 'ok') {
    return openReadOnly(file, backups, access, readOnlyMessage(access, base), opts);
  }
  let lock: ProjectLock | null = opts.heldLock ?? null;
  try {
    lock ??= await ProjectLock.acquire(file, opts.owner, { nativeBinding: opts.nativeBinding, now: opts.now });
  } catch (err) {
    // The folder looked writable but is not (a read-only mount): read it instead.
    if (err instanceof AppError && err.code === 'READ_ONLY') {
      return openReadOnly(file, backups, 'folder-readonly', readOnlyMessage('folder-readonly', base), opts);
    }
    throw err;
  }
  try {
    const wal = checkWal(`${file}-wal`);
    if (wal.droppedCommits > 0) {
      const message =
        `The latest changes to "${base}" cannot all be read back: its change log ("${base}-wal") is damaged, ` +
        `and ${wal.droppedCommits} saved change${wal.droppedCommits === 1 ? '' : 's'} after the damage would be lost if Groundwork went on writing. ` +
        'It opened the project read-only and left both files as they are. Restore a backup, or keep both files for a specialist to recover.';
      return await openReadOnly(file, backups, 'damaged-wal', message, opts, lock);
    }
    const size = fileSize(file) + fileSize(`${file}-wal`);
    const small = size <= (opts.syncCheckMaxBytes ?? SYNC_CHECK_MAX_BYTES);
    if (small) {
      const finding = checkReadOnly(file, opts.nativeBinding);
      if (finding)
        return await openReadOnly(file, backups, 'damaged', damagedMessage(base), opts, lock, cleanFinding(finding));
    }
    const db = await openProjectDb(file, {
      nativeBinding: opts.nativeBinding,
      now: opts.now,
      backupBeforeMigration: async (source, from) =>
        path.join(backups.dir, (await migrationBackup(backups, source, from)).id),
    });
    return { file, db, lock, readOnly: null, backups, needsBackgroundCheck: !small, snapshotDir: null };
  } catch (err) {
    if (!opts.heldLock) lock.release();
    throw err;
  }
}

/** A damaged project's read-only connection or a read-only file's: never writes, never checkpoints. */
export async function openReadOnly(
  file: string,
  backups: BackupStore,
  reason: ReadOnlyReason,
  message: string,
  opts: Pick<ProjectOpenOptions, 'nativeBinding'>,
  lock: ProjectLock | null = null,
  detail?: string,
): Promise<OpenedProject> {
  let snapshotDir: string | null = null;
  let source = file;
  if (reason === 'folder-readonly') {
    // SQLite cannot read a WAL-mode file in a folder where it may not create its -shm index, so
    // read a private copy (the folder being read-only, nobody is writing it).
    snapshotDir = fs.mkdtempSync(path.join(os.tmpdir(), 'groundwork-readonly-'));
    source = path.join(snapshotDir, path.basename(file));
    fs.copyFileSync(file, source);
    if (fs.existsSync(`${file}-wal`)) fs.copyFileSync(`${file}-wal`, `${source}-wal`);
  }
  try {
    const db = new Database(source, {
      readonly: true,
      fileMustExist: true,
      ...(opts.nativeBinding ? { nativeBinding: opts.nativeBinding } : {}),
    });
    db.pragma('query_only = ON');
    registerFunctions(db);
    return {
      file,
      db,
      lock,
      readOnly: { reason, message, ...(detail ? { detail } : {}) },
      backups,
      needsBackgroundCheck: false,
      snapshotDir,
    };
  } catch (err) {
    if (snapshotDir) fs.rmSync(snapshotDir, { recursive: true, force: true });
    const code = (err as { code?: string }).code ?? '';
    if (code.startsWith('SQLITE_CORRUPT') || code === 'SQLITE_NOTADB') {
      throw new AppError(
        'PROJECT_CORRUPT',
        `"${path.basename(file)}" is damaged and cannot be read. Restore it from a backup.`,
      );
    }
    throw new AppError(
      'IO',
      `"${path.basename(file)}" could not be opened for reading (${code || (err as Error).message}).`,
    );
  }
}

export function damagedMessage(base: string): string {
  return (
    `"${base}" is damaged: SQLite's integrity check found errors in it. Groundwork opened it read-only so that nothing more is lost. ` +
    'Restore the latest good backup, or keep a copy of the file and ask for help.'
  );
}

/** SQLite's finding on one line, without its "*** in database main ***" preamble. */
export function cleanFinding(finding: string): string {
  return finding
    .replace(/\*\*\* in database \w+ \*\*\*/g, '')
    .replace(/\s+/g, ' ')
    .trim()
    .slice(0, 500);
}

export function readOnlyMessage(reason: 'file-readonly' | 'folder-readonly', base: string): string {
  return reason === 'file-readonly'
    ? `This project file is read-only, so Groundwork opened it for reading: you can read and export, but changes cannot be saved. To work in it, make "${base}" writable and open it again.`
    : `The folder holding "${base}" is read-only, so Groundwork opened it for reading: you can read and export, but changes cannot be saved. To work in it, copy it to a folder you can write to.`;
}

/** 'ok', or why this process may not write the project. */
function writeAccess(file: string): 'ok' | 'file-readonly' | 'folder-readonly' {
  const writable = (p: string) => {
    try {
      fs.accessSync(p, fs.constants.W_OK);
      return true;
    } catch {
      return false;
    }
  };
  if (!writable(path.dirname(file))) return 'folder-readonly';
  if (!writable(file)) return 'file-readonly';
  return 'ok';
}

function checkReadOnly(file: string, nativeBinding: string | undefined): string | null {
  let db: Db | null = null;
  try {
    db = new Database(file, { readonly: true, fileMustExist: true, ...(nativeBinding ? { nativeBinding } : {}) });
    return quickCheck(db);
  } catch (err) {
    const code = (err as { code?: string }).code ?? '';
    if (code.startsWith('SQLITE_CORRUPT') || code === 'SQLITE_NOTADB') return (err as Error).message;
    throw err;
  } finally {
    db?.close();
  }
}

async function migrationBackup(backups: BackupStore, db: Db, from: number) {
  try {
    return await backups.take(db, 'before-upgrade');
  } catch (err) {
    const why = err instanceof AppError ? err.message : (err as Error).message;
    throw new AppError(
      'IO',
      `Groundwork makes a backup before it upgrades a project (format ${from}), and that failed: ${why}`,
    );
  }
}

function fileSize(file: string): number {
  try {
    return fs.statSync(file).size;
  } catch {
    return 0;
  }
}

/** The first sentence of a refusal on a read-only project. */
export function readOnlyHeadline(reason: string): string {
  switch (reason) {
    case 'file-readonly':
      return 'This project file is read-only.';
    case 'folder-readonly':
      return 'The folder holding this project is read-only.';
    default:
      return 'This project is damaged, so Groundwork opened it read-only.';
  }
}

/** Closes what openExistingProject or openReadOnly opened (and its lock, unless kept). */
export function closeOpened(p: OpenedProject, releaseLock = true): void {
  try {
    p.db.close();
  } finally {
    if (releaseLock) p.lock?.release();
    if (p.snapshotDir) fs.rmSync(p.snapshotDir, { recursive: true, force: true });
  }
}

/** Takes away what a failed create made: the file (or back to empty, if it was), its sidecars. */
export function removeCreated(file: string, existed: boolean): void {
  for (const f of [`${file}-wal`, `${file}-shm`, `${file}-journal`]) fs.rmSync(f, { force: true });
  if (existed) fs.truncateSync(file, 0);
  else fs.rmSync(file, { force: true });
}

function isWritable(p: string): boolean {
  try {
    fs.accessSync(p, fs.constants.W_OK);
    return true;
  } catch {
    return false;
  }
}

/**
 * For read-only commands (`info`, exports): no lock, no migration, no checkpoint, nothing deleted —
 * a writer elsewhere keeps working. An older format is refused (it needs upgrading first).
 */
export async function openForReading(
  file: string,
  backups: BackupStore,
  opts: Pick<ProjectOpenOptions, 'nativeBinding'>,
): Promise<OpenedProject> {
  const held = ProjectLock.heldHere(file);
  if (held) throw lockedError(file, held);
  checkHeader(file);
  const reason = isWritable(path.dirname(file)) ? 'file-readonly' : 'folder-readonly';
  const opened = await openReadOnly(file, backups, reason, readOnlyMessage(reason, path.basename(file)), opts);
  const version = opened.db.pragma('user_version', { simple: true }) as number;
  if (version !== LATEST_VERSION) {
    closeOpened(opened);
    throw new AppError(
      'PROJECT_NEWER',
      version > LATEST_VERSION
        ? `"${path.basename(file)}" was saved by a newer version of Groundwork (format ${version}; this version reads up to ${LATEST_VERSION}). Update Groundwork to open it.`
        : `"${path.basename(file)}" uses an older format; open it in the app once to upgrade it.`,
    );
  }
  return opened;
}
