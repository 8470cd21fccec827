/**
 * REFI-QDA from the command line.
 *   `groundwork import-qdpx PROJECT FILE [--json] [--report OUT]` imports a .qdpx/.qdc (PROJECT is
 *   created, empty, when it does not exist) and prints the loss report.
 *   `groundwork export PROJECT --qdpx OUT | --qdc OUT [--include-real-names] [--json] [--report OUT]`.
 */
import fs from 'node:fs';
import path from 'node:path';
import { reportToText, type LossReport } from '../../shared/domain/refi';
import { AppError } from '../../shared/errors';
import { openCliCore } from './core';
import type { CliIo } from './run';

function writeAtomic(file: string, bytes: string | Buffer): void {
  const tmp = `${file}.tmp-${process.pid}`;
  fs.writeFileSync(tmp, bytes);
  fs.renameSync(tmp, file);
}

function printReport(
  io: CliIo,
  report: LossReport,
  json: boolean,
  extra: Record<string, unknown>,
  reportFile: string | undefined,
): void {
  const text = reportToText(report);
  if (reportFile) writeAtomic(path.resolve(reportFile), text);
  io.out(json ? `${JSON.stringify({ ...extra, report }, null, 2)}\n` : text);
}

export async function importQdpxCommand(args: string[], io: CliIo): Promise<number> {
  const json = args.includes('--json');
  const reportAt = args.indexOf('--report');
  const reportFile = reportAt >= 0 ? args[reportAt + 1] : undefined;
  const positional = args.filter((a, i) => !a.startsWith('--') && (reportAt < 0 || i !== reportAt + 1));
  const [project, file] = positional;
  if (!project || !file || positional.length !== 2)
    throw new AppError('VALIDATION', 'import-qdpx takes a PROJECT and one .qdpx or .qdc FILE.');
  // Unreadable input is refused before a new PROJECT is created for it.
  fs.closeSync(fs.openSync(path.resolve(file), 'r'));
  const core = await openCliCore({ owner: { what: '`groundwork import-qdpx` (command line)' } });
  const target = path.resolve(project);
  try {
    if (fs.existsSync(target)) await core.call('host.openProject', { path: target });
    else await core.call('host.createProject', { path: target, withDefaults: false });
    const result = await core.call('host.importRefiFile', { path: path.resolve(file) });
    const { report, reportText: _text, ...counts } = result;
    void _text;
    printReport(
      io,
      report,
      json,
      { project: target, file: path.resolve(file), ...counts, interviews: counts.interviewIds.length },
      reportFile,
    );
    return 0;
  } finally {
    core.close();
  }
}

export async function exportRefiCommand(
  project: string,
  values: {
    qdpx?: string | undefined;
    qdc?: string | undefined;
    'include-real-names'?: boolean | undefined;
    json?: boolean | undefined;
    report?: string | undefined;
  },
  io: CliIo,
): Promise<number> {
  const out = values.qdpx ?? values.qdc;
  if (!out) throw new AppError('VALIDATION', 'Say where to write the file: --qdpx OUT or --qdc OUT.');
  const core = await openCliCore({ readOnly: path.resolve(project) });
  try {
    const r = await core.call('refi.export', {
      kind: values.qdpx ? 'qdpx' : 'qdc',
      includeRealNames: !!values['include-real-names'],
    });
    const bytes = Buffer.from(r.content, 'base64');
    const file = path.resolve(out);
    writeAtomic(file, bytes);
    printReport(io, r.report, !!values.json, { file, bytes: bytes.length }, values.report);
    return 0;
  } finally {
    core.close();
  }
}
