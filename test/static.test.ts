/**
 * Static checks as tests, so CI counts them: each layer type-checks under its own lib/types
 * (DOM only in the renderer, Node types only in electron/), and lint (with the import rules) is clean.
 */
import { spawnSync } from 'node:child_process';
import path from 'node:path';
import { describe, expect, it } from 'vitest';

const bin = (name: string) => path.resolve('node_modules', '.bin', name);

function run(cmd: string, args: string[]): { code: number | null; output: string } {
  const r = spawnSync(cmd, args, { encoding: 'utf8', timeout: 240_000 });
  return { code: r.status, output: `${r.stdout}${r.stderr}`.trim() };
}

describe('static checks', () => {
  // bench/ drives Chromium (page.evaluate bodies use DOM types), so it has its own config.
  for (const config of ['tsconfig.shared.json', 'tsconfig.node.json', 'tsconfig.renderer.json', 'tsconfig.test.json', 'tsconfig.bench.json']) {
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
});
