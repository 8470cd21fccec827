/** CRM import: participants and companies from a CSV or XLSX export, through stage, preview and commit. */
import { z } from 'zod';
import { CrmCommitResult, CrmDecision, CrmMapping, CrmPreview, CrmStaged } from '../../domain/crm';
import { MAX_RPC_BYTES } from '../limits';
import { method } from '../method';

const StagingId = z.string().min(1).max(100);

export const crmMethods = {
  'crm.stageFile': method(
    z.object({
      fileName: z.string().trim().min(1, 'A file name is required.').max(500),
      dataBase64: z
        .string()
        .max(MAX_RPC_BYTES, 'The file is too large to import through the window (the limit is 50 MB).'),
    }),
    CrmStaged,
    { writes: false },
  ),
  'crm.preview': method(
    z.object({ stagingId: StagingId, mapping: CrmMapping, replaceDiffering: z.boolean().default(false) }),
    CrmPreview,
    { writes: false },
  ),
  'crm.commit': method(
    z.object({
      stagingId: StagingId,
      mapping: CrmMapping,
      decisions: z.array(CrmDecision).max(50_000).default([]),
      replaceDiffering: z.boolean().default(false),
    }),
    CrmCommitResult,
    { writes: true },
  ),
  'crm.discard': method(z.object({ stagingId: StagingId }), z.object({ discarded: z.boolean() }), { writes: false }),
} as const;
