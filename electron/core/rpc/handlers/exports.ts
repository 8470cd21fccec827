/** exports.*. */
import type { exportMethods } from '../../../../shared/ipc/contract/exports';
import { evidenceCsv } from '../../services/export/evidenceCsv';
import { exportDocument } from '../../services/export/exportFile';
import { icpDocument } from '../../services/export/icpDocument';
import { jobsDocument } from '../../services/export/jobsDocument';
import { personaDocument } from '../../services/export/personaDocument';
import { icpProfile } from '../../services/icp/profile';
import { jobMap } from '../../services/jobs/read';
import { getPersona } from '../../services/synthesis/personas';
import type { HandlersOf } from '../types';

const projectName = (file: string) => file.replace(/^.*[\\/]/, '').replace(/\.groundwork$/, '');

export const exportHandlers: HandlersOf<typeof exportMethods> = {
  'exports.evidenceCsv': (i, env) => ({
    csv: evidenceCsv(env.project(), { pseudonymise: i.pseudonymise }),
    fileName: i.pseudonymise ? 'evidence-pseudonymised.csv' : 'evidence.csv',
  }),
  'exports.persona': (i, env) => {
    const ctx = env.project();
    return exportDocument(ctx, () => personaDocument(getPersona(ctx, i.id), { includeProposed: i.includeProposed }), i, env.documents);
  },
  'exports.icp': (i, env) => {
    const ctx = env.project();
    return exportDocument(ctx, () => icpDocument(icpProfile(ctx), { projectName: projectName(ctx.projectPath) }), i, env.documents);
  },
  'exports.jobs': (i, env) => {
    const ctx = env.project();
    return exportDocument(ctx, () => jobsDocument(jobMap(ctx, i.personaId)), i, env.documents);
  },
};
