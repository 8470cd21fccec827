/** DESIGN.md §2 "What may import what", enforced over every source file. */
import fs from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { importCycles, importsOf, resolveRelative, violation } from './support/layers';
import { handlerRepoWrites, sqlAllowedIn, sqlUses } from './support/sqlHome';

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
      // The renderer's plumbing (ui/, editor/, api/, keys/, routes) sits below the features.
      ['renderer/src/ui/x.tsx', "import { useNames } from '../features/names/useNames';"],
      ['renderer/src/editor/plugins/X/index.tsx', "import { TagPicker } from '../../../features/coding/TagPicker';"],
      ['renderer/src/api/x.ts', "import type { Call } from '../features/coding/useCall';"],
      ['renderer/src/keys/x.ts', "import { GlobalHost } from '../features/app/GlobalHost';"],
      ['renderer/src/routes.ts', "import { SECTIONS } from './features/app/Sidebar';"],
      // A feature reaches another only through its public files, and never up into the app.
      ['renderer/src/features/jobs/x.tsx', "import { usePlayer } from '../workspace/usePlayer';"],
      ['renderer/src/features/jobs/x.tsx', "import type { JobFormState } from '../personas/AttributeItem';"],
      ['renderer/src/features/jobs/x.tsx', "import { PersonasScreen } from '../personas/PersonasScreen';"],
      ['renderer/src/features/codebook/x.tsx', "import { ShortcutSheet } from '../app/ShortcutSheet';"],
    ];
    for (const [file, source] of bad) {
      const found = importsOf(source)
        .map((r) => violation(file, r))
        .filter(Boolean);
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
      ['renderer/src/main.tsx', "import { App } from './features/app/App';"],
      ['renderer/src/features/jobs/x.tsx', "import { jobMapHref } from '../../routes';"],
      ['renderer/src/features/jobs/x.tsx', "import { useKeyShortcut } from '../../keys/useKeyShortcut';"],
      ['renderer/src/features/jobs/x.tsx', "import { JobCard } from './JobCard';"],
      ['renderer/src/features/jobs/x.tsx', "import { CitationChip } from '../citations/CitationChip';"],
      ['renderer/src/features/app/x.tsx', "import { JobsScreen } from '../jobs/JobsScreen';"],
    ];
    for (const [file, source] of good) {
      const found = importsOf(source)
        .map((r) => violation(file, r))
        .filter(Boolean);
      expect(found, `${file}: ${source}`).toEqual([]);
    }
  });

  it('SQL lives only in electron/core/db/, repos/ and history/', () => {
    const problems: string[] = [];
    let homed = 0;
    for (const file of ROOTS.flatMap(sourceFiles)) {
      const uses = sqlUses(file, fs.readFileSync(file, 'utf8'));
      if (sqlAllowedIn(file)) homed += uses.length;
      else for (const u of uses) problems.push(`${file}:${u.line} ${u.what} (move it to a repo)`);
    }
    expect(homed).toBeGreaterThan(300); // the finder does see the SQL where it belongs
    expect(problems).toEqual([]);
  });

  it('the SQL finder catches a statement planted in a service, and not words that only look like one', () => {
    const bad: string[] = [
      "const n = stmt(ctx.db, 'SELECT count(*) AS n FROM quotes').get();",
      "ctx.db.prepare('DELETE FROM tags WHERE id = ?').run(id);",
      'const rows = rawStmt(db, `SELECT e.tag_id FROM evidence e ${w.where}`).all();',
      "const sql = 'INSERT INTO notes (guid, doc) VALUES (?, ?)';",
      'const sql = `UPDATE personas SET name = ? WHERE id = ?`;',
      "joins.push('JOIN companies co ON co.id = e.company_id');",
      'const S = "FILTER (WHERE e.stance = \'supports\')";',
      "db.exec('BEGIN IMMEDIATE');",
      "db.pragma('user_version');",
    ];
    for (const source of bad) {
      expect(sqlUses('electron/core/services/synthesis/x.ts', source).length, source).toBeGreaterThan(0);
      expect(sqlAllowedIn('electron/core/services/synthesis/x.ts')).toBe(false);
    }
    const good: string[] = [
      '// SELECT the quotes FROM the library: a comment is not SQL',
      'const m = TIMING_LINE.exec(line);',
      "const label = 'Select a quote from the list';",
      "throw new AppError('VALIDATION', 'Choose where to start the export.');",
    ];
    for (const source of good) expect(sqlUses('electron/core/services/x.ts', source), source).toEqual([]);
    // The same statement is at home in a repo, a migration and the change set.
    for (const file of [
      'electron/core/repos/x.ts',
      'electron/core/db/migrations/0099-x.ts',
      'electron/core/history/x.ts',
    ])
      expect(sqlAllowedIn(file), file).toBe(true);
    for (const file of ['electron/core/rpc/handlers/x.ts', 'renderer/src/x.ts', 'shared/domain/x.ts'])
      expect(sqlAllowedIn(file), file).toBe(false);
  });

  it('handlers read repos directly only for pure reads; writes go through a service', () => {
    const problems: string[] = [];
    for (const file of sourceFiles('electron/core/rpc/handlers'))
      for (const u of handlerRepoWrites(file, fs.readFileSync(file, 'utf8')))
        problems.push(`${file}:${u.line} ${u.what}`);
    expect(problems).toEqual([]);
    const file = 'electron/core/rpc/handlers/x.ts';
    expect(handlerRepoWrites(file, "import { insertGuide } from '../../repos/guides';")).toHaveLength(1);
    expect(handlerRepoWrites(file, "import * as repo from '../../repos/notes';")).toHaveLength(1);
    expect(handlerRepoWrites(file, "import { getGuide, listGuides } from '../../repos/guides';")).toEqual([]);
    expect(handlerRepoWrites(file, "import { saveNote } from '../../services/guides/notes';")).toEqual([]);
  });

  it('no renderer file reaches itself through its imports', () => {
    const files = sourceFiles('renderer/src');
    const known = new Set(files);
    const resolve = (target: string) =>
      ['.ts', '.tsx', '/index.ts', '/index.tsx'].map((ext) => target + ext).find((f) => known.has(f));
    const graph = new Map(
      files.map((file) => [
        file,
        importsOf(fs.readFileSync(file, 'utf8'))
          .filter((ref) => ref.specifier.startsWith('.'))
          .map((ref) => resolve(resolveRelative(file, ref.specifier)))
          .filter((f): f is string => f !== undefined),
      ]),
    );
    expect(importCycles(graph)).toEqual([]);
    // The checker itself: a planted two-file cycle (as icp's ScoringTab and CriteriaEditor were) is found.
    const planted = new Map([
      ['icp/ScoringTab.tsx', ['icp/CriteriaEditor.tsx', 'ui/Icon.tsx']],
      ['icp/CriteriaEditor.tsx', ['icp/ScoringTab.tsx']],
      ['icp/IcpScreen.tsx', ['icp/ScoringTab.tsx']],
    ]);
    expect(importCycles(planted)).toEqual([['icp/CriteriaEditor.tsx', 'icp/ScoringTab.tsx']]);
  });

  it('the renderer listens for hashchange in routes.ts alone (and in the web sign-in, below it)', () => {
    const listening = sourceFiles('renderer/src').filter((file) =>
      /addEventListener\(\s*['"]hashchange/.test(fs.readFileSync(file, 'utf8')),
    );
    expect(listening.sort()).toEqual(['renderer/src/api/webSession.ts', 'renderer/src/routes.ts']);
  });
});
