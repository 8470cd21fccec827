#!/usr/bin/env node
// Prepares better-sqlite3 for Electron's ABI in native/electron/<platform>-<arch>/better_sqlite3.node.
//
// node_modules/better-sqlite3/build is the Node build that `npm test`, the CLI and the web host
// use; this script never writes there. It copies the package source to a cache folder and, in
// that copy, first tries the prebuilt binary for Electron (prebuild-install), then compiles
// against Electron's headers (node-gyp). The main process loads the result through
// better-sqlite3's `nativeBinding` option (electron/main/paths.ts).
//
//   node scripts/electron-native.mjs            skip when the binary for this Electron is present
//   node scripts/electron-native.mjs --force    rebuild anyway
//   ELECTRON_NATIVE_ARCH=arm64 node scripts/electron-native.mjs   another arch (prebuilt only, usually)
import { spawnSync } from 'node:child_process';
import crypto from 'node:crypto';
import dns from 'node:dns/promises';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';

const ROOT = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');
const MODULES = path.join(ROOT, 'node_modules');
const BINARY = 'better_sqlite3.node';
const HEADERS_URL = 'https://electronjs.org/headers';

function readJson(file) {
  return JSON.parse(fs.readFileSync(file, 'utf8'));
}

function fail(message) {
  console.error(`\nelectron-native: ${message}\n`);
  process.exit(1);
}

function fingerprint(file) {
  if (!fs.existsSync(file)) return null;
  return crypto.createHash('sha256').update(fs.readFileSync(file)).digest('hex');
}

/** The environment for the build tools, without npm settings that would aim them at Node's headers. */
function buildEnv() {
  const env = { ...process.env };
  for (const key of Object.keys(env)) {
    const k = key.toLowerCase();
    // npm_config_nodedir=/usr (TOOLCHAIN.md) would make node-gyp silently compile for Node 20.
    if (
      k === 'npm_config_nodedir' ||
      k === 'npm_config_target' ||
      k === 'npm_config_runtime' ||
      k === 'npm_config_disturl' ||
      k === 'npm_config_dist_url' ||
      k === 'npm_config_arch' ||
      k === 'npm_config_build_from_source'
    ) {
      delete env[key];
    }
  }
  return env;
}

function run(label, command, args, cwd) {
  console.log(`electron-native: ${label}`);
  const result = spawnSync(command, args, { cwd, env: buildEnv(), stdio: 'inherit' });
  return result.status === 0;
}

async function online() {
  try {
    await Promise.race([
      dns.lookup('github.com'),
      new Promise((_, reject) => setTimeout(() => reject(new Error('timeout')), 5000)),
    ]);
    return true;
  } catch {
    return false;
  }
}

/** A binary built for Electron must not load in plain Node; if it does, it is the wrong build. */
function loadsInPlainNode(file) {
  const probe = spawnSync(process.execPath, ['-e', `process.dlopen({ exports: {} }, ${JSON.stringify(file)})`], {
    stdio: 'pipe',
    timeout: 20_000,
  });
  return probe.status === 0;
}

async function main() {
  const force = process.argv.includes('--force');
  const electronVersion = readJson(path.join(MODULES, 'electron', 'package.json')).version;
  const sqliteVersion = readJson(path.join(MODULES, 'better-sqlite3', 'package.json')).version;
  const platform = process.env.ELECTRON_NATIVE_PLATFORM ?? process.platform;
  const arch = process.env.ELECTRON_NATIVE_ARCH ?? process.arch;

  const targetDir = path.join(ROOT, 'native', 'electron', `${platform}-${arch}`);
  const target = path.join(targetDir, BINARY);
  const stampFile = path.join(targetDir, 'better_sqlite3.json');
  const stamp = { electron: electronVersion, betterSqlite3: sqliteVersion, platform, arch };

  if (!force && fs.existsSync(target) && fs.existsSync(stampFile)) {
    const found = readJson(stampFile);
    if (Object.keys(stamp).every((key) => found[key] === stamp[key])) {
      console.log(`electron-native: ${path.relative(ROOT, target)} is ready for Electron ${electronVersion}.`);
      return;
    }
  }

  // The Node build must come out of this untouched; checked at the end.
  const nodeBuild = path.join(MODULES, 'better-sqlite3', 'build', 'Release', BINARY);
  const nodeBuildBefore = fingerprint(nodeBuild);

  const work = path.join(
    os.tmpdir(),
    'groundwork-electron-native',
    `better-sqlite3-${sqliteVersion}-electron-${electronVersion}-${platform}-${arch}`,
  );
  fs.rmSync(work, { recursive: true, force: true });
  fs.mkdirSync(work, { recursive: true });
  const source = path.join(MODULES, 'better-sqlite3');
  for (const entry of ['package.json', 'binding.gyp', 'src', 'deps', 'lib']) {
    const from = path.join(source, entry);
    if (fs.existsSync(from)) fs.cpSync(from, path.join(work, entry), { recursive: true });
  }
  const built = path.join(work, 'build', 'Release', BINARY);

  const headersCached = [
    path.join(os.homedir(), '.cache', 'node-gyp', electronVersion),
    path.join(os.homedir(), '.electron-gyp', electronVersion),
    path.join(os.homedir(), 'Library', 'Caches', 'node-gyp', electronVersion),
    path.join(process.env.LOCALAPPDATA ?? os.homedir(), 'node-gyp', 'Cache', electronVersion),
  ].some((dir) => fs.existsSync(dir));
  const isOnline = await online();
  if (!isOnline && !headersCached) {
    fail(
      [
        `cannot prepare better-sqlite3 ${sqliteVersion} for Electron ${electronVersion}: this machine is offline.`,
        'A prebuilt binary is downloaded from GitHub, or Electron headers from electronjs.org to compile one;',
        'neither is reachable. Connect to the internet and run `node scripts/electron-native.mjs` again.',
        'Nothing was changed: the Node build in node_modules (used by `npm test`) is untouched.',
      ].join('\n'),
    );
  }

  const node = process.execPath;
  let ok = false;
  if (isOnline) {
    ok =
      run(
        `downloading the prebuilt better-sqlite3 ${sqliteVersion} for Electron ${electronVersion} (${platform}-${arch})`,
        node,
        [
          path.join(MODULES, 'prebuild-install', 'bin.js'),
          '--runtime=electron',
          `--target=${electronVersion}`,
          `--arch=${arch}`,
          `--platform=${platform}`,
          '--tag-prefix=v',
          '--verbose',
        ],
        work,
      ) && fs.existsSync(built);
  }
  if (!ok) {
    ok =
      run(
        `compiling better-sqlite3 ${sqliteVersion} against Electron ${electronVersion} headers (a few minutes)`,
        node,
        [
          path.join(MODULES, 'node-gyp', 'bin', 'node-gyp.js'),
          'rebuild',
          '--release',
          `--target=${electronVersion}`,
          `--dist-url=${HEADERS_URL}`,
          `--arch=${arch}`,
        ],
        work,
      ) && fs.existsSync(built);
  }
  if (!ok) {
    fail(
      [
        `could not prepare better-sqlite3 ${sqliteVersion} for Electron ${electronVersion} (${platform}-${arch}).`,
        'Neither a prebuilt binary nor a build from source succeeded (see the output above).',
        'Building from source needs Python 3 and a C++20 compiler, and the network for Electron headers.',
        'The Node build in node_modules (used by `npm test`) is untouched.',
      ].join('\n'),
    );
  }
  if (platform === process.platform && arch === process.arch && loadsInPlainNode(built)) {
    fail(
      `the binary in ${work} loads in plain Node ${process.version}, so it was built for Node, not Electron. Not installed.`,
    );
  }

  fs.mkdirSync(targetDir, { recursive: true });
  fs.copyFileSync(built, target);
  fs.writeFileSync(stampFile, `${JSON.stringify(stamp, null, 2)}\n`);
  fs.rmSync(work, { recursive: true, force: true });

  if (fingerprint(nodeBuild) !== nodeBuildBefore) {
    fail(
      `${path.relative(ROOT, nodeBuild)} changed while preparing the Electron build. Run \`npm rebuild better-sqlite3\`.`,
    );
  }
  console.log(`electron-native: wrote ${path.relative(ROOT, target)} for Electron ${electronVersion}.`);
}

main().catch((err) => fail(err instanceof Error ? err.message : String(err)));
