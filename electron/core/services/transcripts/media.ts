/** Recordings: an audio or video file attached to an interview, stored relative to the project file. */
import fs from 'node:fs';
import path from 'node:path';
import type { Interview } from '../../../../shared/domain/interview';
import { AppError } from '../../../../shared/errors';
import { MEDIA_MIME } from '../../../../shared/http/range';
import type { ProjectContext } from '../../context';
import { getInterview } from '../../repos/interviews';
import { recordOperation } from '../../repos/operations';
import { mediaPathOf, setMediaPath } from '../../repos/transcripts';

export const MEDIA_EXTENSIONS = Object.keys(MEDIA_MIME);

/**
 * The recording's absolute path for streaming, or null when none is attached or it has gone.
 * Whether it is a file that may be read is decided where it is opened (files/regularFile.ts).
 */
export function mediaFileFor(ctx: ProjectContext, interviewId: number): string | null {
  const row = mediaPathOf(ctx.db, interviewId);
  if (!row?.media_path) return null;
  const file = path.resolve(path.dirname(ctx.projectPath), row.media_path);
  return fs.existsSync(file) ? file : null;
}

export function setInterviewMedia(ctx: ProjectContext, interviewId: number, file: string | null): Interview {
  const interview = getInterview(ctx.db, interviewId);
  if (!interview) throw new AppError('NOT_FOUND', 'That interview no longer exists.');
  let stored: string | null = null;
  if (file) {
    const absolute = path.resolve(path.dirname(ctx.projectPath), file);
    const ext = path.extname(absolute).toLowerCase();
    if (!MEDIA_EXTENSIONS.includes(ext)) {
      throw new AppError(
        'VALIDATION',
        `${path.basename(absolute)} is not an audio or video file Groundwork can play.`,
        {
          path: `Use one of: ${MEDIA_EXTENSIONS.join(' ')}`,
        },
      );
    }
    if (!fs.existsSync(absolute) || !fs.statSync(absolute).isFile()) {
      throw new AppError('IO', `No recording at ${absolute}.`, { path: 'The file was not found.' });
    }
    // Relative to the project so a project folder can move or sync as a whole.
    stored = path.relative(path.dirname(ctx.projectPath), absolute).split(path.sep).join('/');
  }
  ctx.db.transaction(() => {
    const at = ctx.clock.now();
    setMediaPath(ctx.db, interviewId, stored, at);
    recordOperation(ctx.db, at, {
      coderId: ctx.coderId ?? null,
      action: 'set-media',
      entity: 'interview',
      entityId: interviewId,
      payload: { before: interview.mediaPath, after: stored },
    });
  })();
  ctx.emit('entities.changed', { kind: 'interview', ids: [interviewId] });
  return getInterview(ctx.db, interviewId)!;
}
