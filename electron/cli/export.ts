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
import { EXPORT_FORMATS, type ExportFile, type ExportFormat } from '../../shared/ipc/contract/exports';
import { openCliCore, type CliCore } from './core';
import type { CliIo } from './run';
import { exportRefiCommand } from './refi';

const isFormat = (f: string): f is ExportFormat => (EXPORT_FORMATS as readonly string[]).includes(f);

function idOf(value: string, flag: string): number {
  const id = Number(value);
  if (!Number.isInteger(id) || id <= 0)
    throw new AppError('VALIDATION', `${flag} takes the persona id (a whole number).`);
  return id;
}

/** The exports.* call for the document asked for. */
function documentCall(
  values: { persona?: string | undefined; icp?: boolean | undefined; jobs?: string | undefined },
  options: { format: ExportFormat; pseudonymise: boolean },
): (core: CliCore) => Promise<ExportFile> {
  if (values.persona) {
    const id = idOf(values.persona, '--persona');
    return (core) => core.call('exports.persona', { id, ...options });
  }
  if (values.jobs) {
    const personaId = idOf(values.jobs, '--jobs');
    return (core) => core.call('exports.jobs', { personaId, ...options });
  }
  return (core) => core.call('exports.icp', options);
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
  const pseudonymise = !!values.pseudonymise;
  // Exports only read: another window or a web host may have the project open meanwhile.
  const core = await openCliCore({ readOnly: path.resolve(project) });
  try {
    let bytes: string | Buffer;
    if (values['evidence-csv']) {
      bytes = (await core.call('exports.evidenceCsv', { pseudonymise })).csv;
    } else {
      const file = await documentCall(values, { format: format as ExportFormat, pseudonymise })(core);
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
    core.close();
  }
}
