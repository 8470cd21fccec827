/**
 * `groundwork import PROJECT FILE... [--json] [--fast] [--import-duplicates]`: one new interview per file,
 * a report per file. A file whose content is already in the project is skipped (reported, not a
 * failure) unless --import-duplicates is given.
 */
import path from 'node:path';
import { AppError } from '../../shared/errors';
import type { HostOutput } from '../../shared/ipc/hostContract';
import { openCliCore } from './core';
import type { CliIo } from './run';

type FileOutcome = HostOutput<'host.importFiles'>[number];

export async function importCommand(args: string[], io: CliIo): Promise<number> {
  const json = args.includes('--json');
  const fast = args.includes('--fast');
  const duplicates = args.includes('--import-duplicates') ? 'import' : 'skip';
  const [project, ...files] = args.filter((a) => !a.startsWith('--'));
  if (!project || files.length === 0) throw new AppError('VALIDATION', 'import takes a PROJECT and at least one FILE.');
  const core = await openCliCore({
    owner: { what: '`groundwork import` (command line)' },
    // Parse in a worker thread with a bounded heap (PARSE_LIMITS): a hostile file ends the worker,
    // never the CLI; with many files the next chunk is parsed while this one is written.
    parseWorker: { file: new URL('../core/services/import/worker.dev.mjs', import.meta.url) },
  });
  try {
    await core.call('host.openProject', { path: project });
    const outcomes = await core.call('host.importFiles', {
      paths: files.map((f) => path.resolve(f)),
      fast,
      duplicates,
    });
    if (json) io.out(`${JSON.stringify(outcomes.map(summary), null, 2)}\n`);
    else for (const o of outcomes) (o.ok || o.skipped ? io.out : io.err)(`${describe(o)}\n`);
    const skippedCount = outcomes.filter((o) => o.skipped).length;
    const failedCount = outcomes.filter((o) => !o.ok && !o.skipped).length;
    const skippedPart = skippedCount > 0 ? `, ${skippedCount} skipped (already imported)` : '';
    if (!json)
      io.out(`${outcomes.length - failedCount - skippedCount} imported${skippedPart}, ${failedCount} failed\n`);
    return failedCount > 0 ? 1 : 0;
  } finally {
    core.close();
  }
}

function summary(o: FileOutcome) {
  const s = o.staged;
  return {
    file: o.file,
    ok: o.ok,
    ...(o.error ? { error: o.error.message, code: o.error.code } : {}),
    ...(o.skipped ? { skipped: true, duplicateOf: o.skipped.map((d) => d.interviewId) } : {}),
    ...(s
      ? {
          format: s.format,
          flavour: s.flavour,
          encoding: s.encoding,
          speakers: s.speakers.map((sp) => ({
            label: sp.label,
            turns: sp.turnCount,
            talkMs: sp.talkMs,
            role: sp.suggestion.role,
          })),
          turns: s.turnCount,
          durationMs: s.durationMs,
          warnings: s.warnings,
        }
      : {}),
    ...(o.interviewId ? { interviewId: o.interviewId } : {}),
  };
}

function describe(o: FileOutcome): string {
  const name = path.basename(o.file);
  if (o.skipped) {
    const first = o.skipped[0]!;
    return `↷ ${name}: skipped, the same file is already the transcript of "${first.interviewTitle}" (interview ${first.interviewId}); --import-duplicates imports it again`;
  }
  if (!o.ok) return `✗ ${name}: ${o.error?.message ?? 'failed'}`;
  const s = o.staged!;
  const speakers = s.speakers.map((sp) => `${sp.label ?? 'unknown'} (${sp.turnCount})`).join(', ');
  const lines = [
    `✓ ${name}: ${s.format}${s.flavour ? ` (${s.flavour})` : ''}, ${s.encoding}, ${s.turnCount} turns, ${duration(s.durationMs)}`,
    `    speakers: ${speakers || 'none'}`,
    ...s.warnings.map((w) => `    warning: ${w}`),
  ];
  return lines.join('\n');
}

export function duration(ms: number | null): string {
  if (ms === null) return 'no timings';
  const total = Math.round(ms / 1000);
  const h = Math.floor(total / 3600);
  const m = Math.floor((total % 3600) / 60);
  const sec = total % 60;
  return h > 0
    ? `${h}:${String(m).padStart(2, '0')}:${String(sec).padStart(2, '0')}`
    : `${m}:${String(sec).padStart(2, '0')}`;
}
