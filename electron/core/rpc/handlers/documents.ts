/** documents.*: rows of a CSV or XLSX as a secondary source (stage, preview, commit, discard), where imports run. */
import { AppError } from '../../../../shared/errors';
import type { documentMethods } from '../../../../shared/ipc/contract/documents';
import type { HandlersOf } from '../types';

export const documentHandlers: HandlersOf<typeof documentMethods> = {
  'documents.stageFile': (i, env) =>
    env.importer.document(env.project(), {
      step: 'stage',
      fileName: i.fileName,
      bytes: new Uint8Array(Buffer.from(i.dataBase64, 'base64')),
    }),
  'documents.chooseFile': async (_i, env) => {
    if (!env.dialogs) throw new AppError('VALIDATION', 'In the browser, choose the export with “Choose file…”.');
    const ctx = env.project();
    const chosen = await env.dialogs.chooseTable();
    return chosen ? env.importer.document(ctx, { step: 'stagePath', path: chosen }) : null;
  },
  'documents.preview': (i, env) =>
    env.importer.document(env.project(), { step: 'preview', stagingId: i.stagingId, mapping: i.mapping }),
  'documents.commit': async (i, env) => {
    const ctx = env.project();
    await env.session.backupBefore('before-import');
    return env.importer.document(ctx, {
      step: 'commit',
      stagingId: i.stagingId,
      mapping: i.mapping,
      sourceKind: i.sourceKind,
      title: i.title,
    });
  },
  'documents.discard': async (i, env) => ({
    discarded: await env.importer.document(env.project(), { step: 'discard', stagingId: i.stagingId }),
  }),
};
