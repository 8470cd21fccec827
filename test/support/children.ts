/** Child processes for fault tests: a test entry bundled once, spawned, its stdout read line by line. */
import { spawn, type ChildProcess, type SpawnOptions } from 'node:child_process';
import fs from 'node:fs';
import path from 'node:path';
import { build } from 'esbuild';

/** Bundles `entry` (inside the repo, so packages resolve from node_modules) and returns the file. */
export async function bundleChild(entry: string, name: string): Promise<string> {
  const dir = path.resolve('node_modules/.cache/groundwork-tests');
  fs.mkdirSync(dir, { recursive: true });
  const outfile = path.join(dir, `${name}-${process.pid}.mjs`);
  await build({
    entryPoints: [path.resolve(entry)],
    bundle: true,
    platform: 'node',
    format: 'esm',
    target: 'node20',
    outfile,
    external: ['better-sqlite3', 'pdfkit'],
    // CommonJS dependencies inside an ES module bundle still call require().
    banner: { js: "import { createRequire as __cr } from 'node:module'; const require = __cr(import.meta.url);" },
    logLevel: 'silent',
  });
  return outfile;
}

export interface Child {
  proc: ChildProcess;
  lines: string[];
  stderr(): string;
  /** Resolves with the first line (from the start) that matches, or rejects after `ms`. */
  waitFor(match: (line: string) => boolean, ms?: number): Promise<string>;
  /** Resolves when the process has exited, with its code or signal. */
  exited: Promise<{ code: number | null; signal: NodeJS.Signals | null }>;
  kill(): Promise<void>;
}

export function spawnChild(file: string, args: string[], opts: SpawnOptions = {}): Child {
  const proc = spawn(process.execPath, [file, ...args], { stdio: ['ignore', 'pipe', 'pipe'], ...opts });
  const lines: string[] = [];
  let partial = '';
  let err = '';
  const waiters = new Set<() => void>();
  let closed = false;
  proc.stdout!.setEncoding('utf8').on('data', (chunk: string) => {
    partial += chunk;
    const parts = partial.split('\n');
    partial = parts.pop()!;
    lines.push(...parts);
    for (const w of waiters) w();
  });
  proc.stderr!.setEncoding('utf8').on('data', (chunk: string) => (err += chunk));
  const exited = new Promise<{ code: number | null; signal: NodeJS.Signals | null }>((resolve) =>
    proc.once('close', (code, signal) => {
      closed = true;
      resolve({ code, signal });
      for (const w of waiters) w();
    }),
  );
  return {
    proc,
    lines,
    stderr: () => err,
    exited,
    waitFor(match, ms = 15_000) {
      return new Promise((resolve, reject) => {
        const check = () => {
          const hit = lines.find(match);
          if (hit !== undefined) {
            waiters.delete(check);
            clearTimeout(timer);
            resolve(hit);
          } else if (closed) {
            waiters.delete(check);
            clearTimeout(timer);
            reject(
              new Error(
                `child exited before the line was printed; stdout: ${lines.slice(-5).join(' | ')}; stderr: ${err}`,
              ),
            );
          }
        };
        const timer = setTimeout(() => {
          waiters.delete(check);
          reject(
            new Error(`no matching line within ${ms} ms; last lines: ${lines.slice(-5).join(' | ')}; stderr: ${err}`),
          );
        }, ms);
        waiters.add(check);
        check();
      });
    },
    async kill() {
      if (!closed) proc.kill('SIGKILL');
      await exited;
    },
  };
}
