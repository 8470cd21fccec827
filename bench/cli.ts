/** `groundwork info` from the bundled bin (dist/cli, built by this run): a fresh process each time. */
import { spawnSync } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { median, type BenchResult } from './util';

export async function benchCli(runs = 10): Promise<BenchResult[]> {
  // @ts-expect-error: a build script in plain JavaScript
  const { buildCli } = (await import('../scripts/build-cli.mjs')) as { buildCli(): Promise<{ entry: string }> };
  const { entry } = await buildCli();
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'gw-bench-cli-'));
  const file = path.join(dir, 'empty.groundwork');
  const run = (...args: string[]) => {
    const t0 = performance.now();
    const r = spawnSync(process.execPath, [entry, ...args], { encoding: 'utf8' });
    if (r.status !== 0) throw new Error(r.stderr);
    return performance.now() - t0;
  };
  run('init', file);
  run('info', file); // warm the file cache
  const samples = Array.from({ length: runs }, () => run('info', file));
  fs.rmSync(dir, { recursive: true, force: true });
  return [
    {
      name: '`groundwork info` on an empty project (bundled bin, fresh process)',
      value: median(samples),
      unit: 'ms',
      target: 200,
      detail: `median of ${runs}; node ${entry.replace(`${process.cwd()}/`, '')}`,
    },
  ];
}
