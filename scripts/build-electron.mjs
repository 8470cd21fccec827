#!/usr/bin/env node
// `npm run build:electron`: bundles the Electron main process and the preload with esbuild.
//   electron/main/index.ts    -> dist/electron/main.cjs     (CommonJS; package.json "main")
//   electron/preload/index.ts -> dist/electron/preload.cjs  (one file; the sandbox allows no require but 'electron')
//   electron/core/services/import/worker.ts -> dist/electron/parseWorker.cjs (transcript parsing off the main thread)
//   electron/core/services/transcripts/importWorker.ts -> dist/electron/importWorker.cjs (parse, hold and store imports
//     off the main thread, through its own better-sqlite3 connection: better-sqlite3 stays external here too)
//   electron/core/services/export/renderWorker.ts -> dist/electron/exportWorker.cjs (PDF/DOCX/XLSX writing and the
//     quote library export's read off the main thread)
// 'electron' comes from the runtime; pdfkit stays external (it loads font data from its package), and
// the DejaVu fonts of the PDF are read from node_modules/dejavu-fonts-ttf beside it;
// better-sqlite3 stays external so its binary can be loaded
// from the Electron build via `nativeBinding` (see scripts/electron-native.mjs).
import { build } from 'esbuild';
import path from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';

const ROOT = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');

// Electron 45 runs Node 22.
const COMMON = {
  bundle: true,
  platform: 'node',
  format: 'cjs',
  target: 'node22',
  sourcemap: 'linked',
  logLevel: 'warning',
  metafile: true,
  absWorkingDir: ROOT,
  legalComments: 'none',
};

/**
 * CommonJS has no import.meta: code that finds package files with createRequire(import.meta.url)
 * (the PDF fonts, electron/core/services/export/pdfFonts.ts) gets the bundle's own file URL.
 */
const IMPORT_META_URL = {
  define: { 'import.meta.url': '__bundleFileUrl' },
  banner: { js: 'var __bundleFileUrl = require("node:url").pathToFileURL(__filename).href;' },
};

/** Everything a sandboxed preload may require at run time. */
export const PRELOAD_ALLOWED_REQUIRES = ['electron'];

export async function buildElectron({ outdir = path.join(ROOT, 'dist', 'electron') } = {}) {
  const main = await build({
    ...COMMON,
    entryPoints: [path.join(ROOT, 'electron/main/index.ts')],
    outfile: path.join(outdir, 'main.cjs'),
    ...IMPORT_META_URL,
    external: ['electron', 'better-sqlite3', 'pdfkit'],
  });
  const preload = await build({
    ...COMMON,
    entryPoints: [path.join(ROOT, 'electron/preload/index.ts')],
    outfile: path.join(outdir, 'preload.cjs'),
    external: ['electron'],
  });

  await build({
    ...COMMON,
    entryPoints: [path.join(ROOT, 'electron/core/services/import/worker.ts')],
    outfile: path.join(outdir, 'parseWorker.cjs'),
    external: ['electron'],
  });
  await build({
    ...COMMON,
    entryPoints: [path.join(ROOT, 'electron/core/services/transcripts/importWorker.ts')],
    outfile: path.join(outdir, 'importWorker.cjs'),
    external: ['electron', 'better-sqlite3'],
  });
  await build({
    ...COMMON,
    entryPoints: [path.join(ROOT, 'electron/core/services/export/renderWorker.ts')],
    outfile: path.join(outdir, 'exportWorker.cjs'),
    ...IMPORT_META_URL,
    // pdfkit loads its standard fonts through its package.json "imports" at run time: it cannot be bundled.
    // better-sqlite3: the worker reads the quote library export through its own read-only connection.
    external: ['electron', 'pdfkit', 'better-sqlite3'],
  });

  const preloadRequires = externalImports(preload.metafile);
  const forbidden = preloadRequires.filter((name) => !PRELOAD_ALLOWED_REQUIRES.includes(name));
  if (forbidden.length > 0) {
    throw new Error(
      `The preload must be one file that requires only 'electron' (it runs sandboxed), but it requires: ${forbidden.join(', ')}`,
    );
  }
  return {
    main: path.join(outdir, 'main.cjs'),
    preload: path.join(outdir, 'preload.cjs'),
    parseWorker: path.join(outdir, 'parseWorker.cjs'),
    importWorker: path.join(outdir, 'importWorker.cjs'),
    exportWorker: path.join(outdir, 'exportWorker.cjs'),
    mainRequires: externalImports(main.metafile),
    preloadRequires,
  };
}

function externalImports(metafile) {
  const names = new Set();
  for (const output of Object.values(metafile.outputs)) {
    for (const imported of output.imports) if (imported.external) names.add(imported.path);
  }
  return [...names].sort();
}

if (import.meta.url === pathToFileURL(process.argv[1] ?? '').href) {
  buildElectron().then(
    (result) => {
      console.log(`built ${path.relative(ROOT, result.main)} (external: ${result.mainRequires.join(', ')})`);
      console.log(`built ${path.relative(ROOT, result.preload)} (external: ${result.preloadRequires.join(', ')})`);
    },
    (err) => {
      console.error(err instanceof Error ? err.message : err);
      process.exit(1);
    },
  );
}
