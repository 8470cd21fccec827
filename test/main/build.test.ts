/** The shell's build and packaging config: what `npm run build:electron` and `npm run dist` rely on. */
import { execFileSync } from 'node:child_process';
import fs from 'node:fs';
import { createRequire, isBuiltin } from 'node:module';
import os from 'node:os';
import path from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
// @ts-expect-error: plain .mjs build script without type declarations
import { buildElectron } from '../../scripts/build-electron.mjs';
import { workerRenderer } from '../../electron/core/services/export/renderDocument';
import { QuoteLibraryExportFilter } from '../../shared/ipc/contract/exports';
import { makeCore } from '../support/core';
import { syntheticDocument } from '../support/exportStudy';

const ROOT = path.resolve(import.meta.dirname, '../..');
const outdir = fs.mkdtempSync(path.join(os.tmpdir(), 'gw-build-electron-'));
afterAll(() => fs.rmSync(outdir, { recursive: true, force: true }));

function requiresIn(file: string): string[] {
  const code = fs.readFileSync(file, 'utf8');
  return [...new Set([...code.matchAll(/\brequire\(\s*["']([^"']+)["']\s*\)/g)].map((m) => m[1]!))].sort();
}

describe('electron bundles', () => {
  it('builds main.cjs and a single-file preload.cjs that requires only electron', async () => {
    const result = (await buildElectron({ outdir })) as { main: string; preload: string; importWorker: string };
    expect(fs.existsSync(result.main)).toBe(true);
    expect(fs.existsSync(result.preload)).toBe(true);
    expect(requiresIn(result.preload)).toEqual(['electron']);
    expect(fs.readFileSync(result.preload, 'utf8')).not.toMatch(/\bimport\s*\(/);
    // Main: electron, better-sqlite3 and pdfkit (the inline document writer; it reads its own data files)
    // stay external; everything else is bundled or built in.
    for (const name of requiresIn(result.main)) {
      expect(['electron', 'better-sqlite3', 'pdfkit'].includes(name) || isBuiltin(name), name).toBe(true);
    }
    expect(fs.readFileSync(result.main, 'utf8')).toContain('gw:rpc');
    // The import worker opens its own connection: better-sqlite3 stays external (nativeBinding), the rest is bundled.
    for (const name of requiresIn(result.importWorker))
      expect(name === 'better-sqlite3' || isBuiltin(name), name).toBe(true);
  }, 60_000);

  it('bundles the export worker so that it finds the DejaVu fonts, writes Unicode text into the PDF and reads a project', async () => {
    // Built inside the repo so that, like the packaged app, it resolves pdfkit and the fonts from
    // node_modules — but not in dist/, which a clean checkout has not got and `npm run build` replaces.
    const cache = path.join(ROOT, 'node_modules', '.cache', 'groundwork-test');
    fs.mkdirSync(cache, { recursive: true });
    const inRepo = fs.mkdtempSync(path.join(cache, 'bundle-'));
    const worker = workerRenderer({ file: path.join(inRepo, 'exportWorker.cjs') });
    try {
      const result = (await buildElectron({ outdir: inRepo })) as { exportWorker: string };
      for (const name of requiresIn(result.exportWorker))
        expect(['electron', 'pdfkit', 'better-sqlite3'].includes(name) || isBuiltin(name), name).toBe(true);
      const doc = syntheticDocument(3);
      doc.title = 'Łukasz Dvořák — Λουκάς — Лукаш';
      const pdf = path.join(inRepo, 'unicode.pdf');
      fs.writeFileSync(pdf, await worker.render('pdf', doc));
      expect(execFileSync('pdftotext', ['-enc', 'UTF-8', pdf, '-'], { encoding: 'utf8' })).toContain(doc.title);
      expect(execFileSync('pdffonts', [pdf], { encoding: 'utf8' })).toMatch(/\+DejaVuSans\s/);
      // The quote library export reads the project through the bundle's own better-sqlite3 connection.
      const t = await makeCore();
      try {
        const csv = await worker.quoteLibrary({
          projectPath: t.projectPath,
          filter: QuoteLibraryExportFilter.parse({}),
          names: 'real',
          format: 'csv',
        });
        // A project with no quotes: the header alone.
        expect(csv.content.trimEnd()).toBe(
          '\ufeff"quote","tag","stance","participant","interview","interview_date","timestamp","source","starred"',
        );
      } finally {
        t.close();
      }
    } finally {
      await worker.close();
      fs.rmSync(inRepo, { recursive: true, force: true });
    }
  }, 60_000);

  it('points package.json main at the CommonJS main bundle', () => {
    const pkg = JSON.parse(fs.readFileSync(path.join(ROOT, 'package.json'), 'utf8')) as { main: string };
    expect(pkg.main).toBe('dist/electron/main.cjs');
  });
});

describe('only the two entry files load electron at run time', () => {
  // Everything else takes Electron objects as parameters, which is what keeps it testable here.
  const ENTRIES = new Set(['electron/main/index.ts', 'electron/preload/index.ts']);
  const files = ['electron/main', 'electron/preload'].flatMap((dir) =>
    fs
      .readdirSync(path.join(ROOT, dir), { recursive: true, withFileTypes: true })
      .filter((e) => e.isFile() && e.name.endsWith('.ts'))
      .map((e) => path.relative(ROOT, path.join(e.parentPath, e.name)).split(path.sep).join('/')),
  );

  it.each(files)('%s', (file) => {
    const code = fs.readFileSync(path.join(ROOT, file), 'utf8');
    const valueImport =
      /^\s*import\s+(?!type\b)[^;]*from\s+['"]electron['"]/m.test(code) ||
      /require\(\s*['"]electron['"]\s*\)/.test(code);
    expect(valueImport).toBe(ENTRIES.has(file));
  });
});

interface BuilderConfig {
  productName?: string;
  asar?: boolean;
  asarUnpack?: string[];
  npmRebuild?: boolean;
  mac?: { extraResources?: unknown };
  win?: { extraResources?: unknown };
  linux?: { extraResources?: unknown };
}

describe('electron-builder.yml', () => {
  it('matches electron-builder’s schema and keeps the Electron build of better-sqlite3 apart', async () => {
    const require = createRequire(import.meta.url);
    const yaml = require('js-yaml') as { load(text: string): Record<string, unknown> };
    const { validateConfiguration } = require('app-builder-lib/out/util/config/config') as {
      validateConfiguration(config: unknown, logger: unknown): Promise<void>;
    };
    const { DebugLogger } = require('builder-util') as { DebugLogger: new (enabled: boolean) => unknown };
    const config = yaml.load(fs.readFileSync(path.join(ROOT, 'electron-builder.yml'), 'utf8')) as BuilderConfig;
    await validateConfiguration(config, new DebugLogger(false));

    expect(config.productName).toBe('Groundwork');
    expect(config.asar).toBe(true);
    expect(config.asarUnpack).toContain('node_modules/better-sqlite3/**');
    expect(config.npmRebuild).toBe(false); // never rebuild node_modules' Node build for Electron
    for (const [platform, folder] of [
      ['mac', 'darwin'],
      ['win', 'win32'],
      ['linux', 'linux'],
    ] as const) {
      expect(config[platform]?.extraResources).toEqual([
        { from: `native/electron/${folder}-\${arch}`, to: 'native', filter: ['better_sqlite3.node'] },
      ]);
    }
  });
});

describe('electron-builder.yml files', () => {
  it('ships exactly the DejaVu faces the PDF export embeds', async () => {
    const require = createRequire(import.meta.url);
    const yaml = require('js-yaml') as { load(text: string): { files: string[] } };
    const minimatch = require('minimatch') as (file: string, pattern: string) => boolean;
    const { FONT_FILES } = await import('../../electron/core/services/export/pdfFonts');
    const config = yaml.load(fs.readFileSync(path.join(ROOT, 'electron-builder.yml'), 'utf8'));
    const excluded = config.files.filter((p) => p.startsWith('!')).map((p) => p.slice(1));
    const dir = 'node_modules/dejavu-fonts-ttf/ttf';
    const shipped = fs
      .readdirSync(path.join(ROOT, dir))
      .filter((f) => !excluded.some((p) => minimatch(`${dir}/${f}`, p)));
    expect(shipped.sort()).toEqual(Object.values(FONT_FILES).sort());
  });
});
