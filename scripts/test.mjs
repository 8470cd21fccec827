#!/usr/bin/env node
// `npm test`: the whole suite (node, renderer, e2e in Chromium) and a closing line
// "N passed, N failed" that CI reads. Extra arguments go to vitest (e.g. `npm test -- --project node`).
import { spawnSync } from 'node:child_process';
import fs from 'node:fs';
import path from 'node:path';
import { findChromium } from './chromium.mjs';

const args = process.argv.slice(2);
const wantsE2e = !args.includes('--project') || args.some((a, i) => args[i - 1] === '--project' && a === 'e2e');
if (wantsE2e && !findChromium()) {
  console.error(
    [
      'The end-to-end tests need Chromium, and none was found.',
      '  Debian/Ubuntu:  sudo apt-get install chromium',
      '  macOS:          install Google Chrome, then CHROMIUM_PATH="/Applications/Google Chrome.app/Contents/MacOS/Google Chrome" npm test',
      '  Or run the other tests only:  npm test -- --project node --project renderer',
    ].join('\n'),
  );
  console.log('0 passed, 1 failed');
  process.exit(1);
}

const report = path.resolve('test-results', 'vitest.json');
fs.mkdirSync(path.dirname(report), { recursive: true });
fs.rmSync(report, { force: true });
const vitest = path.resolve('node_modules', '.bin', process.platform === 'win32' ? 'vitest.cmd' : 'vitest');
const run = spawnSync(
  vitest,
  ['run', '--reporter=default', '--reporter=json', `--outputFile.json=${report}`, ...args],
  {
    stdio: 'inherit',
    env: { ...process.env, FORCE_COLOR: process.env.CI ? '0' : process.env.FORCE_COLOR },
  },
);

let passed = 0;
let failed = 0;
let skipped = 0;
if (fs.existsSync(report)) {
  const json = JSON.parse(fs.readFileSync(report, 'utf8'));
  passed = json.numPassedTests ?? 0;
  failed = (json.numFailedTests ?? 0) + ((json.numFailedTestSuites ?? 0) ? countSuiteErrors(json) : 0);
  skipped = (json.numPendingTests ?? 0) + (json.numTodoTests ?? 0);
} else {
  failed = 1; // vitest died before writing its report
}
const code = run.status ?? 1;
if (code !== 0 && failed === 0) failed = 1; // e.g. an unhandled error outside any test
console.log(`${passed} passed, ${failed} failed${skipped ? `, ${skipped} skipped` : ''}`);
process.exit(code === 0 && failed === 0 ? 0 : 1);

// A file that fails to load has no failed tests but is a failure all the same.
function countSuiteErrors(json) {
  return (json.testResults ?? []).filter((r) => r.status === 'failed' && (r.assertionResults ?? []).length === 0)
    .length;
}
