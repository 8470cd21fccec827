/**
 * Query plans of what a real call runs: every statement better-sqlite3 executes while `recording` is
 * on is kept with its arguments, then explained with `EXPLAIN QUERY PLAN` against the same
 * connection, so a test can say "no statement of this call scans a table that grows with the study".
 * Nothing is faked: the recorder only listens on the driver's Statement methods.
 */
import Database from 'better-sqlite3';

export interface Recorded {
  sql: string;
  args: unknown[];
}

type StatementProto = Record<
  'run' | 'get' | 'all' | 'iterate',
  (this: { source: string }, ...args: unknown[]) => unknown
>;

let log: Recorded[] | null = null;
let patched = false;

function patch(): void {
  if (patched) return;
  patched = true;
  const probe = new Database(':memory:');
  const proto = Object.getPrototypeOf(probe.prepare('SELECT 1')) as StatementProto;
  probe.close();
  for (const method of ['run', 'get', 'all', 'iterate'] as const) {
    const original = proto[method];
    proto[method] = function (this: { source: string }, ...args: unknown[]) {
      log?.push({ sql: this.source, args });
      return original.apply(this, args);
    };
  }
}

/** Runs `work` and returns every statement it executed (distinct SQL texts, first arguments kept). */
export async function recording(work: () => unknown): Promise<Recorded[]> {
  patch();
  const seen: Recorded[] = [];
  log = seen;
  try {
    await work();
  } finally {
    log = null;
  }
  const distinct = new Map<string, Recorded>();
  for (const r of seen) if (!distinct.has(r.sql)) distinct.set(r.sql, r);
  return [...distinct.values()];
}

/** The plan's lines (`SCAN q`, `SEARCH e USING INDEX …`) for one statement with its arguments. */
export function planOf(db: Database.Database, r: Recorded): string[] {
  const explain = db.prepare(`EXPLAIN QUERY PLAN ${r.sql}`);
  return (explain.all(...r.args) as { detail: string }[]).map((row) => row.detail);
}

const NOT_A_NAME = new Set([
  'select',
  'where',
  'on',
  'left',
  'join',
  'inner',
  'cross',
  'group',
  'order',
  'limit',
  'using',
  'indexed',
  'not',
  'natural',
  'as',
]);

/** Alias -> table for the FROM and JOIN clauses of a statement (aliases are how plans name tables). */
function aliases(sql: string): Map<string, string> {
  const out = new Map<string, string>();
  for (const m of sql.matchAll(/\b(?:FROM|JOIN|UPDATE|INTO)\s+(\w+)(?:\s+(?:AS\s+)?(\w+))?/gi)) {
    const table = m[1]!;
    out.set(table, table);
    const alias = m[2];
    if (alias && !NOT_A_NAME.has(alias.toLowerCase())) out.set(alias, table);
  }
  return out;
}

/**
 * The tables a statement reads whole: `SCAN x` lines (with or without a covering index), named by
 * table, not alias. Scans of json_each (bound lists) and of subquery results are not table scans.
 */
export function scannedTables(db: Database.Database, r: Recorded): string[] {
  const names = aliases(r.sql);
  const out: string[] = [];
  const plan = planOf(db, r);
  // Walking an index in the ORDER BY's own order under a LIMIT stops at the page: not a scan of all.
  const pageWalk = /\bLIMIT\b/i.test(r.sql) && !plan.some((l) => l === 'USE TEMP B-TREE FOR ORDER BY');
  // A partial index holds only the rows its WHERE selects (starred quotes, undoable steps): reading it
  // whole reads those rows, not the table.
  const partial = new Set(
    db
      .prepare("SELECT name FROM sqlite_schema WHERE type = 'index' AND sql LIKE '% WHERE %'")
      .pluck()
      .all() as string[],
  );
  for (const line of plan) {
    const m = /^SCAN (\w+)/.exec(line);
    if (!m || m[1] === 'json_each' || /^SCAN (SUBQUERY|CONSTANT ROW)/.test(line)) continue;
    if (/VIRTUAL TABLE INDEX/.test(line)) continue; // FTS5 MATCH: the full-text index answers it
    if (pageWalk && / USING (COVERING )?INDEX /.test(line)) continue;
    const index = / USING (?:COVERING )?INDEX (\w+)/.exec(line)?.[1];
    if (index && partial.has(index)) continue;
    out.push(names.get(m[1]!) ?? m[1]!);
  }
  return out;
}

/** Tables that grow with a study: a scan of one of these costs more with every interview coded. */
export const GROWING_TABLES = [
  'operations',
  'transcript_segments',
  'transcripts',
  'speakers',
  'quotes',
  'codings',
  'evidence',
  'notes',
  'citations',
  'interviews',
  'interview_participants',
  'participants',
  'companies',
  'tags',
] as const;

/** Each statement that scans a growing table, with the tables and its plan, for a readable failure. */
export function growingScans(
  db: Database.Database,
  statements: Recorded[],
  allowed: readonly string[] = [],
): { sql: string; scans: string[]; plan: string[] }[] {
  const growing = new Set<string>(GROWING_TABLES);
  return statements.flatMap((r) => {
    if (/^\s*(EXPLAIN|PRAGMA|BEGIN|COMMIT|ROLLBACK|SAVEPOINT|RELEASE)/i.test(r.sql)) return [];
    const scans = scannedTables(db, r).filter((t) => growing.has(t) && !allowed.includes(t));
    return scans.length ? [{ sql: r.sql.replace(/\s+/g, ' ').trim(), scans, plan: planOf(db, r) }] : [];
  });
}
