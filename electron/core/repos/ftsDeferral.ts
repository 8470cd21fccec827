/**
 * Bulk-import fast path: drop the full-text sync triggers of a table, run the inserts, put the
 * triggers back exactly as the schema has them, and index the new rows in one statement. Only rows
 * added by `work` are indexed (rowids above the largest before it): rebuilding the whole index per
 * chunk made 50 files into a 500-interview project slower than the plain path. `work` may only insert
 * into the table (the fast path adds new interviews); rows it updated or deleted would be missed.
 */
import type { Database } from 'better-sqlite3';

/** Each full-text table's content table and indexed columns (a fixed list: names never come from input). */
const SOURCES = {
  transcript_fts: { table: 'transcript_segments', columns: 'text' },
  notes_fts: { table: 'notes', columns: 'plain_text' },
  quotes_fts: { table: 'quotes', columns: 'exact_text, comment' },
} as const;

export function withDeferredFts<T>(
  db: Database,
  ftsTable: 'transcript_fts' | 'notes_fts' | 'quotes_fts',
  work: () => T,
): T {
  if (!db.inTransaction) throw new Error('withDeferredFts must run inside a transaction');
  const prefix = `${ftsTable}_a`;
  const triggers = db
    .prepare("SELECT name, sql FROM sqlite_schema WHERE type = 'trigger' AND substr(name, 1, length(?)) = ?")
    .all(prefix, prefix) as { name: string; sql: string }[];
  // Names come from sqlite_schema, not from input; quoting keeps them identifiers.
  const { table, columns } = SOURCES[ftsTable];
  const before = db.prepare(`SELECT coalesce(max(id), 0) FROM ${table}`).pluck().get() as number;
  for (const t of triggers) db.exec(`DROP TRIGGER "${t.name.replace(/"/g, '""')}"`);
  const result = work();
  for (const t of triggers) db.exec(t.sql);
  db.prepare(
    `INSERT INTO ${ftsTable}(rowid, ${columns}) SELECT id, ${columns} FROM ${table} WHERE id > ? ORDER BY id`,
  ).run(before);
  return result;
}
