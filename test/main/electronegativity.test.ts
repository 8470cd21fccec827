/**
 * Static Electron security scan (@doyensec/electronegativity) over electron/main and
 * electron/preload, scanned together so its global checks (CSP, navigation limits, permission
 * handler) see the whole shell. The tool always exits 0, so the report is parsed: any HIGH or
 * MEDIUM finding fails. Ignored: AVAILABLE_SECURITY_FIXES_GLOBAL_CHECK (it needs the network to
 * read Electron's release list) and LOW/INFORMATIONAL findings. The tool also tries to fetch
 * translations (1 s timeout); the child process gets a hard timeout so a network stall cannot
 * hang the suite.
 */
import { execFile } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { promisify } from 'node:util';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';

const ROOT = path.resolve(import.meta.dirname, '../..');
const RUNNER = path.join(import.meta.dirname, 'support', 'runElectronegativity.cjs');
const SCAN_TIMEOUT_MS = 90_000;
const BLOCKING = new Set(['HIGH', 'MEDIUM']);
const IGNORED_CHECKS = new Set(['AVAILABLE_SECURITY_FIXES_GLOBAL_CHECK']);

/**
 * Findings reviewed by a person and silenced in the code with `// eng-disable <CHECK>` on the
 * line itself. Any other suppression (or a file-wide one on line 1) fails the suite.
 */
const REVIEWED_SUPPRESSIONS = [
  // A preload is how the page gets { rpc, onEvent } at all; test/main/preload.test.ts proves those are the only keys.
  { file: 'electron/main/window.ts', check: 'PRELOAD_JS_CHECK' },
  // Only URLs that pass isAllowedExternalUrl (https: with a host, mailto:) reach it; test/main/navigation.test.ts.
  { file: 'electron/main/index.ts', check: 'OPEN_EXTERNAL_JS_CHECK' },
];

interface Finding {
  id: string;
  file: string;
  line: number;
  severity: string;
  confidence: string;
  manualReview: boolean;
  sample?: string;
}
interface Report {
  checks: number;
  errors: { file: string; message: string; tolerable: boolean }[];
  issues: Finding[];
}

const run = promisify(execFile);
let work: string;

async function scan(input: string): Promise<Report> {
  const output = path.join(work, `report-${path.basename(input)}.json`);
  await run(process.execPath, [RUNNER, input, output], {
    timeout: SCAN_TIMEOUT_MS,
    env: { ...process.env, LANG: 'en-US' },
    cwd: ROOT,
  });
  return JSON.parse(fs.readFileSync(output, 'utf8')) as Report;
}

function blocking(report: Report): Finding[] {
  return report.issues.filter((i) => BLOCKING.has(i.severity) && !IGNORED_CHECKS.has(i.id));
}

function describeFindings(findings: Finding[]): string {
  return findings.map((f) => `${f.severity} ${f.id} at ${f.file}:${f.line} ${f.sample ?? ''}`).join('\n');
}

function sourceFiles(dir: string): string[] {
  return fs
    .readdirSync(dir, { recursive: true, withFileTypes: true })
    .filter((e) => e.isFile() && /\.(ts|tsx|js|cjs|mjs)$/.test(e.name))
    .map((e) => path.join(e.parentPath, e.name));
}

beforeAll(() => {
  work = fs.mkdtempSync(path.join(os.tmpdir(), 'gw-electronegativity-'));
});
afterAll(() => fs.rmSync(work, { recursive: true, force: true }));

describe('electronegativity', () => {
  it(
    'finds no HIGH or MEDIUM issue in electron/main and electron/preload',
    async () => {
      const shell = path.join(work, 'shell');
      fs.cpSync(path.join(ROOT, 'electron/main'), path.join(shell, 'electron/main'), { recursive: true });
      fs.cpSync(path.join(ROOT, 'electron/preload'), path.join(shell, 'electron/preload'), { recursive: true });
      // The CSP literal main sends lives in shared/ (the web host sends the same one).
      fs.cpSync(path.join(ROOT, 'shared/http/securityHeaders.ts'), path.join(shell, 'shared/http/securityHeaders.ts'));
      const report = await scan(shell);
      expect(report.checks).toBeGreaterThan(30);
      // A file the tool could not parse would be a silent hole in the scan.
      expect(report.errors.filter((e) => !e.tolerable)).toEqual([]);
      const found = blocking(report);
      expect(found, describeFindings(found)).toEqual([]);
    },
    SCAN_TIMEOUT_MS + 10_000,
  );

  it(
    'would catch an insecure window (the scan works on this machine, offline)',
    async () => {
      const canary = path.join(work, 'canary');
      fs.mkdirSync(canary, { recursive: true });
      fs.writeFileSync(
        path.join(canary, 'window.ts'),
        [
          "import { BrowserWindow } from 'electron';",
          'export function open(): BrowserWindow {',
          '  return new BrowserWindow({ webPreferences: { nodeIntegration: true, contextIsolation: false } });',
          '}',
        ].join('\n'),
      );
      const ids = new Set(blocking(await scan(canary)).map((f) => f.id));
      expect(ids).toContain('CONTEXT_ISOLATION_JS_CHECK');
      expect(ids).toContain('SANDBOX_JS_CHECK');
      expect(ids).toContain('LIMIT_NAVIGATION_GLOBAL_CHECK');
      expect(ids).toContain('PERMISSION_REQUEST_HANDLER_GLOBAL_CHECK');
    },
    SCAN_TIMEOUT_MS + 10_000,
  );

  it('silences only the reviewed findings, each on its own line', () => {
    const found: { file: string; check: string }[] = [];
    for (const dir of ['electron/main', 'electron/preload']) {
      for (const file of sourceFiles(path.join(ROOT, dir))) {
        const lines = fs.readFileSync(file, 'utf8').split('\n');
        lines.forEach((line, index) => {
          const match = /(?:\/\/|\/\*)[ \t]*eng-disable[ \t]+([\w \t,]+)/i.exec(line);
          if (!match) return;
          const rel = path.relative(ROOT, file).split(path.sep).join('/');
          expect(index, `file-wide eng-disable in ${rel}`).toBeGreaterThan(0);
          for (const check of match[1]!.trim().split(/[\s,]+/)) found.push({ file: rel, check: check.toUpperCase() });
        });
      }
    }
    expect(found).toEqual(expect.arrayContaining(REVIEWED_SUPPRESSIONS));
    expect(found).toHaveLength(REVIEWED_SUPPRESSIONS.length);
  });
});
