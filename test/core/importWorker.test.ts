/**
 * The import worker (the app's and the web host's path): a file is parsed, held and stored off the
 * thread that answers the UI. It stores exactly what the inline path stores; while a very long
 * transcript is being stored, reads are answered at once and see the project as it was, an edit
 * waits its turn and lands after, and progress is reported until the end.
 */
import fs from 'node:fs';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Core } from '../../electron/core/createCore';
import type { PushEvent } from '../../shared/ipc/events';
import type { StagedTranscript, Transcript } from '../../shared/domain/transcript';
import { callerFor, makeCore, type TestCore } from '../support/core';
import { writeCueFlood } from '../support/hostileFiles';

const WORKER = path.resolve('electron/core/services/transcripts/importWorker.dev.mjs');
const FIXTURES = path.resolve('test/fixtures/transcripts');

const stage = (call: TestCore['call'], file: string) =>
  call('imports.stageFile', {
    fileName: path.basename(file),
    dataBase64: fs.readFileSync(file).toString('base64'),
  });

const suggested = (staged: StagedTranscript) =>
  staged.speakers.map((s) => ({
    label: s.label,
    role: s.suggestion.role,
    participantId: s.suggestion.participantId,
    createParticipant: s.suggestion.role === 'participant' && s.suggestion.participantId === null && s.label !== null,
  }));

/** A transcript without its generated ids and times, for comparing two stores of one file. */
function shape(t: Transcript) {
  const speakers = new Map(t.speakers.map((s) => [s.id, s.label]));
  return {
    format: t.format,
    encoding: t.encoding,
    durationMs: t.durationMs,
    speakers: t.speakers.map((s) => ({ label: s.label, role: s.role, countsAsEvidence: s.countsAsEvidence })),
    turns: t.turns.map((turn) => ({ ...turn, id: 0, speakerId: speakers.get(turn.speakerId ?? -1) ?? null })),
  };
}

describe('import worker', () => {
  let dir: string;
  let core: Core;
  let inline: TestCore;
  const events: PushEvent[] = [];

  beforeAll(async () => {
    const t = await makeCore({ core: { importWorker: { file: WORKER } } });
    ({ dir, core } = t);
    core.onEvent((event) => events.push(event));
    inline = await makeCore();
  });
  afterAll(() => {
    core.close();
    inline.close();
    fs.rmSync(dir, { recursive: true, force: true });
  });

  it('previews and stores each fixture exactly as the inline path does', async () => {
    const viaWorker = callerFor(core).call;
    for (const name of ['teams.vtt', 'interview.srt', 'otter.txt', 'teams-timing.docx']) {
      const file = path.join(FIXTURES, name);
      const [a, b] = [await stage(viaWorker, file), await stage(inline.call, file)];
      expect({ ...a, stagingId: '' }, name).toEqual({ ...b, stagingId: '' });
      const [ra, rb] = [
        await viaWorker('imports.commit', {
          stagingId: a.stagingId,
          target: { kind: 'new' },
          speakers: suggested(a),
        }),
        await inline.call('imports.commit', {
          stagingId: b.stagingId,
          target: { kind: 'new' },
          speakers: suggested(b),
        }),
      ];
      const [ta, tb] = [
        await viaWorker('transcripts.get', { interviewId: ra.interviewId }),
        await inline.call('transcripts.get', { interviewId: rb.interviewId }),
      ];
      expect(shape(ta!), name).toEqual(shape(tb!));
      expect(ra.participantsCreated.length, name).toBe(rb.participantsCreated.length);
    }
    // The worker's commit reaches the UI as the usual change events.
    expect(
      events.some((e) => e.name === 'entities.changed' && (e.payload as { kind: string }).kind === 'transcript'),
    ).toBe(true);
  });

  it('gives the same errors: an expired preview, a missing interview, a speaker that is not in the file', async () => {
    const call = callerFor(core).call;
    await expect(
      call('imports.commit', { stagingId: 'gone', target: { kind: 'new' }, speakers: [] }),
    ).rejects.toMatchObject({
      code: 'NOT_FOUND',
      message: expect.stringContaining('This preview has expired. Add the file again.'),
    });
    const staged = await stage(call, path.join(FIXTURES, 'teams.vtt'));
    await expect(
      call('imports.commit', {
        stagingId: staged.stagingId,
        target: { kind: 'existing', interviewId: 9999, replace: false },
        speakers: [],
      }),
    ).rejects.toMatchObject({ code: 'NOT_FOUND' });
    await expect(
      call('imports.commit', {
        stagingId: staged.stagingId,
        target: { kind: 'new' },
        speakers: [{ label: 'Nobody Here', role: 'participant' }],
      }),
    ).rejects.toMatchObject({ code: 'VALIDATION', message: expect.stringContaining('Nobody Here') });
    expect(await call('imports.discard', { stagingId: staged.stagingId })).toEqual({ discarded: true });
  });

  it('stores a 150,000-cue transcript while reads are answered and an edit waits its turn, with progress', async () => {
    const call = callerFor(core).call;
    const file = path.join(dir, 'marathon.vtt');
    writeCueFlood(file, 150_000);
    const staged = await stage(call, file);
    expect(staged.turnCount).toBe(150_000);
    const before = (await call('interviews.list')).length;

    events.length = 0;
    let stored = false;
    const commit = call('imports.commit', {
      stagingId: staged.stagingId,
      target: { kind: 'new' },
      speakers: suggested(staged),
    }).then((result) => {
      stored = true;
      return result;
    });
    // Answered while the worker writes, from the project as it was before the import.
    const during = await call('interviews.list');
    expect(stored).toBe(false);
    expect(during.length).toBe(before);
    // A write made meanwhile waits for the import, then lands.
    const edit = call('companies.create', { name: 'Added during the import' }).then((company) => ({
      company,
      afterImport: stored,
    }));

    const result = await commit;
    expect(result.turnCount).toBe(150_000);
    const { company, afterImport } = await edit;
    expect(afterImport).toBe(true);
    expect(company.id).toBeGreaterThan(0);
    expect((await call('interviews.list')).length).toBe(before + 1);

    const progress = events
      .filter((e) => e.name === 'task.progress')
      .map((e) => e.payload as { done: number; state: string; label: string });
    expect(progress[0]).toMatchObject({ state: 'running', label: 'Storing marathon.vtt' });
    expect(progress.at(-1)).toMatchObject({ state: 'done', done: 150_000 });
    const running = progress.filter((p) => p.state === 'running').map((p) => p.done);
    expect(running.length).toBeGreaterThan(10);
    expect(running).toEqual([...running].sort((a, b) => a - b));
  }, 120_000);
});
