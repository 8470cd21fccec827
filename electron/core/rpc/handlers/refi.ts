/** refi.*: REFI-QDA export and import, with task.progress for the dialogs. */
import type { refiMethods } from '../../../../shared/ipc/contract/refi';
import { exportRefi } from '../../services/refi/exporter';
import { commitStagedRefi, RefiStaging, stageRefiFile } from '../../services/refi/importer';
import type { HandlersOf } from '../types';

const staging = new RefiStaging(
  () => Date.now(),
  () => `refi-${Date.now().toString(36)}-${Math.random().toString(36).slice(2, 10)}`,
);

export const refiHandlers: HandlersOf<typeof refiMethods> = {
  'refi.export': async (i, env) => {
    const ctx = env.project();
    const taskId = i.taskId ?? `refi-export-${i.kind}`;
    const label = i.kind === 'qdpx' ? 'Exporting the REFI-QDA project' : 'Exporting the REFI-QDA codebook';
    ctx.emit('task.progress', { taskId, label, done: 0, total: null, state: 'running' });
    try {
      const out = await exportRefi(
        ctx,
        { kind: i.kind, includeRealNames: i.includeRealNames },
        env.session.info()?.name ?? 'Groundwork project',
      );
      ctx.emit('task.progress', { taskId, label, done: 1, total: 1, state: 'done' });
      const { bytes, ...rest } = out;
      return { ...rest, encoding: 'base64' as const, content: bytes.toString('base64') };
    } catch (err) {
      ctx.emit('task.progress', { taskId, label, done: 0, total: null, state: 'failed' });
      throw err;
    }
  },
  'refi.stageFile': (i, env) => stageRefiFile(env.project(), staging, i.fileName, Buffer.from(i.dataBase64, 'base64')),
  'refi.commit': async (i, env) => {
    const ctx = env.project();
    await env.session.backupBefore('before-import');
    const taskId = i.taskId ?? `refi-import-${i.stagingId}`;
    const label = 'Importing the REFI-QDA project';
    ctx.emit('task.progress', { taskId, label, done: 0, total: null, state: 'running' });
    try {
      const result = commitStagedRefi(ctx, staging, i.stagingId, (done, total) =>
        ctx.emit('task.progress', { taskId, label, done, total, state: 'running' }),
      );
      ctx.emit('task.progress', { taskId, label, done: 1, total: 1, state: 'done' });
      return result;
    } catch (err) {
      ctx.emit('task.progress', { taskId, label, done: 0, total: null, state: 'failed' });
      throw err;
    }
  },
  'refi.discard': (i) => ({ discarded: staging.discard(i.stagingId) }),
};
