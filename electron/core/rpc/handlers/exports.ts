/** exports.*. */
import type { exportMethods } from '../../../../shared/ipc/contract/exports';
import { evidenceCsv } from '../../services/export/evidenceCsv';
import { exportDocument } from '../../services/export/exportFile';
import { icpDocument } from '../../services/export/icpDocument';
import { jobsDocument } from '../../services/export/jobsDocument';
import { personaDocument } from '../../services/export/personaDocument';
import { synthesisSheets } from '../../services/export/synthesisSheets';
import { exportReadTable, exportTable } from '../../services/export/tableFile';
import { icpProfile } from '../../services/icp/profile';
import { jobMap } from '../../services/jobs/read';
import { getPersona } from '../../services/synthesis/personas';
import type { HandlersOf } from '../types';

const projectName = (file: string) => file.replace(/^.*[\\/]/, '').replace(/\.groundwork$/, '');

const suffix = (names: 'pseudonym' | 'real') => (names === 'pseudonym' ? '-pseudonymised' : '');

export const exportHandlers: HandlersOf<typeof exportMethods> = {
  'exports.quoteLibrary': (i, env) => {
    const ctx = env.project();
    // Read, dressed and written where documents are rendered (the export worker in the app), through
    // its own read-only connection: nothing of 50,000 quotes is read on this thread.
    return exportReadTable(ctx.emit, { baseName: `quotes${suffix(i.names)}`, format: i.format, taskId: i.taskId }, () =>
      env.documents.quoteLibrary({ projectPath: ctx.projectPath, filter: i.filter, names: i.names, format: i.format }),
    );
  },
  'exports.synthesis': (i, env) => {
    const ctx = env.project();
    return exportTable(
      ctx.emit,
      () => synthesisSheets(ctx.db, i.filters, i.axis, i.kinds, i.names),
      {
        baseName: `synthesis-${i.table}${suffix(i.names)}`,
        format: i.format,
        taskId: i.taskId,
        csvSheet: i.table === 'matrix' ? 1 : 0,
      },
      env.documents,
    );
  },
  'exports.evidenceCsv': (i, env) => ({
    csv: evidenceCsv(env.project(), { pseudonymise: i.pseudonymise }),
    fileName: i.pseudonymise ? 'evidence-pseudonymised.csv' : 'evidence.csv',
  }),
  'exports.persona': (i, env) => {
    const ctx = env.project();
    return exportDocument(
      ctx,
      () => personaDocument(getPersona(ctx, i.id), { includeProposed: i.includeProposed }),
      i,
      env.documents,
    );
  },
  'exports.icp': (i, env) => {
    const ctx = env.project();
    return exportDocument(
      ctx,
      () => icpDocument(icpProfile(ctx), { projectName: projectName(ctx.projectPath) }),
      i,
      env.documents,
    );
  },
  'exports.jobs': (i, env) => {
    const ctx = env.project();
    return exportDocument(ctx, () => jobsDocument(jobMap(ctx, i.personaId)), i, env.documents);
  },
};
