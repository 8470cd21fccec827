/** agreement.*: intercoder agreement per tag and overall, settling a disagreement, the table as a file. */
import type { agreementMethods } from '../../../../shared/ipc/contract/agreement';
import { computeAgreement } from '../../services/agreement/compute';
import { settleDisagreement } from '../../services/agreement/settle';
import { agreementBook } from '../../services/agreement/sheet';
import { projectPseudonymiser } from '../../services/export/names';
import { exportTable } from '../../services/export/tableFile';
import type { HandlersOf } from '../types';

export const agreementHandlers: HandlersOf<typeof agreementMethods> = {
  'agreement.compute': (i, env) => computeAgreement(env.project().db, i),
  'agreement.settle': (i, env) => settleDisagreement(env.project(), i),
  'agreement.export': (i, env) => {
    const ctx = env.project();
    return exportTable(
      ctx.emit,
      () => {
        const ps = i.names === 'pseudonym' ? projectPseudonymiser(ctx.db) : null;
        return agreementBook(computeAgreement(ctx.db, i), ps ? (s) => ps.text(s) : undefined);
      },
      { baseName: `agreement-${i.unit}`, format: i.format, taskId: i.taskId },
      env.documents,
    );
  },
};
