/** crm.*: participants and companies from a CRM export (stage, preview, commit, discard). */
import type { crmMethods } from '../../../../shared/ipc/contract/crm';
import { commitCrm, previewCrm, stageCrmFile, type StagedCrm } from '../../services/crm/importer';
import { Staging } from '../../services/staging';
import type { HandlersOf } from '../types';

const staging = new Staging<StagedCrm>(
  () => Date.now(),
  () => `crm-${Date.now().toString(36)}-${Math.random().toString(36).slice(2, 10)}`,
);

export const crmHandlers: HandlersOf<typeof crmMethods> = {
  'crm.stageFile': (i) => stageCrmFile(staging, i.fileName, Buffer.from(i.dataBase64, 'base64')),
  'crm.preview': (i, env) => previewCrm(env.project(), staging, i),
  'crm.commit': async (i, env) => {
    const ctx = env.project();
    await env.session.backupBefore('before-import');
    return commitCrm(ctx, staging, i);
  },
  'crm.discard': (i) => ({ discarded: staging.discard(i.stagingId) }),
};
