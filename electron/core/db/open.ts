/**
 * Opening a project file: refuse what is not ours before touching it, then set the pragmas
 * DESIGN.md §3 asks for and bring the schema up to date.
 */
import Database from 'better-sqlite3';
import type { Database as Db } from 'better-sqlite3';
import fs from 'node:fs';
import path from 'node:path';
import { AppError } from '../../../shared/errors';
import { migrate, type BackupBeforeMigration } from './migrate';
import { LATEST_VERSION } from './migrations/index';
import { storageError } from './storageErrors';
import { registerFunctions } from './functions';

/** PRAGMA application_id marks a file as a Groundwork project ("GWK1"). */
export const APPLICATION_ID = 0x47574b31;
const SQLITE_MAGIC = 'SQLite format 3\0';

export interface OpenOptions {
  /** Create a new project; refuses an existing non-empty file. */
  create?: boolean;
  /** Open without writing anything (no pragmas that write, no migration). */
  readonly?: boolean;
  /** Path of a better-sqlite3 binary built for another runtime (Electron). */
  nativeBinding?: string;
  now?: () => number;
  /** Writes the backup taken before a migration (the project's backup store); beside the file when absent. */
  backupBeforeMigration?: BackupBeforeMigration;
}

export async function openProjectDb(file: string, opts: OpenOptions = {}): Promise<Db> {
  const base = path.basename(file);
  if (opts.create) {
    if (fs.existsSync(file) && fs.statSync(file).size > 0) {
      throw new AppError('CONFLICT', `"${base}" already exists. Choose another name or open it instead.`);
    }
    const dir = path.dirname(file);
    if (!fs.existsSync(dir)) throw new AppError('IO', `The folder "${dir}" does not exist.`);
  } else {
    checkHeader(file);
  }

  let db: Db;
  try {
    db = new Database(file, {
      readonly: !!opts.readonly,
      fileMustExist: !opts.create,
      ...(opts.nativeBinding ? { nativeBinding: opts.nativeBinding } : {}),
    });
  } catch (err) {
    throw mapOpenError(err, file);
  }
  registerFunctions(db);

  try {
    const version = db.pragma('user_version', { simple: true }) as number;
    const appId = db.pragma('application_id', { simple: true }) as number;
    if (!opts.create && version === 0 && appId === APPLICATION_ID) {
      throw new AppError(
        'PROJECT_CORRUPT',
        `"${base}" is an unfinished project file: creating it did not complete. Delete it and create the project again.`,
      );
    }
    if (!opts.create && !(version === 0 && appId === 0) && appId !== APPLICATION_ID) {
      throw new AppError('PROJECT_CORRUPT', `"${base}" is an SQLite database, but not a Groundwork project.`);
    }
    if (!opts.create && version === 0) {
      throw new AppError('PROJECT_CORRUPT', `"${base}" is an empty SQLite database, not a Groundwork project.`);
    }
    if (version > LATEST_VERSION) {
      throw new AppError(
        'PROJECT_NEWER',
        `"${base}" was saved by a newer version of Groundwork (format ${version}; this version reads up to ${LATEST_VERSION}). Update Groundwork to open it.`,
      );
    }
    if (opts.readonly) {
      db.pragma('query_only = ON');
      if (version < LATEST_VERSION) {
        throw new AppError('PROJECT_NEWER', `"${base}" uses an older format; open it in the app once to upgrade it.`);
      }
      return db;
    }
    db.pragma('journal_mode = WAL');
    db.pragma('synchronous = FULL');
    db.pragma('foreign_keys = ON');
    db.pragma('busy_timeout = 5000');
    // 64 MiB page cache (the default is 2 MiB): large studies keep their indexes in memory.
    db.pragma('cache_size = -65536');
    if (opts.create) db.pragma(`application_id = ${APPLICATION_ID}`);
    await migrate(db, file, opts.now ?? Date.now, undefined, opts.backupBeforeMigration);
    return db;
  } catch (err) {
    db.close();
    throw mapOpenError(err, file, opts.create ? 'create the project' : 'open the project');
  }
}

/** Refuses what is not a project before SQLite opens it: missing, a folder, empty, not SQLite, truncated. */
export function checkHeader(file: string): void {
  const base = path.basename(file);
  let fd: number;
  try {
    if (fs.statSync(file).isDirectory()) throw Object.assign(new Error('folder'), { code: 'EISDIR' });
    fd = fs.openSync(file, 'r');
  } catch (err) {
    const code = (err as NodeJS.ErrnoException).code;
    if (code === 'ENOENT') throw new AppError('IO', `No project file at "${file}".`);
    if (code === 'EISDIR') throw new AppError('IO', `"${file}" is a folder, not a project file.`);
    if (code === 'EACCES' || code === 'EPERM') throw new AppError('IO', `Groundwork may not read "${file}".`);
    throw new AppError('IO', `"${file}" could not be opened (${code ?? 'unknown error'}).`);
  }
  try {
    if (fs.fstatSync(fd).size === 0) {
      throw new AppError(
        'PROJECT_CORRUPT',
        `"${base}" is empty (0 bytes), so it is not a Groundwork project. It may be a copy or download that did not finish; if it should hold your study, restore it from a backup.`,
      );
    }
    const header = Buffer.alloc(100);
    const read = fs.readSync(fd, header, 0, 100, 0);
    if (read < 100 || header.toString('latin1', 0, 16) !== SQLITE_MAGIC) {
      throw new AppError('PROJECT_CORRUPT', `"${base}" is not a Groundwork project (it is not an SQLite database).`);
    }
    const pageSize = header.readUInt16BE(16) === 1 ? 65536 : header.readUInt16BE(16);
    const pages = header.readUInt32BE(28);
    const size = fs.fstatSync(fd).size;
    // A file shorter than the page count its header claims has lost data (truncated copy, full disk).
    // SQLite trusts that count only when the change counter matches "version-valid-for"; and with a
    // non-empty WAL beside the file (after a crash mid-checkpoint) the header may run ahead of the
    // file until SQLite replays the WAL, so then the check is left to SQLite.
    const headerValid = header.readUInt32BE(24) === header.readUInt32BE(92);
    const wal = `${file}-wal`;
    const walPending = fs.existsSync(wal) && fs.statSync(wal).size > 0;
    if (headerValid && !walPending && pages > 0 && size < pageSize * pages) {
      throw new AppError(
        'PROJECT_CORRUPT',
        `"${base}" is damaged: it is shorter than its own header says (truncated). Restore it from a backup.`,
      );
    }
  } finally {
    fs.closeSync(fd);
  }
}

function mapOpenError(err: unknown, file: string, doing = 'open the project'): AppError {
  if (err instanceof AppError) return err;
  const base = path.basename(file);
  const code = (err as { code?: string }).code ?? '';
  const storage = storageError(err, file, doing);
  if (storage) return storage;
  if (code === 'SQLITE_NOTADB' || code.startsWith('SQLITE_CORRUPT')) {
    return new AppError('PROJECT_CORRUPT', `"${base}" is damaged and cannot be read. Restore it from a backup.`);
  }
  if (code === 'SQLITE_CANTOPEN') return new AppError('IO', `"${base}" could not be opened.`);
  if (code === 'SQLITE_READONLY') return new AppError('IO', `"${base}" is read-only.`);
  if (code === 'SQLITE_BUSY') return new AppError('CONFLICT', `"${base}" is locked by another program.`);
  return new AppError('INTERNAL', `"${base}" could not be opened: ${(err as Error).message}`);
}
