/** exports.*. */
import type { exportMethods } from '../../../../shared/ipc/contract/exports';
import { evidenceCsv } from '../../services/export/evidenceCsv';
import { exportDocument } from '../../services/export/exportFile';
import { personaDocument } from '../../services/export/personaDocument';
import { getPersona } from '../../services/synthesis/personas';
import type { HandlersOf } from '../types';

export const exportHandlers: HandlersOf<typeof exportMethods> = {
  'exports.evidenceCsv': (i, env) => ({
    csv: evidenceCsv(env.project(), { pseudonymise: i.pseudonymise }),
    fileName: i.pseudonymise ? 'evidence-pseudonymised.csv' : 'evidence.csv',
  }),
  'exports.persona': (i, env) => {
    const ctx = env.project();
    return exportDocument(ctx, () => personaDocument(getPersona(ctx, i.id), { includeProposed: i.includeProposed }), i, env.documents);
  },
};
