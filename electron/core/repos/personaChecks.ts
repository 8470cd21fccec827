/** The persona checklist's reads and writes: manual checks (persona_checks) and the tags quotes carry. */
import type { Database } from 'better-sqlite3';
import { stmt } from '../db/sql';

/** check_key → done_at (null: unticked) for one persona. */
export function manualChecks(db: Database, personaId: number): Map<string, number | null> {
  return new Map(
    (
      stmt(db, 'SELECT check_key, done_at FROM persona_checks WHERE persona_id = ?').all(personaId) as {
        check_key: string;
        done_at: number | null;
      }[]
    ).map((r) => [r.check_key, r.done_at]),
  );
}

export function setManualCheck(db: Database, personaId: number, key: string, doneAt: number | null): void {
  stmt(
    db,
    `INSERT INTO persona_checks (persona_id, check_key, done_at) VALUES (?, ?, ?)
       ON CONFLICT (persona_id, check_key) DO UPDATE SET done_at = excluded.done_at`,
  ).run(personaId, key, doneAt);
}

/** The distinct tags coding any of these quotes. */
export function tagIdsOfQuotes(db: Database, quoteIds: number[]): number[] {
  return (
    stmt(db, 'SELECT DISTINCT tag_id FROM codings WHERE quote_id IN (SELECT value FROM json_each(?))').all(
      JSON.stringify(quoteIds),
    ) as { tag_id: number }[]
  ).map((r) => r.tag_id);
}
