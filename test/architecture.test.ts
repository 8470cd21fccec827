/** DESIGN.md §2 "What may import what", enforced over every source file. */
import fs from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { importsOf, violation } from './support/layers';

const ROOTS = ['shared', 'electron', 'renderer/src'];

function sourceFiles(dir: string): string[] {
  if (!fs.existsSync(dir)) return [];
  return fs.readdirSync(dir, { withFileTypes: true }).flatMap((e) => {
    const p = path.posix.join(dir, e.name);
    if (e.isDirectory()) return e.name === 'node_modules' ? [] : sourceFiles(p);
    return /\.(ts|tsx|mts|cts|js|mjs)$/.test(e.name) && !e.name.endsWith('.d.ts') ? [p] : [];
  });
}

describe('architecture', () => {
  it('every import respects the layering of DESIGN.md', () => {
    const problems: string[] = [];
    const files = ROOTS.flatMap(sourceFiles);
    expect(files.length).toBeGreaterThan(20);
    for (const file of files) {
      for (const ref of importsOf(fs.readFileSync(file, 'utf8'))) {
        const why = violation(file, ref);
        if (why) problems.push(`${file}:${ref.line} ${why}`);
      }
    }
    expect(problems).toEqual([]);
  });

  it('the checker catches each kind of forbidden import', () => {
    const bad: [string, string][] = [
      ['electron/core/services/x.ts', "import { app } from 'electron';"],
      ['shared/domain/x.ts', "import fs from 'node:fs';"],
      ['shared/domain/x.ts', "import { createCore } from '../../electron/core/createCore';"],
      ['renderer/src/x.tsx', "import Database from 'better-sqlite3';"],
      ['renderer/src/x.tsx', "import { openProjectDb } from '../../electron/core/db/open';"],
      ['renderer/src/x.tsx', "const { ipcRenderer } = require('electron');"],
      ['electron/core/x.ts', "import { createRoot } from 'react-dom/client';"],
      ['electron/core/x.ts', "import { App } from '../../renderer/src/App';"],
      ['electron/main/x.ts', "import { stmt } from '../core/db/sql';"],
      ['electron/cli/x.ts', "import { createWindow } from '../main/window';"],
      ['electron/web/x.ts', "export { thing } from 'electron';"],
      ['electron/cli/x.ts', "import { openProjectDb } from '../core/db/open';"],
      ['electron/cli/run.ts', "import { exportRefi } from '../core/services/refi/exporter';"],
    ];
    for (const [file, source] of bad) {
      const found = importsOf(source).map((r) => violation(file, r)).filter(Boolean);
      expect(found.length, `${file}: ${source}`).toBe(1);
    }
    const good: [string, string][] = [
      ['electron/main/x.ts', "import { app } from 'electron';"],
      ['electron/main/x.ts', "import { createCore } from '../core/createCore';"],
      ['electron/core/x.ts', "import type { WebContents } from 'electron';"],
      ['renderer/src/x.tsx', "import { contract } from '../../shared/ipc/contract';"],
      ['electron/cli/x.ts', "import { createCore } from '../core/createCore';"],
      ['electron/cli/x.ts', "import type { ProjectContext } from '../core/context';"],
      ['electron/cli/run.ts', "import { entityCounts } from '../core/repos/counts';"],
      ['electron/web/x.ts', "import { openProjectDb } from '../core/db/open';"],
    ];
    for (const [file, source] of good) {
      const found = importsOf(source).map((r) => violation(file, r)).filter(Boolean);
      expect(found, `${file}: ${source}`).toEqual([]);
    }
  });
});
