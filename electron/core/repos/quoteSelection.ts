/** Reads for actions on a selection of quotes (bulk tag, untag, star): which ids still exist, select all. */
import type { Database } from 'better-sqlite3';
import { stmt } from '../db/sql';
import { countQuotes, libraryWhere, type Parsed } from './quoteLibrary';

/** The selected quotes that exist, with their star, in the order given. */
export function selectedQuotes(db: Database, ids: number[]): { id: number; starred: boolean }[] {
  const rows = stmt(db, 'SELECT id, starred FROM quotes WHERE id IN (SELECT value FROM json_each(?))').all(
    JSON.stringify(ids),
  ) as { id: number; starred: number }[];
  const byId = new Map(rows.map((r) => [r.id, r.starred === 1]));
  return [...new Set(ids)].flatMap((id) => (byId.has(id) ? [{ id, starred: byId.get(id)! }] : []));
}

/** The most quotes one bulk action takes (the contract's `SelectedQuotes`). */
export const MAX_SELECTION = 10_000;

/**
 * "Select all" in the library: every quote the filter selects (up to MAX_SELECTION, in id order), each
 * with the tags it carries (so "Remove tag…" can offer only those), and how many match in all.
 */
export function quotesInFilter(
  db: Database,
  f: Parsed,
  match: string,
): { total: number; items: { id: number; tagIds: number[] }[] } {
  const w = libraryWhere(f, match);
  const rows = stmt(
    db,
    `SELECT q.id, (SELECT json_group_array(c.tag_id) FROM codings c WHERE c.quote_id = q.id) AS tags
       FROM quotes q ${w.sql} ORDER BY q.id LIMIT ${MAX_SELECTION}`,
  ).all(w.params) as { id: number; tags: string }[];
  return {
    total: rows.length < MAX_SELECTION ? rows.length : countQuotes(db, f, match),
    items: rows.map((r) => ({ id: r.id, tagIds: JSON.parse(r.tags) as number[] })),
  };
}
