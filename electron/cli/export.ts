/**
 * `groundwork export PROJECT --evidence-csv [--pseudonymise] [--out FILE]`
 * `groundwork export PROJECT --persona ID --format md|html|pdf|docx [--pseudonymise] [--out FILE]`
 * Writes to FILE (atomically) or, for text formats, to standard output.
 */
import { randomUUID } from 'node:crypto';
import fs from 'node:fs';
import path from 'node:path';
import { parseArgs } from 'node:util';
import { AppError } from '../../shared/errors';
import { EXPORT_FORMATS, type ExportFormat } from '../../shared/ipc/contract/exports';
import { silentLogger } from '../core/context';
import { ProjectSession } from '../core/project/session';
import { evidenceCsv } from '../core/services/export/evidenceCsv';
import { exportDocument } from '../core/services/export/exportFile';
import { personaDocument } from '../core/services/export/personaDocument';
import { inlineRenderer } from '../core/services/export/renderDocument';
import { getPersona } from '../core/services/synthesis/personas';
import type { CliIo } from './run';

const isFormat = (f: string): f is ExportFormat => (EXPORT_FORMATS as readonly string[]).includes(f);

export async function exportCommand(args: string[], io: CliIo): Promise<number> {
  const { values, positionals } = parseArgs({
    args,
    allowPositionals: true,
    options: {
      'evidence-csv': { type: 'boolean' },
      pseudonymise: { type: 'boolean' },
      persona: { type: 'string' },
      format: { type: 'string' },
      out: { type: 'string' },
    },
  });
  const [project] = positionals;
  if (!project || positionals.length !== 1) throw new AppError('VALIDATION', 'export takes one PROJECT file.');
  if (!values['evidence-csv'] && !values.persona) throw new AppError('VALIDATION', 'Say what to export: --evidence-csv or --persona ID --format md|html|pdf|docx.');
  const format = values.format ?? 'md';
  if (values.persona) {
    if (!isFormat(format)) throw new AppError('VALIDATION', `--format is one of ${EXPORT_FORMATS.join(', ')} (not "${format}").`);
    if ((format === 'pdf' || format === 'docx') && !values.out) throw new AppError('VALIDATION', `${format.toUpperCase()} is a binary file: say where to write it with --out FILE.`);
  }
  const session = new ProjectSession({ userDataDir: null, clock: { now: () => Date.now() }, newGuid: randomUUID, logger: silentLogger, emit: () => {} });
  await session.open(path.resolve(project));
  try {
    const ctx = session.context();
    let bytes: string | Buffer;
    if (values['evidence-csv']) {
      bytes = evidenceCsv(ctx, { pseudonymise: !!values.pseudonymise });
    } else {
      const id = Number(values.persona);
      if (!Number.isInteger(id) || id <= 0) throw new AppError('VALIDATION', '--persona takes the persona id (a whole number).');
      const file = await exportDocument(ctx, () => personaDocument(getPersona(ctx, id)), { format: format as ExportFormat, pseudonymise: !!values.pseudonymise }, inlineRenderer);
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
