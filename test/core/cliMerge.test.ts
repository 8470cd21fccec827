/** `groundwork copy-for-colleague` and `groundwork merge` (preview, then --commit with a policy) over real project files. */
import fs from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { runCli } from '../../electron/cli/run';
import { createCore } from '../../electron/core/createCore';
import type { MergePreview, MergeReport } from '../../shared/domain/merge';
import { callerFor, makeCore, sequentialGuids, steppingClock } from '../support/core';
import { readRows, TURNS } from '../support/mergePair';
import { importTurns } from '../support/study';

function capture() {
  const io = {
    stdout: '',
    stderr: '',
    out: (s: string) => void (io.stdout += s),
    err: (s: string) => void (io.stderr += s),
  };
  return io;
}

/** Opens a project in its own core for a few calls, as a colleague's app would. */
async function withProject(file: string, prefix: string, work: (c: ReturnType<typeof callerFor>) => Promise<void>) {
  const core = await createCore({ projectPath: file, clock: steppingClock(), newGuid: sequentialGuids(prefix) });
  try {
    await work(callerFor(core));
  } finally {
    core.close();
  }
}

async function quoteIn(c: ReturnType<typeof callerFor>, turn: number, from: string, to: string) {
  const interviewId = (await c.call('interviews.list', {}))[0]!.id;
  const t = (await c.call('transcripts.get', { interviewId }))!.turns[turn]!;
  return c.call('quotes.create', {
    interviewId,
    start: { turnId: t.id, offset: t.text.indexOf(from) },
    end: { turnId: t.id, offset: t.text.indexOf(to) + to.length },
  });
}

describe('cli merge', () => {
  it('copies for a colleague, previews their work without changing anything, commits with a policy, then has nothing new', async () => {
    const t = await makeCore({ core: { newGuid: sequentialGuids('a') } });
    await importTurns(t, 'Call with Tom', TURNS);
    const shared = await t.call('quotes.create', {
      interviewId: (await t.call('interviews.list', {}))[0]!.id,
      start: { turnId: (await t.call('transcripts.get', { interviewId: 1 }))!.turns[1]!.id, offset: 0 },
      end: { turnId: (await t.call('transcripts.get', { interviewId: 1 }))!.turns[1]!.id, offset: 8 },
    });
    t.close();
    const copy = path.join(t.dir, 'for-bo.groundwork');
    const io = capture();
    expect(await runCli(['copy-for-colleague', t.projectPath, copy], io), io.stderr).toBe(0);
    expect(io.stdout).toContain('a copy for a colleague');

    await withProject(copy, 'b', async (c) => {
      await quoteIn(c, 3, 'we fix', 'hand');
      const id = readRows<{ id: number }>(copy, 'SELECT id FROM quotes WHERE guid = ?', shared.guid)[0]!.id;
      await c.call('quotes.update', { id, patch: { comment: 'Theirs' } });
    });
    await withProject(t.projectPath, 'a2', async (c) => {
      await c.call('quotes.update', { id: shared.id, patch: { comment: 'Mine' } });
    });

    const before = readRows(t.projectPath, 'SELECT guid, comment FROM quotes ORDER BY guid');
    const pv = capture();
    expect(await runCli(['merge', t.projectPath, copy, '--json'], pv), pv.stderr).toBe(0);
    const preview = JSON.parse(pv.stdout) as MergePreview;
    expect(preview.base).toBe('known');
    expect(preview.kinds.find((k) => k.kind === 'quote')).toMatchObject({ newTheirs: 1 });
    expect(preview.conflicts).toEqual([
      expect.objectContaining({ id: `quote:${shared.guid}`, conflict: 'bothChanged' }),
    ]);
    expect(readRows(t.projectPath, 'SELECT guid, comment FROM quotes ORDER BY guid')).toEqual(before);

    const text = capture();
    expect(await runCli(['merge', t.projectPath, copy], text)).toBe(0);
    expect(text.stdout).toContain('three-way');
    expect(text.stdout).toMatch(/mine: Comment: Mine\n\s+theirs: Comment: Theirs/);

    const refused = capture();
    expect(await runCli(['merge', t.projectPath, copy, '--commit'], refused)).toBe(1);
    expect(refused.stderr).toContain('--policy');

    const done = capture();
    expect(
      await runCli(['merge', t.projectPath, copy, '--commit', '--policy', 'both', '--json'], done),
      done.stderr,
    ).toBe(0);
    const { report } = JSON.parse(done.stdout) as { report: MergeReport };
    expect(report.conflicts).toEqual([expect.objectContaining({ choice: 'both' })]);
    expect(report.counts.find((c) => c.kind === 'quote')).toMatchObject({ added: 1, updated: 1 });
    expect(readRows(t.projectPath, 'SELECT comment FROM quotes WHERE guid = ?', shared.guid)).toEqual([
      { comment: 'Mine\n\nTheirs' },
    ]);

    const again = capture();
    expect(await runCli(['merge', t.projectPath, copy], again)).toBe(0);
    expect(again.stdout).toContain('Nothing new');
  });

  it('merges from a .qdpx: previews two-way, commits, and the same file again has nothing new', async () => {
    const t = await makeCore({ core: { newGuid: sequentialGuids('a') } });
    await importTurns(t, 'Call with Tom', TURNS);
    t.close();
    const copy = path.join(t.dir, 'for-bo.groundwork');
    expect(await runCli(['copy-for-colleague', t.projectPath, copy], capture())).toBe(0);
    const qdpx = path.join(t.dir, 'bo.qdpx');
    await withProject(copy, 'b', async (c) => {
      const tag = await c.call('tags.create', { name: 'Vendor lock-in' });
      const q = await quoteIn(c, 3, 'we fix', 'hand');
      await c.call('codings.apply', { quoteId: q.id, tagId: tag.id });
      const r = await c.call('refi.export', { kind: 'qdpx' });
      fs.writeFileSync(qdpx, Buffer.from(r.content, 'base64'));
    });
    const pv = capture();
    expect(await runCli(['merge', t.projectPath, qdpx], pv), pv.stderr).toBe(0);
    expect(pv.stdout).toContain('Merge from bo.qdpx (two-way');
    const done = capture();
    expect(
      await runCli(['merge', t.projectPath, qdpx, '--commit', '--policy', 'mine', '--json'], done),
      done.stderr,
    ).toBe(0);
    const { report } = JSON.parse(done.stdout) as { report: MergeReport };
    expect(report.counts.filter((c) => c.added > 0).map((c) => [c.kind, c.added])).toEqual([
      ['tag', 1],
      ['quote', 1],
      ['coding', 1],
    ]);
    expect(readRows(t.projectPath, 'SELECT exact_text FROM quotes')).toEqual([{ exact_text: 'we fix them by hand' }]);
    const again = capture();
    expect(await runCli(['merge', t.projectPath, qdpx], again)).toBe(0);
    expect(again.stdout).toContain('Nothing new');
  });

  it('refuses a missing file and the project itself in one line', async () => {
    const t = await makeCore();
    t.close();
    const io = capture();
    expect(await runCli(['merge', t.projectPath, path.join(t.dir, 'absent.groundwork')], io)).toBe(1);
    expect(io.stderr).toMatch(/^groundwork: No project file at .*absent\.groundwork.*\n$/);
    const self = capture();
    expect(await runCli(['merge', t.projectPath, t.projectPath], self)).toBe(1);
    expect(self.stderr).toContain('That is the project that is open');
  });
});
