/**
 * `groundwork export PROJECT --evidence-csv [--pseudonymise] [--out FILE]`
 * `groundwork export PROJECT --persona ID --format md|html [--out FILE]`
 * Writes to FILE (atomically) or to standard output.
 */
import { randomUUID } from 'node:crypto';
import fs from 'node:fs';
import path from 'node:path';
import { parseArgs } from 'node:util';
import { AppError } from '../../shared/errors';
import { silentLogger } from '../core/context';
import { ProjectSession } from '../core/project/session';
import { evidenceCsv } from '../core/services/export/evidenceCsv';
import { personaDocument } from '../core/services/export/personaDocument';
import { personaHtml } from '../core/services/export/personaHtml';
import { personaMarkdown } from '../core/services/export/personaMarkdown';
import { getPersona } from '../core/services/synthesis/personas';
import type { CliIo } from './run';

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
  if (!values['evidence-csv'] && !values.persona) throw new AppError('VALIDATION', 'Say what to export: --evidence-csv or --persona ID --format md|html.');
  const session = new ProjectSession({ userDataDir: null, clock: { now: () => Date.now() }, newGuid: randomUUID, logger: silentLogger, emit: () => {} });
  await session.open(path.resolve(project));
  try {
    const ctx = session.context();
    let text: string;
    if (values['evidence-csv']) {
      text = evidenceCsv(ctx, { pseudonymise: !!values.pseudonymise });
    } else {
      const id = Number(values.persona);
      if (!Number.isInteger(id) || id <= 0) throw new AppError('VALIDATION', '--persona takes the persona id (a whole number).');
      const format = values.format ?? 'md';
      if (format === 'pdf' || format === 'docx') throw new AppError('VALIDATION', `${format.toUpperCase()} export is not available yet; use --format md or html.`);
      if (format !== 'md' && format !== 'html') throw new AppError('VALIDATION', '--format is md or html.');
      const doc = personaDocument(getPersona(ctx, id));
      text = format === 'md' ? personaMarkdown(doc) : personaHtml(doc);
    }
    if (values.out) {
      const out = path.resolve(values.out);
      const tmp = `${out}.tmp-${process.pid}`;
      fs.writeFileSync(tmp, text);
      fs.renameSync(tmp, out);
      io.out(`${out}\n`);
    } else {
      io.out(text);
    }
    return 0;
  } finally {
    session.close();
  }
}
