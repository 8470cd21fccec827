/**
 * Durability: SIGKILL a writer in the middle of large transactions, 50 times. Afterwards the file
 * passes integrity_check and every batch is either wholly there or wholly absent.
 */
import Database from 'better-sqlite3';
import { spawn } from 'node:child_process';
import path from 'node:path';
import { build } from 'esbuild';
import { beforeAll, describe, expect, it } from 'vitest';
import { openProjectDb } from '../../electron/core/db/open';
import { tempDir } from '../support/core';

const KILLS = 50;
const BATCH = 2000;
let writer: string;
let project: string;

beforeAll(async () => {
  const dir = tempDir();
  // Inside the repo so the bundle's `import 'better-sqlite3'` resolves to node_modules.
  writer = path.resolve('node_modules/.cache/groundwork-tests', `kill-writer-${process.pid}.mjs`);
  // Bundle once so each child starts in milliseconds rather than through a TS loader.
  await build({
    entryPoints: [path.resolve('test/support/killWriter.ts')],
    bundle: true,
    platform: 'node',
    format: 'esm',
    target: 'node20',
    outfile: writer,
    external: ['better-sqlite3'],
    logLevel: 'silent',
  });
  project = path.join(dir, 'crash.groundwork');
  (await openProjectDb(project, { create: true })).close();
});

function runAndKill(delayMs: number): Promise<void> {
  return new Promise((resolve, reject) => {
    const child = spawn(process.execPath, [writer, project], {
      stdio: ['ignore', 'pipe', 'pipe'],
    });
    let stderr = '';
    child.stderr.on('data', (d: Buffer) => (stderr += d.toString()));
    // Kill a random moment after the first batch has committed, so every run dies mid-stream of writes.
    let out = '';
    child.stdout.on('data', (d: Buffer) => {
      out += d.toString();
      if (out.includes('committed') && !child.killed) setTimeout(() => child.kill('SIGKILL'), delayMs);
    });
    child.on('exit', (code, signal) => {
      if (signal === 'SIGKILL') resolve();
      else reject(new Error(`writer exited by itself (${code}): ${stderr}`));
    });
  });
}

describe('crash safety', () => {
  it(`survives ${KILLS} SIGKILLs mid-transaction with no partial batch`, async () => {
    // A fixed pseudo-random sequence of kill delays: deterministic, yet spread over the batch cycle.
    let seed = 7;
    for (let i = 0; i < KILLS; i++) {
      seed = (seed * 1103515245 + 12345) % 2 ** 31;
      await runAndKill(seed % 60);
    }
    const db = new Database(project);
    expect(db.pragma('integrity_check', { simple: true })).toBe('ok');
    expect(db.pragma('foreign_key_check')).toEqual([]);
    const batches = db
      .prepare(
        `SELECT substr(name, 1, length(name) - length(replace(name, rtrim(name, '0123456789'), '')) - 1) AS batch,
                count(*) AS n
           FROM companies WHERE notes = 'crash-test' GROUP BY batch`,
      )
      .all() as { batch: string; n: number }[];
    db.close();
    expect(batches.length).toBeGreaterThanOrEqual(KILLS); // at least one committed batch per run
    for (const b of batches) expect(b.n, `batch ${b.batch}`).toBe(BATCH);
  }, 180_000);
});
