/**
 * A file imported twice would count its quotes twice. The project recognises a file's content by its
 * SHA-256: the preview names the interview that already holds it, committing it again is refused
 * with that name unless asked for, a batch (CLI) skips it, and replacing a transcript by its own
 * file stays allowed. Checked on the inline path and through the import worker (the app's path).
 */
import fs from 'node:fs';
import path from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { runCli } from '../../electron/cli/run';
import type { StagedTranscript } from '../../shared/domain/transcript';
import { makeCore, tempDir, type Caller } from '../support/core';

const FIXTURES = path.resolve('test/fixtures/transcripts');
const WORKER = path.resolve('electron/core/services/transcripts/importWorker.dev.mjs');
type Call = Caller['call'];

const stage = (call: Call, name: string, bytes = fs.readFileSync(path.join(FIXTURES, name))) =>
  call('imports.stageFile', { fileName: name, dataBase64: bytes.toString('base64') });

const commit = (call: Call, staged: StagedTranscript, extra: Record<string, unknown> = {}) =>
  call('imports.commit', {
    stagingId: staged.stagingId,
    target: { kind: 'new' },
    speakers: staged.speakers.map((s) => ({
      label: s.label,
      role: s.suggestion.role,
      participantId: null,
      createParticipant: false,
    })),
    ...extra,
  });

const closers: (() => void)[] = [];
afterEach(() => {
  while (closers.length) closers.pop()!();
});

async function inlineCall(): Promise<Call> {
  const t = await makeCore();
  closers.push(() => t.close());
  return t.call;
}

async function workerCall(): Promise<Call> {
  const t = await makeCore({ core: { importWorker: { file: WORKER } } });
  closers.push(() => {
    t.close();
    fs.rmSync(t.dir, { recursive: true, force: true });
  });
  return t.call;
}

describe.each([
  ['inline', inlineCall],
  ['import worker', workerCall],
])('the same file twice (%s)', (_name, open) => {
  it('the second preview names the interview that holds it; committing it again is refused, changes nothing, and is allowed when asked', async () => {
    const call = await open();
    const first = await stage(call, 'teams.vtt');
    expect(first.duplicates).toEqual([]);
    expect(first.contentSha256).toMatch(/^[0-9a-f]{64}$/);
    const stored = await commit(call, first);

    const again = await stage(call, 'teams.vtt');
    expect(again.contentSha256).toBe(first.contentSha256);
    expect(again.duplicates).toHaveLength(1);
    expect(again.duplicates[0]!.interviewId).toBe(stored.interviewId);

    const before = await call('project.counts');
    const refused = commit(call, again);
    await expect(refused).rejects.toMatchObject({ code: 'CONFLICT' });
    await expect(refused).rejects.toThrow(/teams\.vtt was already imported.*transcript of "teams"/);
    expect(await call('project.counts')).toEqual(before);

    const third = await stage(call, 'teams.vtt');
    const copy = await commit(call, third, { importDuplicate: true });
    expect(copy.interviewId).not.toBe(stored.interviewId);
    const fourth = await stage(call, 'teams.vtt');
    expect(fourth.duplicates.map((d) => d.interviewId)).toEqual([stored.interviewId, copy.interviewId]);
  });

  it('one changed byte is another file; replacing a transcript by its own file is not a duplicate', async () => {
    const call = await open();
    const bytes = fs.readFileSync(path.join(FIXTURES, 'interview.srt'));
    const stored = await commit(call, await stage(call, 'interview.srt', bytes));
    const edited = Buffer.concat([bytes, Buffer.from('\n')]);
    expect((await stage(call, 'interview.srt', edited)).duplicates).toEqual([]);

    const same = await stage(call, 'interview.srt', bytes);
    const replaced = await call('imports.commit', {
      stagingId: same.stagingId,
      target: { kind: 'existing', interviewId: stored.interviewId, replace: true },
      speakers: same.speakers.map((s) => ({
        label: s.label,
        role: s.suggestion.role,
        participantId: null,
        createParticipant: false,
      })),
    });
    expect(replaced.interviewId).toBe(stored.interviewId);
  });
});

describe('the CLI', () => {
  it('skips a file already in the project (and a second copy in the same batch), reports it, and imports it with --import-duplicates', async () => {
    const dir = tempDir('gw-dup-cli-');
    const project = path.join(dir, 'study.groundwork');
    const copy = path.join(dir, 'teams-copy.vtt');
    fs.copyFileSync(path.join(FIXTURES, 'teams.vtt'), copy);
    await runCli(['init', project], { out() {}, err() {} });
    let out = '';
    const io = { out: (s: string) => void (out += s), err: (s: string) => void (out += s) };
    expect(await runCli(['import', project, path.join(FIXTURES, 'teams.vtt'), copy], io)).toBe(0);
    expect(out).toMatch(/teams-copy\.vtt: skipped, the same file is already the transcript of "teams"/);
    expect(out).toMatch(/1 imported, 1 skipped \(already imported\), 0 failed/);

    out = '';
    expect(await runCli(['import', project, copy, '--json'], io)).toBe(0);
    const [report] = JSON.parse(out) as { skipped?: boolean; duplicateOf?: number[] }[];
    expect(report).toMatchObject({ skipped: true, duplicateOf: [1] });

    out = '';
    expect(await runCli(['import', project, copy, '--import-duplicates'], io)).toBe(0);
    expect(out).toMatch(/1 imported, 0 failed/);
    fs.rmSync(dir, { recursive: true, force: true });
  });
});
