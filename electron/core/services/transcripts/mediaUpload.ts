/**
 * A recording uploaded to the web host (which has no file dialog): its bytes are written beside
 * the project, in "<project> recordings/", and attached from there — the path is the core's own,
 * never the renderer's. Streamed to a temporary file, so a 2 GB video never sits in memory, and
 * renamed into place only when complete.
 */
import fs from 'node:fs';
import path from 'node:path';
import { AppError } from '../../../../shared/errors';
import type { ProjectContext } from '../../context';
import { getInterview } from '../../repos/interviews';
import { formatSize } from '../import/limits';
import { MEDIA_EXTENSIONS } from './media';

/** A long video call is a few GB; past this it is not an interview recording. */
export const MAX_RECORDING_BYTES = 8 * 1024 * 1024 * 1024;

/** Writes the upload and returns its absolute path, ready for host.setMedia. */
export async function receiveRecording(
  ctx: ProjectContext,
  interviewId: number,
  fileName: string,
  body: AsyncIterable<Uint8Array>,
  maxBytes = MAX_RECORDING_BYTES,
): Promise<string> {
  if (!getInterview(ctx.db, interviewId)) throw new AppError('NOT_FOUND', 'That interview no longer exists.');
  const base = path.basename(fileName.replace(/\\/g, '/'));
  const ext = path.extname(base).toLowerCase();
  if (!MEDIA_EXTENSIONS.includes(ext)) {
    throw new AppError('VALIDATION', `${base || 'That file'} is not an audio or video file Groundwork can play.`, {
      path: `Use one of: ${MEDIA_EXTENSIONS.join(' ')}`,
    });
  }
  const safe = base
    .replace(/[/\\:*?"<>|\p{Cc}]/gu, '_')
    .replace(/^\.+/, '')
    .slice(-120);
  const project = path.basename(ctx.projectPath, path.extname(ctx.projectPath));
  const folder = path.join(path.dirname(ctx.projectPath), `${project} recordings`);
  fs.mkdirSync(folder, { recursive: true });
  const target = path.join(folder, `${interviewId}-${safe}`);
  const partial = `${target}.part`;
  const out = await fs.promises.open(partial, 'w');
  let size = 0;
  try {
    for await (const chunk of body) {
      size += chunk.length;
      if (size > maxBytes) {
        throw new AppError(
          'TOO_LARGE',
          `${base} is larger than ${formatSize(maxBytes)}; that is not an interview recording.`,
        );
      }
      await out.write(chunk);
    }
    await out.sync();
  } catch (err) {
    await out.close();
    fs.rmSync(partial, { force: true });
    throw err;
  }
  await out.close();
  fs.renameSync(partial, target);
  return target;
}
