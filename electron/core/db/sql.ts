/**
 * The one prepared-statement cache, and small SQL helpers. Each SQL text is prepared once per
 * connection: `stmt` gives statements returning objects, `rawStmt` statements returning arrays (the hot
 * evidence reads, no object per row). They are kept apart because `.raw(true)` changes the statement.
 */
import type { Database, Statement } from 'better-sqlite3';

interface Prepared {
  rows: Map<string, Statement>;
  raw: Map<string, Statement>;
}

const cache = new WeakMap<Database, Prepared>();

function prepared(db: Database, sql: string, mode: keyof Prepared): Statement {
  let perDb = cache.get(db);
  if (!perDb) cache.set(db, (perDb = { rows: new Map(), raw: new Map() }));
  let s = perDb[mode].get(sql);
  if (!s) {
    s = db.prepare(sql);
    if (mode === 'raw') s.raw(true);
    perDb[mode].set(sql, s);
  }
  return s;
}

export function stmt(db: Database, sql: string): Statement {
  return prepared(db, sql, 'rows');
}

/** A raw-mode statement (arrays, not objects) cached per SQL text. */
export function rawStmt(db: Database, sql: string): Statement {
  return prepared(db, sql, 'raw');
}

export function jsonArray(value: unknown): string[] {
  if (typeof value !== 'string') return [];
  try {
    const parsed: unknown = JSON.parse(value);
    return Array.isArray(parsed) ? parsed.filter((v): v is string => typeof v === 'string') : [];
  } catch {
    return [];
  }
}
