#!/usr/bin/env node
// `npm run build:cli`: bundles the command-line entry (electron/cli/main.ts) with esbuild into
// dist/cli/groundwork.mjs, package.json's `bin`. ESM with code splitting: what every command needs is
// one small entry file; imports (parsers, mammoth) and exports (renderers, docx) are chunks loaded
// only by the command that uses them, so `groundwork info` starts like a CLI, not like the app.
// better-sqlite3 (a native module) and pdfkit (it reads its font data from its package) stay external.
import { build } from 'esbuild';
import fs from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';

const ROOT = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');

export async function buildCli({ outdir = path.join(ROOT, 'dist', 'cli') } = {}) {
  fs.rmSync(outdir, { recursive: true, force: true });
  const result = await build({
    entryPoints: { groundwork: path.join(ROOT, 'electron/cli/main.ts') },
    outdir,
    outExtension: { '.js': '.mjs' },
    bundle: true,
    splitting: true,
    platform: 'node',
    format: 'esm',
    target: 'node20',
    absWorkingDir: ROOT,
    external: ['better-sqlite3', 'pdfkit'],
    metafile: true,
    legalComments: 'none',
    logLevel: 'warning',
    // Bundled CommonJS dependencies call require(); ESM has none, so each chunk gets one.
    banner: {
      js: "#!/usr/bin/env node\nimport { createRequire as __gwCreateRequire } from 'node:module';\nconst require = __gwCreateRequire(import.meta.url);",
    },
  });
  const entry = path.join(outdir, 'groundwork.mjs');
  fs.chmodSync(entry, 0o755);
  return { entry, metafile: result.metafile };
}

if (process.argv[1] && path.resolve(process.argv[1]) === fileURLToPath(import.meta.url)) {
  await buildCli();
}
