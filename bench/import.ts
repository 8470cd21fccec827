/** Import benchmarks: one 2-hour transcript (parse + store), and 500 of them through the fast path. */
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { randomUUID } from 'node:crypto';
import type { ProjectSession } from '../electron/core/project/session';
import { standaloneSession } from '../electron/core/project/standalone';
import { importFiles } from '../electron/core/services/transcripts/batch';
import { StagingArea } from '../electron/core/services/transcripts/staging';
import { workerParser } from '../electron/core/services/transcripts/parser';
import { stageBytes } from '../electron/core/services/transcripts/stage';
import { commitTranscript } from '../electron/core/services/transcripts/commit';
import { suggestedMappings } from '../electron/core/services/transcripts/batch';
import { twoHourVtt } from './corpus';
import { benchScale, standardCorpus } from './standardCorpus';
import { median, type BenchResult } from './util';

async function session(file: string): Promise<ProjectSession> {
  const s = standaloneSession();
  await s.create(file);
  return s;
}

export async function benchImportOne(runs = 15): Promise<BenchResult[]> {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'gw-bench-import-'));
  const s = await session(path.join(dir, 'one.groundwork'));
  const ctx = s.context();
  const staging = new StagingArea(() => Date.now(), randomUUID);
  const samples: number[] = [];
  for (let i = 0; i < runs + 2; i++) {
    const bytes = Buffer.from(twoHourVtt(i + 1));
    const t0 = performance.now();
    const staged = await stageBytes(ctx, staging, `call-${i}.vtt`, bytes);
    commitTranscript(ctx, staging.get(staged.stagingId)!, { kind: 'new' }, suggestedMappings(staged));
    const ms = performance.now() - t0;
    if (i >= 2) samples.push(ms); // first runs warm the JIT
  }
  s.close();
  fs.rmSync(dir, { recursive: true, force: true });
  return [
    {
      name: 'parse + store one 2-hour transcript (1,800 cues, WebVTT)',
      value: median(samples),
      unit: 'ms',
      target: 300,
      detail: `median of ${runs}, durable commit`,
    },
  ];
}

export async function benchBulkImport(count = 500): Promise<BenchResult[]> {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'gw-bench-bulk-'));
  const files: string[] = [];
  for (let i = 0; i < count; i++) {
    const f = path.join(dir, `interview-${String(i).padStart(3, '0')}.vtt`);
    fs.writeFileSync(f, twoHourVtt(1000 + i, 1800, `Participant ${i}`));
    files.push(f);
  }
  const s = await session(path.join(dir, 'bulk.groundwork'));
  const staging = new StagingArea(() => Date.now(), randomUUID);
  const parser = workerParser({ file: path.resolve('electron/core/services/import/worker.dev.mjs') });
  const t0 = performance.now();
  const outcomes = await importFiles(s.context(), staging, files, { fast: true, parser });
  await parser.close();
  const seconds = (performance.now() - t0) / 1000;
  const failed = outcomes.filter((o) => !o.ok).length;
  const turns = (s.context().db.prepare('SELECT count(*) AS n FROM transcript_segments').get() as { n: number }).n;
  s.close();
  fs.rmSync(dir, { recursive: true, force: true });
  return [
    {
      name: `bulk import of ${count} two-hour transcripts (fast path)`,
      value: seconds,
      unit: 's',
      target: 60,
      detail: `${turns} turns stored, ${failed} failed`,
    },
  ];
}

/** 50 transcripts through the fast path into a copy of the standard corpus (a full project), and the plain path. */
export async function benchImportIntoCorpus(count = 50): Promise<BenchResult[]> {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'gw-bench-into-'));
  const files: string[] = [];
  for (let i = 0; i < count; i++) {
    const f = path.join(dir, `late-${String(i).padStart(2, '0')}.vtt`);
    fs.writeFileSync(f, twoHourVtt(5000 + i, 1800, `Late participant ${i}`));
    files.push(f);
  }
  const out: BenchResult[] = [];
  for (const fast of [true, false]) {
    const file = path.join(dir, `corpus-${fast ? 'fast' : 'plain'}.groundwork`);
    fs.copyFileSync(await standardCorpus(), file);
    const s = standaloneSession();
    await s.open(file);
    const staging = new StagingArea(() => Date.now(), randomUUID);
    const parser = workerParser({ file: path.resolve('electron/core/services/import/worker.dev.mjs') });
    const t0 = performance.now();
    const outcomes = await importFiles(s.context(), staging, files, { fast, parser });
    await parser.close();
    const seconds = (performance.now() - t0) / 1000;
    s.close();
    out.push({
      name: `import ${count} two-hour transcripts into the standard corpus ×${benchScale()} (${fast ? 'fast path' : 'one transaction per file'})`,
      value: seconds,
      unit: 's',
      target: Infinity,
      detail: `${outcomes.filter((o) => !o.ok).length} failed`,
    });
  }
  fs.rmSync(dir, { recursive: true, force: true });
  return out;
}
