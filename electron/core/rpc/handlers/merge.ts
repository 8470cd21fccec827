/** merge.*: a colleague's copy staged from bytes, previewed, committed with the researcher's choices; the copy for a colleague. */
import type { mergeMethods } from '../../../../shared/ipc/contract/merge';
import { stageMergeBytes } from '../../services/merge/source';
import { commitStaged, copyForColleague, mergeStaging, previewStaged } from '../../services/merge/service';
import type { HandlersOf } from '../types';

export const mergeHandlers: HandlersOf<typeof mergeMethods> = {
  'merge.stageFile': async (i, env) => {
    const ctx = env.project();
    return previewStaged(
      ctx,
      mergeStaging,
      await stageMergeBytes(ctx, i.fileName, Buffer.from(i.dataBase64, 'base64')),
    );
  },
  'merge.commit': (i, env) => commitStaged(env.project(), mergeStaging, i.stagingId, i.resolutions),
  'merge.discard': (i) => ({ discarded: mergeStaging.discard(i.stagingId) }),
  'merge.copyForColleague': async (_i, env) => {
    const out = await copyForColleague(env.project(), null);
    return {
      fileName: out.fileName,
      bytes: out.bytes,
      encoding: 'base64' as const,
      content: out.content!.toString('base64'),
    };
  },
};
