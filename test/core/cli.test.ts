/** The CLI: init and info, and the one-line refusals that leave files untouched. */
import { spawnSync } from 'node:child_process';
import { createHash } from 'node:crypto';
import fs from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { runCli } from '../../electron/cli/run';
import { tempDir } from '../support/core';

function capture() {
  const io = {
    stdout: '',
    stderr: '',
    out: (t: string) => void (io.stdout += t),
    err: (t: string) => void (io.stderr += t),
  };
  return io;
}

const digest = (f: string) => createHash('sha256').update(fs.readFileSync(f)).digest('hex');

describe('cli', () => {
  it('init creates a project and info prints zero counts for every entity', async () => {
    const file = path.join(tempDir(), 'demo.groundwork');
    const a = capture();
    expect(await runCli(['init', file], a)).toBe(0);
    const b = capture();
    expect(await runCli(['info', file], b)).toBe(0);
    const info = JSON.parse(b.stdout) as { counts: Record<string, number>; schemaVersion: number };
    expect(info.schemaVersion).toBeGreaterThan(0);
    expect(Object.keys(info.counts)).toEqual(
      expect.arrayContaining(['participants', 'companies', 'interviews', 'quotes', 'tags', 'personas', 'citations']),
    );
    expect(Object.values(info.counts).every((n) => n === 0)).toBe(true);
    // info is read-only: no WAL/SHM files are left behind.
    expect(fs.readdirSync(path.dirname(file))).toEqual(['demo.groundwork']);
  });

  it('refuses a text file, a truncated project and a missing path with one line, leaving files untouched', async () => {
    const dir = tempDir();
    const text = path.join(dir, 'notes.txt');
    fs.writeFileSync(text, 'just some notes\n');
    const whole = path.join(dir, 'whole.groundwork');
    await runCli(['init', whole], capture());
    const cut = path.join(dir, 'cut.groundwork');
    fs.writeFileSync(cut, fs.readFileSync(whole).subarray(0, 5000));
    for (const [file, reason] of [
      [text, /not an SQLite database/],
      [cut, /truncated|damaged/],
      [path.join(dir, 'missing.groundwork'), /No project file/],
    ] as const) {
      const before = fs.existsSync(file) ? digest(file) : null;
      const io = capture();
      expect(await runCli(['info', file], io)).toBe(1);
      expect(io.stderr).toMatch(reason);
      expect(io.stderr.trim().split('\n')).toHaveLength(1);
      if (before) expect(digest(file)).toBe(before);
    }
    expect(fs.existsSync(path.join(dir, 'missing.groundwork'))).toBe(false);
  });

  it('init refuses to overwrite an existing file', async () => {
    const file = path.join(tempDir(), 'keep.groundwork');
    fs.writeFileSync(file, 'precious');
    const io = capture();
    expect(await runCli(['init', file], io)).toBe(1);
    expect(io.stderr).toMatch(/already exists/);
    expect(fs.readFileSync(file, 'utf8')).toBe('precious');
  });

  it('runs as `npm run cli` with exit codes', () => {
    const file = path.join(tempDir(), 'real.groundwork');
    const init = spawnSync('npm', ['run', '-s', 'cli', '--', 'init', file], { encoding: 'utf8' });
    expect(init.status).toBe(0);
    const info = spawnSync('npm', ['run', '-s', 'cli', '--', 'info', file], { encoding: 'utf8' });
    expect(info.status).toBe(0);
    expect(JSON.parse(info.stdout).counts.interviews).toBe(0);
    const bad = spawnSync('npm', ['run', '-s', 'cli', '--', 'info', path.join(path.dirname(file), 'nope')], {
      encoding: 'utf8',
    });
    expect(bad.status).not.toBe(0);
    expect(bad.stderr.trim()).toMatch(/^groundwork: No project file/);
  });
});

describe('the bundled cli (package.json bin)', () => {
  it('runs init and info from dist/cli, and loads no parser or renderer for them', async () => {
    // @ts-expect-error: a build script in plain JavaScript
    const { buildCli } = (await import('../../scripts/build-cli.mjs')) as {
      buildCli(o: { outdir: string }): Promise<{
        entry: string;
        metafile: {
          outputs: Record<
            string,
            { entryPoint?: string; imports: { path: string; kind: string }[]; inputs: Record<string, unknown> }
          >;
        };
      }>;
    };
    // Inside the repository, so the bundle finds better-sqlite3 in node_modules as the real bin does.
    const outdir = path.resolve('node_modules/.cache/groundwork-test', path.basename(tempDir('gw-cli-')));
    const { entry, metafile } = await buildCli({ outdir });
    const pkg = JSON.parse(fs.readFileSync('package.json', 'utf8')) as { bin: Record<string, string> };
    expect(pkg.bin['groundwork']).toBe('dist/cli/groundwork.mjs');
    // What `info` loads: the entry and the chunks it imports statically (dynamic imports wait for their command).
    const outputs = metafile.outputs;
    // The CLI's own entry: dynamic-import chunks carry an entryPoint too, and their order is esbuild's.
    const key = Object.keys(outputs).find((k) => outputs[k]!.entryPoint === 'electron/cli/main.ts')!;
    expect(key).toBeDefined();
    const loaded = new Set<string>();
    const walk = (k: string) => {
      if (loaded.has(k) || !outputs[k]) return;
      loaded.add(k);
      for (const i of outputs[k]!.imports) if (i.kind === 'import-statement') walk(i.path);
    };
    walk(key);
    const inputs = [...loaded].flatMap((k) => Object.keys(outputs[k]!.inputs));
    for (const heavy of [
      'node_modules/mammoth/',
      'node_modules/docx/',
      'node_modules/jszip/',
      'services/export/documentPdf',
    ])
      expect(inputs.filter((i) => i.includes(heavy))).toEqual([]);
    const externals = [...loaded].flatMap((k) =>
      outputs[k]!.imports.filter((i) => i.kind === 'import-statement').map((i) => i.path),
    );
    expect(externals).not.toContain('pdfkit');

    const file = path.join(tempDir(), 'bin.groundwork');
    const init = spawnSync(process.execPath, [entry, 'init', file], { encoding: 'utf8' });
    expect(init.status).toBe(0);
    const info = spawnSync(process.execPath, [entry, 'info', file], { encoding: 'utf8' });
    expect(info.status).toBe(0);
    expect((JSON.parse(info.stdout) as { counts: Record<string, number> }).counts['interviews']).toBe(0);
    const bad = spawnSync(process.execPath, [entry, 'info', path.join(tempDir(), 'none.groundwork')], {
      encoding: 'utf8',
    });
    expect(bad.status).toBe(1);
    expect(bad.stderr).toMatch(/^groundwork: No project file at/);
    fs.rmSync(outdir, { recursive: true, force: true });
  }, 60_000);
});
