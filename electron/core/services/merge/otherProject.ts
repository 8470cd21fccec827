/**
 * The colleague's project, read from a private copy: the file (and its WAL, which may hold their
 * latest work) is copied into a temporary folder first, so nothing — not even SQLite's `-shm` index —
 * is ever written beside their file, and a project in an older format can be upgraded in the copy.
 * The copy is checked and opened like any project (header, application id, format).
 */
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import type { Database } from 'better-sqlite3';
import { AppError } from '../../../../shared/errors';
import { openProjectDb } from '../../db/open';
import { openRegularFile } from '../../files/regularFile';

export interface StagedOther {
  dir: string;
  file: string;
  /** The file name the researcher picked, for the preview and the report. */
  name: string;
  /** Made from a .qdpx (fromQdpx.ts): what fitting it to this project changed, for the preview and report. */
  qdpx?: { adjustments: string[]; fromGroundwork: boolean };
}

function tempFolder(): string {
  return fs.mkdtempSync(path.join(os.tmpdir(), 'groundwork-merge-'));
}

/** From a path the user gave (CLI, desktop dialog): the file and its WAL are copied, never opened in place. */
export function stageOtherPath(file: string, openProjectPath: string): StagedOther {
  const resolved = path.resolve(file);
  if (!fs.existsSync(resolved)) throw new AppError('IO', `No project file at "${file}".`);
  if (fs.realpathSync(resolved) === fs.realpathSync(openProjectPath)) {
    throw new AppError('VALIDATION', 'That is the project that is open: pick the copy you want to merge from.');
  }
  const dir = tempFolder();
  const copy = path.join(dir, 'other.groundwork');
  try {
    // A regular file only (a FIFO or device is refused by name); then copied whole, by the file system
    // (a clone where it can make one — APFS, btrfs — else bytes).
    openRegularFile(resolved).close();
    fs.copyFileSync(resolved, copy, fs.constants.COPYFILE_FICLONE);
    const wal = `${resolved}-wal`;
    if (fs.existsSync(wal)) fs.copyFileSync(wal, `${copy}-wal`, fs.constants.COPYFILE_FICLONE);
  } catch (err) {
    fs.rmSync(dir, { recursive: true, force: true });
    throw err;
  }
  return { dir, file: copy, name: path.basename(resolved) };
}

/** From bytes the window sent (the web host's upload, Electron's bridge). */
export function stageOtherBytes(fileName: string, bytes: Buffer): StagedOther {
  const dir = tempFolder();
  const copy = path.join(dir, 'other.groundwork');
  fs.writeFileSync(copy, bytes);
  return { dir, file: copy, name: path.basename(fileName) };
}

/** The largest file the web host takes for a merge (a year of a large study is a few hundred MB). */
export const MAX_MERGE_UPLOAD_BYTES = 4 * 1024 ** 3;

/** From the raw bytes the web host received, written to the private copy as they arrive. */
export async function stageOtherStream(
  fileName: string,
  body: AsyncIterable<Uint8Array>,
  maxBytes = MAX_MERGE_UPLOAD_BYTES,
): Promise<StagedOther> {
  const dir = tempFolder();
  const copy = path.join(dir, 'other.groundwork');
  try {
    const out = await fs.promises.open(copy, 'w');
    try {
      let size = 0;
      for await (const chunk of body) {
        size += chunk.length;
        if (size > maxBytes)
          throw new AppError('TOO_LARGE', `${path.basename(fileName)} is larger than 4 GB; that is not a project.`);
        await out.write(chunk);
      }
    } finally {
      await out.close();
    }
  } catch (err) {
    fs.rmSync(dir, { recursive: true, force: true });
    throw err;
  }
  return { dir, file: copy, name: path.basename(fileName) };
}

export async function openOther(staged: StagedOther, now: () => number): Promise<Database> {
  try {
    return await openProjectDb(staged.file, { now, backupBeforeMigration: () => Promise.resolve('') });
  } catch (err) {
    if (err instanceof AppError) {
      // The messages name the private copy; the researcher picked another name.
      throw new AppError(err.code, err.message.split('"other.groundwork"').join(`"${staged.name}"`));
    }
    throw err;
  }
}

export function removeStaged(staged: StagedOther): void {
  fs.rmSync(staged.dir, { recursive: true, force: true });
}
