/**
 * Schema snapshot: every table, index, trigger and FTS table of a fresh project. A schema change shows
 * up as a diff of test/core/schema.snapshot.sql in review; a shipped migration must never change it.
 */
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { openProjectDb } from '../../electron/core/db/open';
import { tempDir } from '../support/core';

describe('schema', () => {
  it('matches the committed snapshot', async () => {
    const db = await openProjectDb(path.join(tempDir(), 's.groundwork'), { create: true });
    const rows = db
      .prepare(
        "SELECT type, name, sql FROM sqlite_schema WHERE sql IS NOT NULL AND name NOT LIKE 'sqlite_%' ORDER BY type, name",
      )
      .all() as { type: string; name: string; sql: string }[];
    const text = rows.map((r) => `-- ${r.type} ${r.name}\n${r.sql.replace(/[ \t]+\n/g, '\n')};\n`).join('\n');
    db.close();
    await expect(text).toMatchFileSnapshot('./schema.snapshot.sql');
  });

  it('declares a foreign key for every *_id column', async () => {
    const db = await openProjectDb(path.join(tempDir(), 'f.groundwork'), { create: true });
    const tables = (
      db
        .prepare(
          "SELECT name FROM sqlite_schema WHERE type = 'table' AND sql NOT LIKE 'CREATE VIRTUAL%' AND name NOT LIKE '%fts%'",
        )
        .all() as { name: string }[]
    ).map((t) => t.name);
    const missing: string[] = [];
    for (const table of tables) {
      const cols = (db.prepare('SELECT name FROM pragma_table_info(?)').all(table) as { name: string }[]).map(
        (c) => c.name,
      );
      const fks = new Set(
        (db.prepare('SELECT "from" FROM pragma_foreign_key_list(?)').all(table) as { from: string }[]).map(
          (f) => f.from,
        ),
      );
      for (const col of cols) if (col.endsWith('_id') && !fks.has(col)) missing.push(`${table}.${col}`);
    }
    // The operation log outlives what it describes (a deleted participant stays in the audit trail).
    const allowed = new Set(['operations.entity_id']);
    db.close();
    expect(missing.filter((m) => !allowed.has(m))).toEqual([]);
  });
});
