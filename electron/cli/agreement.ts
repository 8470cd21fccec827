/**
 * `groundwork agreement PROJECT --coders A,B[,C…] [--unit turn|char] [--json]`: intercoder agreement
 * per tag and overall, read-only. Coders are named by name, initials or GUID, as the project lists them.
 */
import { parseArgs } from 'node:util';
import type { Coder } from '../../shared/domain/coder';
import type { AgreementFigures, AgreementReport } from '../../shared/domain/agreementReport';
import { AppError } from '../../shared/errors';
import { openCliCore } from './core';
import type { CliIo } from './run';

/** One coder by GUID, then by name, then by initials (case-insensitive); ambiguity is refused, not guessed. */
export function resolveCoder(coders: readonly Coder[], wanted: string): Coder {
  const w = wanted.trim().toLowerCase();
  for (const match of [
    (c: Coder) => c.guid.toLowerCase() === w,
    (c: Coder) => c.name.toLowerCase() === w,
    (c: Coder) => c.initials.toLowerCase() === w,
  ]) {
    const found = coders.filter(match);
    if (found.length === 1) return found[0]!;
    if (found.length > 1)
      throw new AppError(
        'VALIDATION',
        `"${wanted}" names more than one coder (${found.map((c) => `${c.name}, ${c.guid}`).join('; ')}); use the GUID.`,
      );
  }
  const known = coders.length ? coders.map((c) => `${c.name} (${c.initials})`).join(', ') : 'none';
  throw new AppError('NOT_FOUND', `No coder "${wanted}" in this project. Its coders: ${known}.`);
}

const pct = (x: number | null) => (x === null ? '—' : `${(x * 100).toFixed(1)}%`);
const num = (x: number | null) => (x === null ? '—' : x.toFixed(3));

function row(name: string, f: AgreementFigures, width: number): string {
  return `${name.padEnd(width)}  ${String(f.pairable).padStart(9)}  ${pct(f.percent.value).padStart(7)}  ${num(f.kappa.value).padStart(6)}  ${num(f.alpha.value).padStart(6)}`;
}

export function agreementText(report: AgreementReport): string {
  const unit = report.unit === 'turn' ? 'turns' : 'characters';
  const width = Math.max(24, ...report.tags.map((t) => t.name.length));
  const lines = [
    `Intercoder agreement by ${report.unit === 'turn' ? 'speaker turn' : 'character'}: ${report.coders.map((c) => c.name).join(', ')}`,
    `Interviews: ${report.interviews.length}; a coder who never coded in an interview is missing there, not "not coded".`,
    '',
    `${'Tag'.padEnd(width)}  ${unit.padStart(9)}  ${'agree'.padStart(7)}  ${'kappa'.padStart(6)}  ${'alpha'.padStart(6)}`,
    ...report.tags.map((t) => row(t.name, t.figures, width)),
    row('Overall (pooled)', report.overall, width),
  ];
  const why = [report.overall.kappa, report.overall.alpha].find((c) => c.value === null)?.why;
  if (why) lines.push('', `Not defined: ${why}`);
  if (report.overall.lowestAlpha) {
    const tag = report.tags.find((t) => t.tagId === report.overall.lowestAlpha!.tagId);
    lines.push('', `Least reliable tag: ${tag?.name ?? '?'} (alpha ${num(report.overall.lowestAlpha.value)})`);
  }
  lines.push(`Disagreements: ${report.disagreementsTotal}`);
  return `${lines.join('\n')}\n`;
}

export async function agreementCommand(args: string[], io: CliIo): Promise<number> {
  const { values, positionals } = parseArgs({
    args,
    allowPositionals: true,
    options: { coders: { type: 'string' }, unit: { type: 'string' }, json: { type: 'boolean' } },
  });
  const [project] = positionals;
  if (!project || positionals.length !== 1) throw new AppError('VALIDATION', 'agreement takes one PROJECT file.');
  const names = (values.coders ?? '')
    .split(',')
    .map((s) => s.trim())
    .filter(Boolean);
  if (names.length < 2)
    throw new AppError('VALIDATION', 'Name at least two coders: --coders A,B (name, initials or GUID).');
  const unit = values.unit ?? 'turn';
  if (unit !== 'turn' && unit !== 'char') throw new AppError('VALIDATION', `--unit is turn or char (not "${unit}").`);
  const core = await openCliCore({ readOnly: project, owner: { what: '`groundwork agreement`' } });
  try {
    const coders = await core.call('coders.list', {});
    const coderIds = names.map((n) => resolveCoder(coders, n).id);
    const report = await core.call('agreement.compute', { coderIds, unit });
    io.out(values.json ? `${JSON.stringify(report, null, 2)}\n` : agreementText(report));
    return 0;
  } finally {
    core.close();
  }
}
