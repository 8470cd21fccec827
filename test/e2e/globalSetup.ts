/**
 * Once per e2e run: make sure Chromium exists (fail early with how to get it) and that
 * dist/renderer is built from the current renderer sources (build it with Vite if not).
 */
import fs from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { chromiumPath, missingChromiumMessage } from '../support/browser';

const ROOT = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../..');
const DIST_INDEX = path.join(ROOT, 'dist/renderer/index.html');
const SOURCES = [path.join(ROOT, 'renderer'), path.join(ROOT, 'shared'), path.join(ROOT, 'vite.config.ts')];

function newestMtime(target: string): number {
  const stat = fs.statSync(target);
  if (!stat.isDirectory()) return stat.mtimeMs;
  let newest = stat.mtimeMs;
  for (const entry of fs.readdirSync(target)) newest = Math.max(newest, newestMtime(path.join(target, entry)));
  return newest;
}

function rendererIsStale(): boolean {
  if (!fs.existsSync(DIST_INDEX)) return true;
  const built = fs.statSync(DIST_INDEX).mtimeMs;
  return SOURCES.some((source) => fs.existsSync(source) && newestMtime(source) > built);
}

export default async function setup(): Promise<void> {
  if (!chromiumPath()) throw new Error(missingChromiumMessage());
  if (rendererIsStale()) {
    const { build } = await import('vite');
    await build({ configFile: path.join(ROOT, 'vite.config.ts'), logLevel: 'warn' });
  }
}
