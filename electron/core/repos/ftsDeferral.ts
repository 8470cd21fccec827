/**
 * Bulk-import fast path: drop the full-text sync triggers of a table, run the inserts, put the
 * triggers back exactly as the schema has them, and rebuild the index once. Call inside a transaction.
 */
import type { Database } from 'better-sqlite3';

export function withDeferredFts<T>(db: Database, ftsTable: 'transcript_fts' | 'notes_fts' | 'quotes_fts', work: () => T): T {
  if (!db.inTransaction) throw new Error('withDeferredFts must run inside a transaction');
  const prefix = `${ftsTable}_a`;
  const triggers = db
    .prepare("SELECT name, sql FROM sqlite_schema WHERE type = 'trigger' AND substr(name, 1, length(?)) = ?")
    .all(prefix, prefix) as { name: string; sql: string }[];
  // Names come from sqlite_schema, not from input; quoting keeps them identifiers.
  for (const t of triggers) db.exec(`DROP TRIGGER "${t.name.replace(/"/g, '""')}"`);
  const result = work();
  for (const t of triggers) db.exec(t.sql);
  db.prepare(`INSERT INTO ${ftsTable}(${ftsTable}) VALUES ('rebuild')`).run();
  return result;
}
