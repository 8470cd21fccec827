/** imports.*: stage, commit or discard a transcript file. */
import type { importMethods } from '../../../../shared/ipc/contract/imports';
import type { HandlersOf } from '../types';

export const importHandlers: HandlersOf<typeof importMethods> = {
  'imports.stageFile': (i, env) => env.importer.stage(env.project(), i.fileName, Buffer.from(i.dataBase64, 'base64')),
  'imports.commit': async (i, env) => {
    const ctx = env.project();
    if (i.target.kind === 'existing' && i.target.replace) await env.session.backupBefore('before-replace');
    // Progress for the status bar: storing a very long transcript takes seconds, off this thread.
    const taskId = `import-${i.stagingId}`;
    const label = `Storing ${env.importer.fileName(i.stagingId) ?? 'the transcript'}`;
    const progress = (done: number, total: number | null, state: 'running' | 'done' | 'failed') =>
      ctx.emit('task.progress', { taskId, label, done, total, state });
    progress(0, null, 'running');
    try {
      const result = await env.importer.commit(
        ctx,
        i.stagingId,
        i.target,
        i.speakers,
        (done, total) => progress(done, total, 'running'),
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
};
