/**
 * Merging from the command line (issue 18, item 4).
 *   `groundwork merge PROJECT OTHER [--json]` previews the merge of OTHER (a colleague's copy, or a .qdpx) into
 *   PROJECT without changing anything; `--commit --policy mine|theirs|both` applies it, settling every
 *   conflict by the policy (both: keep both where that makes sense, otherwise mine).
 *   `groundwork copy-for-colleague PROJECT OUT` writes the copy a colleague codes in, recording the
 *   common state in both files so the merge back is three-way.
 */
import path from 'node:path';
import type { MergeChoice, MergePreview, MergeReport } from '../../shared/domain/merge';
import { AppError } from '../../shared/errors';
import { openCliCore } from './core';
import type { CliIo } from './run';

const POLICIES = ['mine', 'theirs', 'both'] as const;

const CONFLICT_WORDS: Record<MergePreview['conflicts'][number]['conflict'], string> = {
  bothChanged: 'both changed it',
  differs: 'the two differ (no common copy known)',
  deletedMine: 'deleted here, changed there',
  deletedTheirs: 'changed here, deleted there',
  deletedWithDependants: 'deleted on one side, built on by the other',
};

const fields = (f: Record<string, string> | null) =>
  f
    ? Object.entries(f)
        .map(([k, v]) => `${k}: ${v}`)
        .join('; ') || '(same)'
    : '(deleted)';

export function previewToText(p: MergePreview): string {
  const lines = [
    `Merge from ${p.otherName} (${p.base === 'known' ? 'three-way: the common copy is known' : 'two-way: no common copy is known, every difference is a conflict'})`,
  ];
  for (const k of p.kinds) {
    const parts = [
      k.newTheirs && `${k.newTheirs} new there`,
      k.changedTheirs && `${k.changedTheirs} changed there`,
      k.deletedTheirs && `${k.deletedTheirs} deleted there`,
      k.newMine && `${k.newMine} only here`,
      k.notMerged && `${k.notMerged} edited there, not merged`,
    ].filter(Boolean);
    if (parts.length) lines.push(`  ${k.kind}: ${parts.join(', ')}`);
  }
  if (p.conflicts.length) {
    lines.push(`Conflicts (${p.conflicts.length}):`);
    for (const c of p.conflicts) {
      const who = (s: typeof c.mine) => (s.coder ? ` [${s.coder.initials}]` : '');
      lines.push(`  ${c.label} — ${CONFLICT_WORDS[c.conflict]}`);
      lines.push(`    mine${who(c.mine)}: ${fields(c.mine.fields)}`);
      lines.push(`    theirs${who(c.theirs)}: ${fields(c.theirs.fields)}`);
    }
  }
  for (const a of p.adjustments) lines.push(`Adjusted: ${a}`);
  lines.push('Not merged:', ...p.notMerged.map((n) => `  ${n}`));
  if (p.nothingNew) lines.push('Nothing new: the projects already agree.');
  return `${lines.join('\n')}\n`;
}

export function reportToText(r: MergeReport): string {
  const lines = [`Merged from ${r.otherName}.`];
  for (const c of r.counts) {
    if (c.added + c.updated + c.removed === 0) continue;
    lines.push(`  ${c.kind}: ${c.added} added, ${c.updated} updated, ${c.removed} removed`);
  }
  for (const c of r.conflicts) lines.push(`  ${c.label}: kept ${c.choice}`);
  for (const a of r.adjustments) lines.push(`Adjusted: ${a}`);
  if (r.nothingNew) lines.push('Nothing new: nothing was changed.');
  return `${lines.join('\n')}\n`;
}

export async function mergeCommand(args: string[], io: CliIo): Promise<number> {
  const json = args.includes('--json');
  const commit = args.includes('--commit');
  const policyAt = args.indexOf('--policy');
  const policy = policyAt >= 0 ? args[policyAt + 1] : undefined;
  const positional = args.filter((a, i) => !a.startsWith('--') && (policyAt < 0 || i !== policyAt + 1));
  const [project, other] = positional;
  if (!project || !other || positional.length !== 2) {
    throw new AppError('VALIDATION', 'merge takes a PROJECT and the OTHER project to merge from.');
  }
  if (policy !== undefined && !(POLICIES as readonly string[]).includes(policy)) {
    throw new AppError('VALIDATION', '--policy is mine, theirs or both.');
  }
  if (commit && !policy) {
    throw new AppError(
      'VALIDATION',
      '--commit needs --policy mine|theirs|both: it says how every conflict is settled.',
    );
  }
  const target = path.resolve(project);
  // A preview changes nothing, so it opens PROJECT read-only (no lock, another window may have it open).
  const core = commit
    ? await openCliCore({ owner: { what: '`groundwork merge` (command line)' } })
    : await openCliCore({ readOnly: target });
  try {
    if (commit) await core.call('host.openProject', { path: target });
    const preview = await core.call('host.stageMergeFile', { path: path.resolve(other) });
    if (!commit) {
      await core.call('merge.discard', { stagingId: preview.stagingId });
      io.out(json ? `${JSON.stringify(preview, null, 2)}\n` : previewToText(preview));
      return 0;
    }
    const resolutions = preview.conflicts.map((c) => {
      const wanted = policy as MergeChoice;
      const choice = c.choices.some((x) => x.choice === wanted) ? wanted : 'mine';
      return { conflictId: c.id, choice };
    });
    const report = await core.call('merge.commit', { stagingId: preview.stagingId, resolutions });
    io.out(json ? `${JSON.stringify({ preview, report }, null, 2)}\n` : reportToText(report));
    return 0;
  } finally {
    core.close();
  }
}

export async function copyForColleagueCommand(args: string[], io: CliIo): Promise<number> {
  const [project, out] = args.filter((a) => !a.startsWith('--'));
  if (!project || !out)
    throw new AppError('VALIDATION', 'copy-for-colleague takes a PROJECT and the OUT file to write.');
  const core = await openCliCore({ owner: { what: '`groundwork copy-for-colleague` (command line)' } });
  try {
    await core.call('host.openProject', { path: path.resolve(project) });
    const copy = await core.call('host.copyForColleague', { path: path.resolve(out) });
    io.out(
      args.includes('--json')
        ? `${JSON.stringify(copy, null, 2)}\n`
        : `Wrote ${copy.path ?? out} (${copy.bytes} bytes): a copy for a colleague; merge it back with \`groundwork merge\`.\n`,
    );
    return 0;
  } finally {
    core.close();
  }
}
