/** documents.*: rows of a CSV or XLSX as a secondary source (stage, preview, commit, discard). */
import type { documentMethods } from '../../../../shared/ipc/contract/documents';
import {
  commitDocument,
  previewDocument,
  stageDocumentFile,
  type StagedDocument,
} from '../../services/documents/importer';
import { Staging } from '../../services/staging';
import type { HandlersOf } from '../types';

const staging = new Staging<StagedDocument>(
  () => Date.now(),
  () => `doc-${Date.now().toString(36)}-${Math.random().toString(36).slice(2, 10)}`,
);

export const documentHandlers: HandlersOf<typeof documentMethods> = {
  'documents.stageFile': (i) => stageDocumentFile(staging, i.fileName, Buffer.from(i.dataBase64, 'base64')),
  'documents.preview': (i, env) => previewDocument(env.project(), staging, i),
  'documents.commit': async (i, env) => {
    const ctx = env.project();
    await env.session.backupBefore('before-import');
    return commitDocument(ctx, staging, i);
  },
  'documents.discard': (i) => ({ discarded: staging.discard(i.stagingId) }),
};
