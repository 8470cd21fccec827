/** Intercoder agreement: the table per tag and overall, settling a disagreement, and the table as a file. */
import { z } from 'zod';
import { AgreementReport, AgreementScope, SettleInput } from '../../domain/agreementReport';
import { method } from '../method';
import { ExportFile, TableFormat } from './exports';

export const agreementMethods = {
  'agreement.compute': method(AgreementScope, AgreementReport, { writes: false }),
  /** One undoable step: undo takes the whole settlement back. */
  'agreement.settle': method(SettleInput, z.object({ added: z.number().int(), removed: z.number().int() }), {
    writes: true,
  }),
  'agreement.export': method(
    AgreementScope.extend({
      format: TableFormat,
      /** The disagreements sheet quotes turns: names in them (and speakers, titles) by pseudonym or real. */
      names: z.enum(['pseudonym', 'real']).default('pseudonym'),
      taskId: z.string().min(1).max(100).optional(),
    }),
    ExportFile,
    { writes: false },
  ),
} as const;
