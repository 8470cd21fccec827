/**
 * Every table of the schema is classified for undo: it is written through the change set
 * (UNDOABLE_TABLES, or LINK_TABLES for join rows without an id), or it is listed below as not
 * undoable, with the reason. A new table that is neither fails here, instead of silently escaping
 * undo ("Adding an entity end to end" in docs/architecture.md).
 */
import { describe, expect, it } from 'vitest';
import Database from 'better-sqlite3';
import { LINK_TABLES, UNDOABLE_TABLES } from '../../electron/core/history/changeSet';
import { makeCore } from '../support/core';

/** Tables no undoable step writes, and why. */
const NOT_UNDOABLE: Record<string, string> = {
  operations: 'the log itself: undo and redo write it',
  coders: 'the researchers: a row is written when a user says who they are (their own setting), in no one’s history',
  project_meta: 'the file’s own identity, written at open',
  settings: 'confidence thresholds and other settings: logged, not undone',
  evidence: 'derived: triggers re-derive it from codings, quotes, speakers, participants, interviews and tags',
  merge_bases:
    'a merge’s base names the merge step that wrote it; an undone step’s base is ignored (services/merge/base.ts)',
  questions: 'the question bank: edits are logged, not undoable',
  guides: 'interview guides: edits are logged, not undoable',
  guide_items: 'a guide’s ordered questions, with their guide',
  interview_questions: 'asked/skipped marks during an interview',
  icp_criteria: 'the scoring method’s settings: logged, not undoable (ICP scoring)',
  persona_members:
    'unused by the services today (membership is the persona’s JSON); cascades with persona and participant',
  persona_checks: 'manual checklist ticks: logged, not undoable',
};

async function schemaTables(): Promise<string[]> {
  const t = await makeCore();
  try {
    const db = new Database(t.projectPath, { readonly: true });
    try {
      return db
        .prepare(
          "SELECT name FROM sqlite_schema WHERE type = 'table' AND name NOT LIKE 'sqlite_%' AND sql NOT LIKE 'CREATE VIRTUAL TABLE%' AND name NOT LIKE '%_fts_%' ORDER BY name",
        )
        .pluck()
        .all() as string[];
    } finally {
      db.close();
    }
  } finally {
    t.close();
  }
}

describe('undoable tables', () => {
  it('every table of the schema is undoable, a link table, or listed as not undoable with a reason', async () => {
    const tables = await schemaTables();
    const classified = new Set<string>([...UNDOABLE_TABLES, ...Object.keys(LINK_TABLES), ...Object.keys(NOT_UNDOABLE)]);
    expect(tables.filter((t) => !classified.has(t))).toEqual([]);
    // And no name in the lists is stale or in two of them.
    expect([...classified].filter((t) => !tables.includes(t))).toEqual([]);
    const all = [...UNDOABLE_TABLES, ...Object.keys(LINK_TABLES), ...Object.keys(NOT_UNDOABLE)];
    expect(all.length).toBe(classified.size);
  });

  it('the checker fails on a table nobody classified (planted here, as the other checkers show)', () => {
    const classified = new Set<string>([...UNDOABLE_TABLES, ...Object.keys(LINK_TABLES), ...Object.keys(NOT_UNDOABLE)]);
    expect(['icp_personas', 'planted_table'].filter((t) => !classified.has(t))).toEqual(['planted_table']);
  });
});
