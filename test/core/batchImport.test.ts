/** Batch import: each file all-or-nothing, failures reported by name, the fast path keeps search correct. */
import fs from 'node:fs';
import path from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { runCli } from '../../electron/cli/run';
import { importFiles } from '../../electron/core/services/transcripts/batch';
import { StagingArea } from '../../electron/core/services/transcripts/staging';
import { workerParser } from '../../electron/core/services/transcripts/parser';
import { makeCore, tempDir, type TestCore } from '../support/core';
import { recording } from '../support/queryPlans';

const FIXTURES = path.resolve('test/fixtures/transcripts');
const fx = (f: string) => path.join(FIXTURES, f);

let t: TestCore;
beforeEach(async () => {
  t = await makeCore();
});
afterEach(() => t.close());

function brokenFile(): string {
  const file = path.join(tempDir(), 'broken-call.vtt');
  fs.writeFileSync(file, 'WEBVTX\n\n00:00.000 --> 00:01.000\nhello\n');
  return file;
}

describe('batch import', () => {
  for (const fast of [false, true]) {
    it(`imports good files and reports the broken one by name (${fast ? 'fast path' : 'one transaction per file'})`, async () => {
      const ctx = t.core.session.context();
      const staging = new StagingArea(
        () => Date.now(),
        () => Math.random().toString(36),
      );
      const files = [fx('teams.vtt'), brokenFile(), fx('otter.txt'), fx('interview.srt')];
      const progress: number[] = [];
      const outcomes = await importFiles(ctx, staging, files, {
        fast,
        chunkSize: 2,
        onProgress: (d) => progress.push(d),
      });
      expect(outcomes.map((o) => o.ok)).toEqual([true, false, true, true]);
      expect(outcomes[1]!.error!.message).toMatch(/broken-call\.vtt/);
      const counts = await t.call('project.counts');
      expect(counts['interviews']).toBe(3);
      expect(counts['transcripts']).toBe(3);
      expect(progress.at(-1)).toBe(4);

      // Full-text search finds imported words, and later edits are still indexed (triggers restored).
      const db = ctx.db;
      const search = (q: string) =>
        (db.prepare('SELECT count(*) AS n FROM transcript_fts WHERE transcript_fts MATCH ?').get(q) as { n: number }).n;
      expect(search('detention')).toBeGreaterThan(0);
      db.prepare(
        "UPDATE transcript_segments SET text = 'zebracrossing' WHERE id = (SELECT min(id) FROM transcript_segments)",
      ).run();
      expect(search('zebracrossing')).toBe(1);
      expect(db.pragma('integrity_check', { simple: true })).toBe('ok');
      const triggers = db
        .prepare("SELECT count(*) AS n FROM sqlite_schema WHERE type = 'trigger' AND name LIKE 'transcript_fts_%'")
        .get() as { n: number };
      expect(triggers.n).toBe(3);
    });
  }
});

describe('the fast path on a project that already has transcripts', () => {
  it('indexes only the new turns (no rebuild of the whole index), and the index stays whole', async () => {
    const ctx = t.core.session.context();
    const staging = new StagingArea(
      () => Date.now(),
      () => Math.random().toString(36),
    );
    await importFiles(ctx, staging, [fx('teams.vtt')], {});
    const db = ctx.db;
    const before = db.prepare('SELECT count(*) FROM transcript_segments').pluck().get() as number;
    const statements = await recording(() =>
      importFiles(ctx, staging, [fx('otter.txt'), fx('interview.srt')], { fast: true, chunkSize: 1 }),
    );
    expect(statements.filter((r) => /'rebuild'/.test(r.sql))).toEqual([]);
    expect(db.prepare('SELECT count(*) FROM transcript_segments').pluck().get()).toBeGreaterThan(before);
    // FTS5's own check: every turn, old and new, is in the index exactly as its text says.
    db.prepare("INSERT INTO transcript_fts(transcript_fts, rank) VALUES ('integrity-check', 1)").run();
    const search = (q: string) =>
      db.prepare('SELECT count(*) FROM transcript_fts WHERE transcript_fts MATCH ?').pluck().get(q);
    const total = db
      .prepare("SELECT count(*) FROM transcript_fts WHERE transcript_fts MATCH 'the OR and OR a OR i'")
      .pluck()
      .get();
    expect(total).toBeGreaterThan(0);
    for (const row of db.prepare('SELECT id, text FROM transcript_segments ORDER BY id').all() as {
      id: number;
      text: string;
    }[]) {
      const word = /[A-Za-z]{4,}/.exec(row.text)?.[0];
      if (word) expect(search(`"${word}"`)).toBeGreaterThan(0);
    }
  });
});

describe('batch import with a worker parser', () => {
  it('parses ahead in the worker and still maps one person named in several files to one participant', async () => {
    const parser = workerParser({ file: path.resolve('electron/core/services/import/worker.dev.mjs') });
    try {
      const ctx = t.core.session.context();
      const staging = new StagingArea(
        () => Date.now(),
        () => Math.random().toString(36),
      );
      const files = [fx('interview.srt'), fx('teams.vtt'), fx('otter.txt'), brokenFile()];
      const outcomes = await importFiles(ctx, staging, files, { fast: true, chunkSize: 1, parser });
      expect(outcomes.map((o) => o.ok)).toEqual([true, true, true, false]);
      const people = await t.call('participants.list');
      const names = people.map((p) => p.realName);
      expect(names.filter((n) => n === 'Tom Okafor')).toHaveLength(1); // named in all three files
    } finally {
      await parser.close();
    }
  });
});

describe('cli import', () => {
  it('prints format, encoding, speakers, turns, duration and warnings per file; exits 1 when one fails', async () => {
    const project = path.join(tempDir(), 'cli.groundwork');
    await runCli(['init', project], { out() {}, err() {} });
    let out = '';
    let err = '';
    const code = await runCli(['import', project, fx('interview.srt'), brokenFile(), '--json'], {
      out: (s) => void (out += s),
      err: (s) => void (err += s),
    });
    expect(code).toBe(1);
    const report = JSON.parse(out) as Record<string, unknown>[];
    expect(report[0]).toMatchObject({
      ok: true,
      format: 'srt',
      encoding: 'utf-8',
      turns: expect.any(Number),
      durationMs: expect.any(Number),
    });
    expect((report[0]!['speakers'] as unknown[]).length).toBe(2);
    expect((report[0]!['warnings'] as string[])[0]).toMatch(/line \d+/);
    expect(report[1]).toMatchObject({ ok: false, code: 'PARSE', error: expect.stringMatching(/broken-call\.vtt/) });
    expect(err).toBe('');
  });

  it('exits 0 when every file imports', async () => {
    const project = path.join(tempDir(), 'ok.groundwork');
    await runCli(['init', project], { out() {}, err() {} });
    let out = '';
    const code = await runCli(['import', project, fx('teams.vtt'), fx('otter.txt')], {
      out: (s) => void (out += s),
      err() {},
    });
    expect(code).toBe(0);
    expect(out).toMatch(/2 imported, 0 failed/);
  });
});
