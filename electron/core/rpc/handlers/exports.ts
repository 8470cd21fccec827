/** exports.*. */
import type { exportMethods } from '../../../../shared/ipc/contract/exports';
import { evidenceCsv } from '../../services/export/evidenceCsv';
import type { HandlersOf } from '../types';

export const exportHandlers: HandlersOf<typeof exportMethods> = {
  'exports.evidenceCsv': (i, env) => ({
    csv: evidenceCsv(env.project(), { pseudonymise: i.pseudonymise }),
    fileName: i.pseudonymise ? 'evidence-pseudonymised.csv' : 'evidence.csv',
  }),
};
