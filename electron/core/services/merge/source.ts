/** What the researcher picked to merge from: a colleague's .groundwork copy or a .qdpx, told apart by its first bytes. */
import fs from 'node:fs';
import path from 'node:path';
import { AppError } from '../../../../shared/errors';
import type { ProjectContext } from '../../context';
import { openRegularFile } from '../../files/regularFile';
import { looksLikeQdpx, stageQdpx } from './fromQdpx';
import { removeStaged, stageOtherBytes, stageOtherPath, stageOtherStream, type StagedOther } from './otherProject';

export function stageMergeBytes(
  ctx: ProjectContext,
  fileName: string,
  bytes: Buffer,
): Promise<StagedOther> | StagedOther {
  return looksLikeQdpx(bytes) ? stageQdpx(ctx, bytes, fileName) : stageOtherBytes(fileName, bytes);
}

/** The web host's upload: streamed to a private copy, then a .qdpx is read from there. */
export async function stageMergeStream(
  ctx: ProjectContext,
  fileName: string,
  body: AsyncIterable<Uint8Array>,
): Promise<StagedOther> {
  const staged = await stageOtherStream(fileName, body);
  try {
    const head = Buffer.alloc(64);
    const fd = fs.openSync(staged.file, 'r');
    let n: number;
    try {
      n = fs.readSync(fd, head, 0, 64, 0);
    } finally {
      fs.closeSync(fd);
    }
    if (!looksLikeQdpx(head.subarray(0, n))) return staged;
    const bytes = fs.readFileSync(staged.file);
    removeStaged(staged);
    return await stageQdpx(ctx, bytes, fileName);
  } catch (err) {
    removeStaged(staged);
    throw err;
  }
}

export async function stageMergePath(ctx: ProjectContext, file: string): Promise<StagedOther> {
  const resolved = path.resolve(file);
  if (!fs.existsSync(resolved)) throw new AppError('IO', `No project file at "${file}".`);
  // A regular file only (a FIFO or device is refused by name), read through the one descriptor checked.
  const opened = openRegularFile(resolved);
  let bytes: Buffer | null = null;
  try {
    const head = Buffer.alloc(64);
    const n = fs.readSync(opened.fd, head, 0, 64, 0);
    if (looksLikeQdpx(head.subarray(0, n))) bytes = fs.readFileSync(opened.fd);
  } finally {
    opened.close();
  }
  if (bytes) return stageQdpx(ctx, bytes, path.basename(resolved));
  return stageOtherPath(resolved, ctx.projectPath);
}
