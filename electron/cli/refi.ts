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
import { exportRefi } from '../core/services/refi/exporter';
import { commitStagedRefi, RefiStaging, stageRefiFile } from '../core/services/refi/importer';
import type { CliIo } from './run';
import { cliSession, readOnlySession } from './session';

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
  const bytes = fs.readFileSync(path.resolve(file));
  const session = cliSession({ what: '`groundwork import-qdpx` (command line)' });
  const target = path.resolve(project);
  if (fs.existsSync(target)) await session.open(target);
  else await session.create(target, undefined, false);
  try {
    const ctx = session.context();
    const staging = new RefiStaging(
      () => Date.now(),
      () => 'cli',
    );
    const preview = await stageRefiFile(ctx, staging, path.basename(file), bytes);
    const result = commitStagedRefi(ctx, staging, preview.stagingId);
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
    session.close();
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
  const session = readOnlySession();
  await session.openReadOnly(path.resolve(project));
  try {
    const name = session.info()?.name ?? path.basename(project, '.groundwork');
    const r = await exportRefi(
      session.context(),
      { kind: values.qdpx ? 'qdpx' : 'qdc', includeRealNames: !!values['include-real-names'] },
      name,
    );
    const file = path.resolve(out);
    writeAtomic(file, r.bytes);
    printReport(io, r.report, !!values.json, { file, bytes: r.bytes.length }, values.report);
    return 0;
  } finally {
    session.close();
  }
}
