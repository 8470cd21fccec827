/** agreement.*: intercoder agreement per tag and overall, settling a disagreement, the table as a file. */
import type { agreementMethods } from '../../../../shared/ipc/contract/agreement';
import { settleDisagreement } from '../../services/agreement/settle';
import { agreementBook } from '../../services/agreement/sheet';
import { projectPseudonymiser } from '../../services/export/names';
import { exportTable } from '../../services/export/tableFile';
import type { HandlersOf } from '../types';

export const agreementHandlers: HandlersOf<typeof agreementMethods> = {
  // Off the answering thread in the app and the web host (the document worker), inline in tests and the CLI.
  'agreement.compute': (i, env) => env.documents.agreement({ projectPath: env.project().projectPath, scope: i }),
  'agreement.settle': (i, env) => settleDisagreement(env.project(), i),
  'agreement.export': async (i, env) => {
    const ctx = env.project();
    const report = await env.documents.agreement({ projectPath: ctx.projectPath, scope: i });
    return exportTable(
      ctx.emit,
      () => {
        const ps = i.names === 'pseudonym' ? projectPseudonymiser(ctx.db) : null;
        return agreementBook(report, ps ? (s) => ps.text(s) : undefined);
      },
      { baseName: `agreement-${i.unit}`, format: i.format, taskId: i.taskId },
      env.documents,
    );
  },
};
