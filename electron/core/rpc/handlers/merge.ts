/** merge.*: a colleague's copy staged from bytes, previewed, committed with the researcher's choices; the copy for a colleague. */
import type { mergeMethods } from '../../../../shared/ipc/contract/merge';
import { AppError } from '../../../../shared/errors';
import { stageMergeBytes, stageMergePath } from '../../services/merge/source';
import {
  colleagueCopyName,
  commitStaged,
  copyForColleague,
  mergeStaging,
  previewStaged,
  saveColleagueCopy,
} from '../../services/merge/service';
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
  'merge.chooseFile': async (_i, env) => {
    if (!env.dialogs) throw new AppError('VALIDATION', 'In the browser, choose the file with “Choose file…”.');
    const ctx = env.project();
    const chosen = await env.dialogs.chooseMergeSource();
    return chosen ? previewStaged(ctx, mergeStaging, await stageMergePath(ctx, chosen)) : null;
  },
  'merge.commit': (i, env) => commitStaged(env.project(), mergeStaging, i.stagingId, i.resolutions),
  'merge.discard': (i) => ({ discarded: mergeStaging.discard(i.stagingId) }),
  'merge.saveCopyForColleague': async (_i, env) => {
    if (!env.dialogs) throw new AppError('VALIDATION', 'In the browser, the copy is downloaded: use “Make the copy”.');
    const ctx = env.project();
    const chosen = await env.dialogs.chooseColleagueCopy(colleagueCopyName(ctx));
    if (!chosen) return null;
    const out = await saveColleagueCopy(ctx, chosen);
    return { fileName: out.fileName, path: out.path ?? undefined, bytes: out.bytes };
  },
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
