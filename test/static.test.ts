/**
 * Static checks as tests, so CI counts them: each layer type-checks under its own lib/types
 * (DOM only in the renderer, Node types only in electron/), lint (with the import rules) is clean, and
 * every file Prettier formats is formatted.
 */
import { spawnSync } from 'node:child_process';
import fs from 'node:fs';
import path from 'node:path';
import * as prettier from 'prettier';
import { describe, expect, it } from 'vitest';

const bin = (name: string) => path.resolve('node_modules', '.bin', name);

function run(cmd: string, args: string[]): { code: number | null; output: string } {
  const r = spawnSync(cmd, args, { encoding: 'utf8', timeout: 240_000 });
  return { code: r.status, output: `${r.stdout}${r.stderr}`.trim() };
}

describe('static checks', () => {
  // bench/ drives Chromium (page.evaluate bodies use DOM types), so it has its own config.
  for (const config of [
    'tsconfig.shared.json',
    'tsconfig.node.json',
    'tsconfig.renderer.json',
    'tsconfig.test.json',
    'tsconfig.bench.json',
  ]) {
    it(`type-checks ${config}`, () => {
      const r = run(bin('tsc'), ['-p', config]);
      expect(r.output).toBe('');
      expect(r.code).toBe(0);
    }, 240_000);
  }

  it('lints clean (including the import layering rules)', () => {
    const r = run(bin('eslint'), ['--max-warnings=0', '.']);
    expect(r.output).toBe('');
    expect(r.code).toBe(0);
  }, 240_000);

  it('every file Prettier formats is formatted (.prettierignore and .gitignore aside)', async () => {
    expect(await unformattedFiles()).toEqual([]);
  }, 240_000);
});

/**
 * The repository's files (tracked, or new and not ignored by git) that Prettier has a parser for, is
 * not told to ignore by .prettierignore, and would change: what `prettier --check .` reports.
 */
export async function unformattedFiles(): Promise<string[]> {
  const listed = spawnSync('git', ['ls-files', '--cached', '--others', '--exclude-standard'], { encoding: 'utf8' });
  if (listed.status !== 0) throw new Error(`git ls-files failed: ${listed.stderr}`);
  const out: string[] = [];
  for (const file of listed.stdout.split('\n').filter(Boolean)) {
    if (!fs.existsSync(file)) continue; // deleted in the work tree, not yet in the index
    const info = await prettier.getFileInfo(file, { ignorePath: '.prettierignore' });
    if (info.ignored || !info.inferredParser) continue;
    const options = (await prettier.resolveConfig(file)) ?? {};
    if (!(await prettier.check(fs.readFileSync(file, 'utf8'), { ...options, filepath: file }))) out.push(file);
  }
  return out;
}
