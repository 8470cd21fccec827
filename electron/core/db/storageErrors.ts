/**
 * Disk trouble in words a researcher understands. SQLite says SQLITE_FULL only for some writes; a
 * full disk met while growing the WAL index or syncing surfaces as "disk I/O error", so an I/O error
 * is checked against the free space of the project's folder before it is named.
 */
import fs from 'node:fs';
import path from 'node:path';
import { AppError } from '../../../shared/errors';

/** Below this much free space an I/O error is taken to be a full disk. */
const NEARLY_FULL_BYTES = 1024 * 1024;

export function errorCode(err: unknown): string {
  const code = (err as { code?: unknown }).code;
  return typeof code === 'string' ? code : '';
}

/** Free bytes on the volume holding `file` (or its nearest existing folder); null when unknown. */
export function freeBytes(file: string): number | null {
  let dir = path.dirname(path.resolve(file));
  while (!fs.existsSync(dir) && path.dirname(dir) !== dir) dir = path.dirname(dir);
  try {
    const s = fs.statfsSync(dir);
    return Number(s.bavail) * Number(s.bsize);
  } catch {
    return null;
  }
}

export function isDiskFull(err: unknown, file: string | null): boolean {
  const code = errorCode(err);
  if (code === 'SQLITE_FULL' || code === 'ENOSPC') return true;
  if (file && code.startsWith('SQLITE_IOERR')) {
    const free = freeBytes(file);
    return free !== null && free < NEARLY_FULL_BYTES;
  }
  return false;
}

/**
 * An AppError for a storage failure while `doing` ("save this change", "create the project"), or
 * null when the error is not about storage.
 */
export function storageError(err: unknown, file: string | null, doing: string): AppError | null {
  const code = errorCode(err);
  if (isDiskFull(err, file)) {
    return new AppError(
      'IO',
      `The disk is full, so Groundwork could not ${doing}; nothing was changed. Free some space on the disk and try again.`,
    );
  }
  if (code.startsWith('SQLITE_READONLY') || code === 'EROFS') {
    return new AppError(
      'READ_ONLY',
      `This project file is read-only, so Groundwork could not ${doing}; nothing was changed.`,
    );
  }
  if (code === 'EACCES' || code === 'EPERM') {
    return new AppError(
      'IO',
      `Groundwork is not allowed to write here, so it could not ${doing}; nothing was changed.`,
    );
  }
  if (code.startsWith('SQLITE_IOERR') || code === 'EIO') {
    return new AppError(
      'IO',
      `The disk reported an error, so Groundwork could not ${doing} (${code}). Check that the drive is still connected and has space, then try again.`,
    );
  }
  return null;
}
