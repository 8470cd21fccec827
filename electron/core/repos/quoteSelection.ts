/** Reads for actions on a selection of quotes (bulk tag, untag, star): which of the ids still exist. */
import type { Database } from 'better-sqlite3';
import { stmt } from '../db/sql';

/** The selected quotes that exist, with their star, in the order given. */
export function selectedQuotes(db: Database, ids: number[]): { id: number; starred: boolean }[] {
  const rows = stmt(db, 'SELECT id, starred FROM quotes WHERE id IN (SELECT value FROM json_each(?))').all(
    JSON.stringify(ids),
  ) as { id: number; starred: number }[];
  const byId = new Map(rows.map((r) => [r.id, r.starred === 1]));
  return [...new Set(ids)].flatMap((id) => (byId.has(id) ? [{ id, starred: byId.get(id)! }] : []));
}
