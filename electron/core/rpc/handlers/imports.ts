/** imports.*, transcripts.get and the interview's recording (from the host's dialog; uploads go through core.host). */
import { AppError } from '../../../../shared/errors';
import type { importMethods } from '../../../../shared/ipc/contract/imports';
import { getInterview } from '../../repos/interviews';
import { setInterviewMedia } from '../../services/transcripts/media';
import { readTranscript } from '../../services/transcripts/read';
import type { HandlersOf } from '../types';

export const importHandlers: HandlersOf<typeof importMethods> = {
  'imports.stageFile': (i, env) => env.importer.stage(env.project(), i.fileName, Buffer.from(i.dataBase64, 'base64')),
  'imports.commit': async (i, env) => {
    const ctx = env.project();
    if (i.target.kind === 'existing' && i.target.replace) await env.session.backupBefore('before-replace');
    // Progress for the status bar: storing a very long transcript takes seconds, off this thread.
    const jobId = `import-${i.stagingId}`;
    const label = `Storing ${env.importer.fileName(i.stagingId) ?? 'the transcript'}`;
    const progress = (done: number, total: number | null, state: 'running' | 'done' | 'failed') =>
      ctx.emit('job.progress', { jobId, label, done, total, state });
    progress(0, null, 'running');
    try {
      const result = await env.importer.commit(ctx, i.stagingId, i.target, i.speakers, (done, total) =>
        progress(done, total, 'running'),
        { importDuplicate: i.importDuplicate },
      );
      progress(result.turnCount, result.turnCount, 'done');
      return result;
    } catch (err) {
      progress(0, null, 'failed');
      throw err;
    }
  },
  'imports.discard': async (i, env) => ({ discarded: await env.importer.discard(i.stagingId) }),
  'transcripts.get': (i, env) => readTranscript(env.project().db, i.interviewId),
  'interviews.chooseMedia': async (i, env) => {
    if (!env.dialogs) {
      throw new AppError('VALIDATION', 'In the browser, choose the recording with “Upload recording…”.');
    }
    const ctx = env.project();
    // Before the dialog, so a deleted interview is said at once, not after the user picked a file.
    if (!getInterview(ctx.db, i.interviewId)) throw new AppError('NOT_FOUND', 'That interview no longer exists.');
    const chosen = await env.dialogs.chooseRecording();
    return chosen ? setInterviewMedia(ctx, i.interviewId, chosen) : null;
  },
  'interviews.clearMedia': (i, env) => setInterviewMedia(env.project(), i.interviewId, null),
};
