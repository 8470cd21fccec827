/**
 * Opening a file the user named, safely: only a regular file is read — never a FIFO (which would
 * hang), a device such as /dev/zero (endless), a socket or a folder — and its size comes from
 * fstat on the open descriptor, so the file checked is the file read (no swap between check and
 * read). O_NONBLOCK keeps the open itself from waiting on a FIFO with no writer.
 */
import fs from 'node:fs';
import path from 'node:path';
import { AppError } from '../../../shared/errors';

const OPEN_FLAGS = fs.constants.O_RDONLY | (fs.constants.O_NONBLOCK ?? 0);

export interface OpenedFile {
  fd: number;
  size: number;
  close(): void;
}

/** Opens `file` for reading when it is a regular file (a symlink to one is fine); AppError otherwise. */
export function openRegularFile(file: string): OpenedFile {
  const name = path.basename(file);
  let fd: number;
  try {
    fd = fs.openSync(file, OPEN_FLAGS);
  } catch (err) {
    const code = (err as { code?: string }).code;
    if (code === 'EISDIR') throw notRegular(name, 'a folder');
    if (code === 'EACCES' || code === 'EPERM') throw new AppError('IO', `Groundwork is not allowed to read ${name}.`);
    throw new AppError('IO', `${name} could not be found or read.`);
  }
  let stat: fs.Stats;
  try {
    stat = fs.fstatSync(fd);
  } catch {
    fs.closeSync(fd);
    throw new AppError('IO', `${name} could not be read.`);
  }
  if (!stat.isFile()) {
    fs.closeSync(fd);
    throw notRegular(name, kindOf(stat));
  }
  let open = true;
  return {
    fd,
    size: stat.size,
    close: () => {
      if (open) fs.closeSync(fd);
      open = false;
    },
  };
}

/**
 * The whole file, refused with TOO_LARGE (from fstat, before a byte is read) when it passes
 * `maxBytes`. Reads exactly the size fstat gave: a file growing meanwhile is not read on and on.
 */
export function readRegularFile(file: string, maxBytes: number, tooLarge: (size: number) => AppError): Buffer {
  const opened = openRegularFile(file);
  try {
    if (opened.size > maxBytes) throw tooLarge(opened.size);
    const bytes = Buffer.allocUnsafe(opened.size);
    let at = 0;
    while (at < opened.size) {
      const n = fs.readSync(opened.fd, bytes, at, opened.size - at, at);
      if (n === 0) break; // shrank while reading: keep what is there
      at += n;
    }
    return at === opened.size ? bytes : bytes.subarray(0, at);
  } finally {
    opened.close();
  }
}

function kindOf(stat: fs.Stats): string {
  if (stat.isDirectory()) return 'a folder';
  if (stat.isFIFO()) return 'a pipe (FIFO)';
  if (stat.isCharacterDevice() || stat.isBlockDevice()) return 'a device';
  if (stat.isSocket()) return 'a socket';
  return 'not a regular file';
}

function notRegular(name: string, kind: string): AppError {
  return new AppError('IO', `${name} is ${kind}, not a file; Groundwork reads only ordinary files.`);
}
