/**
 * `groundwork export PROJECT --evidence-csv [--pseudonymise] [--out FILE]`
 * `groundwork export PROJECT --persona ID --format md|html|pdf|docx [--pseudonymise] [--out FILE]`
 * `groundwork export PROJECT --icp --format …` and `--jobs PERSONA_ID --format …` likewise.
 * `groundwork export PROJECT --qdpx OUT | --qdc OUT` writes REFI-QDA (see refi.ts).
 * Writes to FILE (atomically) or, for text formats, to standard output.
 */
import fs from 'node:fs';
import path from 'node:path';
import { parseArgs } from 'node:util';
import { AppError } from '../../shared/errors';
import { EXPORT_FORMATS, type ExportFormat } from '../../shared/ipc/contract/exports';
import { evidenceCsv } from '../core/services/export/evidenceCsv';
import type { ProjectContext } from '../core/context';
import type { CitedDocument } from '../core/services/export/citedDocument';
import { exportDocument } from '../core/services/export/exportFile';
import { icpDocument } from '../core/services/export/icpDocument';
import { jobsDocument } from '../core/services/export/jobsDocument';
import { personaDocument } from '../core/services/export/personaDocument';
import { inlineRenderer } from '../core/services/export/renderDocument';
import { icpProfile } from '../core/services/icp/profile';
import { jobMap } from '../core/services/jobs/read';
import { getPersona } from '../core/services/synthesis/personas';
import type { CliIo } from './run';
import { exportRefiCommand } from './refi';
import { readOnlySession } from './session';

const isFormat = (f: string): f is ExportFormat => (EXPORT_FORMATS as readonly string[]).includes(f);

function idOf(value: string, flag: string): number {
  const id = Number(value);
  if (!Number.isInteger(id) || id <= 0)
    throw new AppError('VALIDATION', `${flag} takes the persona id (a whole number).`);
  return id;
}

function documentBuilder(
  ctx: ProjectContext,
  values: { persona?: string | undefined; icp?: boolean | undefined; jobs?: string | undefined },
): () => CitedDocument {
  if (values.persona) {
    const id = idOf(values.persona, '--persona');
    return () => personaDocument(getPersona(ctx, id));
  }
  if (values.jobs) {
    const id = idOf(values.jobs, '--jobs');
    return () => jobsDocument(jobMap(ctx, id));
  }
  return () => icpDocument(icpProfile(ctx), { projectName: path.basename(ctx.projectPath, '.groundwork') });
}

export async function exportCommand(args: string[], io: CliIo): Promise<number> {
  const { values, positionals } = parseArgs({
    args,
    allowPositionals: true,
    options: {
      'evidence-csv': { type: 'boolean' },
      pseudonymise: { type: 'boolean' },
      persona: { type: 'string' },
      icp: { type: 'boolean' },
      jobs: { type: 'string' },
      format: { type: 'string' },
      out: { type: 'string' },
      qdpx: { type: 'string' },
      qdc: { type: 'string' },
      'include-real-names': { type: 'boolean' },
      json: { type: 'boolean' },
      report: { type: 'string' },
    },
  });
  const [project] = positionals;
  if (!project || positionals.length !== 1) throw new AppError('VALIDATION', 'export takes one PROJECT file.');
  if (values.qdpx || values.qdc) return exportRefiCommand(project, values, io);
  const documentAsked = !!(values.persona || values.icp || values.jobs);
  if (!values['evidence-csv'] && !documentAsked)
    throw new AppError(
      'VALIDATION',
      'Say what to export: --evidence-csv, --persona ID, --icp or --jobs PERSONA_ID (with --format md|html|pdf|docx), --qdpx OUT or --qdc OUT.',
    );
  const format = values.format ?? 'md';
  if (documentAsked) {
    if (!isFormat(format))
      throw new AppError('VALIDATION', `--format is one of ${EXPORT_FORMATS.join(', ')} (not "${format}").`);
    if ((format === 'pdf' || format === 'docx') && !values.out)
      throw new AppError(
        'VALIDATION',
        `${format.toUpperCase()} is a binary file: say where to write it with --out FILE.`,
      );
  }
  // Exports only read: another window or a web host may have the project open meanwhile.
  const session = readOnlySession();
  await session.openReadOnly(path.resolve(project));
  try {
    const ctx = session.context();
    let bytes: string | Buffer;
    if (values['evidence-csv']) {
      bytes = evidenceCsv(ctx, { pseudonymise: !!values.pseudonymise });
    } else {
      const build = documentBuilder(ctx, values);
      const file = await exportDocument(
        ctx,
        build,
        { format: format as ExportFormat, pseudonymise: !!values.pseudonymise },
        inlineRenderer,
      );
      bytes = file.encoding === 'base64' ? Buffer.from(file.content, 'base64') : file.content;
    }
    if (values.out) {
      const out = path.resolve(values.out);
      const tmp = `${out}.tmp-${process.pid}`;
      fs.writeFileSync(tmp, bytes);
      fs.renameSync(tmp, out);
      io.out(`${out}\n`);
    } else {
      io.out(typeof bytes === 'string' ? bytes : bytes.toString('utf8'));
    }
    return 0;
  } finally {
    session.close();
  }
}
