/**
 * Cold start of the data layer: load better-sqlite3 + our modules, open, migrate, first query. The
 * existing project is the standard corpus at the run's scale (a real study, not an empty file).
 */
import { spawnSync } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { build } from 'esbuild';
import { benchScale, standardCorpus } from './standardCorpus';
import { median, type BenchResult } from './util';

export async function benchColdStart(runs = 15): Promise<BenchResult[]> {
  const bundle = path.resolve('node_modules/.cache/groundwork-bench/cold-start.mjs');
  await build({
    entryPoints: [path.resolve('bench/coldStartChild.ts')],
    bundle: true,
    platform: 'node',
    format: 'esm',
    target: 'node20',
    outfile: bundle,
    external: ['better-sqlite3'],
    logLevel: 'silent',
  });
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'gw-bench-cold-'));
  const sample = (file: string, mode: 'create' | 'open') => {
    const r = spawnSync(process.execPath, [bundle, file, mode], { encoding: 'utf8' });
    if (r.status !== 0) throw new Error(r.stderr);
    return JSON.parse(r.stdout) as { require: number; open: number; query: number; total: number };
  };
  const created: number[] = [];
  const opened: number[] = [];
  const study = path.join(dir, 'study.groundwork');
  fs.copyFileSync(await standardCorpus(), study);
  sample(study, 'open'); // the first open of a copied file reads it from disk once
  for (let i = 0; i < runs; i++) {
    created.push(sample(path.join(dir, `p${i}.groundwork`), 'create').total);
    opened.push(sample(study, 'open').total);
  }
  fs.rmSync(dir, { recursive: true, force: true });
  return [
    {
      name: 'cold start, existing project (load, open, first query)',
      value: median(opened),
      unit: 'ms',
      target: 100,
      detail: `the standard corpus ×${benchScale()}; median of ${runs} fresh processes`,
    },
    {
      name: 'cold start, new project (load, create, migrate, first query)',
      value: median(created),
      unit: 'ms',
      target: 100,
      detail: `median of ${runs} fresh processes`,
    },
  ];
}
