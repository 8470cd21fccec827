/**
 * Row-level change capture for undo/redo. A service makes its writes through a ChangeSet, which
 * records each row before and after; undo replays the inverse, redo replays forward. Tables and
 * columns come from a fixed allow-list checked against the schema, never from input. Its row
 * builders are prepared through the one statement cache (db/sql.ts#stmt), keyed by their SQL text.
 */
import type { Database } from 'better-sqlite3';
import { AppError } from '../../../shared/errors';
import { stmt } from '../db/sql';

export const UNDOABLE_TABLES = [
  'tags',
  'quotes',
  'codings',
  'transcript_segments',
  'speakers',
  'citations',
  'attributes',
  'job_statements',
  'icp_statements',
  'company_scores',
  'participants',
  'companies',
  'segments',
  'plan_targets',
  'persona_reviews',
  'personas',
  'interviews',
  'transcripts',
  // Written through the change set only by a merge (services/merge/), so one undo takes a merge back;
  // the editor's autosave stays outside it (the editor has its own undo).
  'notes',
] as const;
export type UndoableTable = (typeof UNDOABLE_TABLES)[number];

export type Row = Record<string, unknown> & { id: number };

/**
 * Join tables without a row id: a row is named by its key columns and is only ever inserted or
 * deleted. Their changes carry `id: 0`; the key columns are in `before`/`after`.
 */
export const LINK_TABLES = {
  job_personas: ['job_id', 'persona_id'],
  company_disqualifiers: ['company_id', 'statement_id'],
  interview_participants: ['interview_id', 'participant_id'],
  icp_personas: ['persona_id'],
} as const satisfies Record<string, readonly string[]>;
export type LinkTable = keyof typeof LINK_TABLES;

/** One row before and after a step (null: it did not exist). */
export interface RowChange {
  table: UndoableTable | LinkTable;
  id: number;
  before: Row | null;
  after: Row | null;
}

/**
 * Rows a bulk import added (a document's 50,000 turns), named by runs of ids instead of being stored
 * whole: copying every row into the step made a ~25 MB payload and was most of the import's time. The
 * rows only exist in the database while the step is done, so undo reads them as they are (the step
 * left them so: the coder's later steps are undone first, other coders' are refused by builtOn) and
 * keeps them in the undone step (`columns` + `rows`) for redo, which puts them back and drops them
 * from the payload again. Only rows whose references are rows of the same step may be bulk rows
 * (ChangeSet.insertMany checks it), so no other step's row can point at one from outside.
 */
export interface BulkChange {
  table: UndoableTable;
  bulk: {
    /** [first, last] ids, inclusive, in the order they were inserted. */
    runs: [number, number][];
    /** Set only while the step is undone: the rows undo removed, column names once, values per row. */
    columns?: string[];
    rows?: unknown[][];
  };
}

export type Change = RowChange | BulkChange;

export function isBulk(c: Change): c is BulkChange {
  return 'bulk' in c;
}

/** Every id a bulk change names, in insert order. */
export function* bulkIds(c: BulkChange): Generator<number> {
  for (const [first, last] of c.bulk.runs) for (let id = first; id <= last; id++) yield id;
}

const columnCache = new WeakMap<Database, Map<string, string[]>>();

function columnsOf(db: Database, table: UndoableTable): string[] {
  if (!(UNDOABLE_TABLES as readonly string[]).includes(table)) throw new Error(`not undoable: ${table}`);
  let perDb = columnCache.get(db);
  if (!perDb) columnCache.set(db, (perDb = new Map()));
  let cols = perDb.get(table);
  if (!cols) {
    cols = (stmt(db, 'SELECT name FROM pragma_table_info(?)').all(table) as { name: string }[]).map((c) => c.name);
    perDb.set(table, cols);
  }
  return cols;
}

function checkColumns(db: Database, table: UndoableTable, names: string[]): void {
  const known = columnsOf(db, table);
  for (const n of names) if (!known.includes(n)) throw new Error(`unknown column ${table}.${n}`);
}

export function readRow(db: Database, table: UndoableTable, id: number): Row | null {
  columnsOf(db, table);
  return (stmt(db, `SELECT * FROM ${table} WHERE id = ?`).get(id) as Row | undefined) ?? null;
}

function insertRow(db: Database, table: UndoableTable, row: Record<string, unknown>): number {
  const names = Object.keys(row).sort();
  checkColumns(db, table, names);
  const s = stmt(db, `INSERT INTO ${table} (${names.join(', ')}) VALUES (${names.map((n) => `@${n}`).join(', ')})`);
  return Number(s.run(row).lastInsertRowid);
}

function updateRow(db: Database, table: UndoableTable, id: number, patch: Record<string, unknown>): void {
  const names = Object.keys(patch)
    .filter((n) => n !== 'id')
    .sort();
  if (names.length === 0) return;
  checkColumns(db, table, names);
  const s = stmt(db, `UPDATE ${table} SET ${names.map((n) => `${n} = @${n}`).join(', ')} WHERE id = @id`);
  s.run({ ...patch, id });
}

function deleteRow(db: Database, table: UndoableTable, id: number): void {
  columnsOf(db, table);
  stmt(db, `DELETE FROM ${table} WHERE id = ?`).run(id);
}

function isLinkTable(table: string): table is LinkTable {
  return Object.prototype.hasOwnProperty.call(LINK_TABLES, table);
}

function linkKey(table: LinkTable, row: Record<string, unknown>): number[] {
  return LINK_TABLES[table].map((column) => {
    const value = row[column];
    if (typeof value !== 'number') throw new Error(`link ${table} needs ${column}`);
    return value;
  });
}

/** Returns whether a row was added (false: it was already there). */
function insertLink(db: Database, table: LinkTable, row: Record<string, unknown>): boolean {
  const cols = LINK_TABLES[table];
  const s = stmt(db, `INSERT OR IGNORE INTO ${table} (${cols.join(', ')}) VALUES (${cols.map(() => '?').join(', ')})`);
  return s.run(...linkKey(table, row)).changes > 0;
}

function deleteLink(db: Database, table: LinkTable, row: Record<string, unknown>): boolean {
  const cols = LINK_TABLES[table];
  const s = stmt(db, `DELETE FROM ${table} WHERE ${cols.map((c) => `${c} = ?`).join(' AND ')}`);
  return s.run(...linkKey(table, row)).changes > 0;
}

/**
 * The tables whose new rows say which coder made them (migration 0012). Stamped here, in the one place
 * every undoable insert passes, so no use case can forget it; a row that names its coder keeps it.
 */
export const CODED_TABLES: ReadonlySet<UndoableTable> = new Set(['quotes', 'codings', 'citations', 'attributes']);

const fkCache = new WeakMap<Database, Map<string, { from: string; table: string }[]>>();

/** The table's foreign keys (column → referenced table), read once per connection. */
export function foreignKeys(db: Database, table: string): { from: string; table: string }[] {
  let perDb = fkCache.get(db);
  if (!perDb) fkCache.set(db, (perDb = new Map()));
  let fks = perDb.get(table);
  if (!fks) {
    fks = stmt(db, 'SELECT "from", "table" FROM pragma_foreign_key_list(?)').all(table) as {
      from: string;
      table: string;
    }[];
    perDb.set(table, fks);
  }
  return fks;
}

export class ChangeSet {
  readonly changes: Change[] = [];
  /** Ids this change set inserted, per table: what a bulk row may point at. */
  private readonly inserted = new Map<string, Set<number>>();
  constructor(
    private readonly db: Database,
    private readonly coderId: number | null = null,
  ) {}

  private stamp(table: UndoableTable, row: Record<string, unknown>): Record<string, unknown> {
    return CODED_TABLES.has(table) && !('coder_id' in row) ? { ...row, coder_id: this.coderId } : row;
  }

  private remember(table: string, id: number): void {
    let ids = this.inserted.get(table);
    if (!ids) this.inserted.set(table, (ids = new Set()));
    ids.add(id);
  }

  insert(table: UndoableTable, row: Record<string, unknown>): number {
    const id = insertRow(this.db, table, this.stamp(table, row));
    this.changes.push({ table, id, before: null, after: readRow(this.db, table, id) });
    this.remember(table, id);
    return id;
  }

  /**
   * Inserts many rows as one bulk change (see BulkChange): recorded by id runs, not read back. Each
   * row may point only at rows this change set inserted (else an error: use `insert`), so undoing
   * another step can never take one of these rows away through a foreign key.
   */
  insertMany(table: UndoableTable, rows: Iterable<Record<string, unknown>>, onRow?: (n: number) => void): number[] {
    const fks = foreignKeys(this.db, table);
    const runs: [number, number][] = [];
    const ids: number[] = [];
    for (const row of rows) {
      for (const fk of fks) {
        const value = row[fk.from];
        if (value !== null && value !== undefined && !this.inserted.get(fk.table)?.has(value as number))
          throw new Error(`bulk ${table}.${fk.from} points outside this step`);
      }
      const id = insertRow(this.db, table, this.stamp(table, row));
      const run = runs[runs.length - 1];
      if (run && run[1] + 1 === id) run[1] = id;
      else runs.push([id, id]);
      ids.push(id);
      onRow?.(ids.length);
    }
    if (runs.length) this.changes.push({ table, bulk: { runs } });
    return ids;
  }

  update(table: UndoableTable, id: number, patch: Record<string, unknown>): void {
    const before = readRow(this.db, table, id);
    if (!before) throw new AppError('NOT_FOUND', 'That record no longer exists.');
    updateRow(this.db, table, id, patch);
    this.changes.push({ table, id, before, after: readRow(this.db, table, id) });
  }

  delete(table: UndoableTable, id: number): void {
    const before = readRow(this.db, table, id);
    if (!before) return;
    deleteRow(this.db, table, id);
    this.changes.push({ table, id, before, after: null });
  }

  /** Adds a join row unless it is there already (then nothing is recorded). */
  link(table: LinkTable, key: Record<string, number>): void {
    const row = Object.fromEntries(LINK_TABLES[table].map((c) => [c, key[c]]));
    if (insertLink(this.db, table, row)) this.changes.push({ table, id: 0, before: null, after: { ...row, id: 0 } });
  }

  /** Removes a join row if it is there. */
  unlink(table: LinkTable, key: Record<string, number>): void {
    const row = Object.fromEntries(LINK_TABLES[table].map((c) => [c, key[c]]));
    if (deleteLink(this.db, table, row)) this.changes.push({ table, id: 0, before: { ...row, id: 0 }, after: null });
  }
}

/**
 * Undo removes a bulk change's rows and keeps them in the change for redo; redo puts them back and
 * forgets them again. Either way the change is edited in place: the caller stores the payload anew.
 */
function replayBulk(db: Database, c: BulkChange, direction: 'undo' | 'redo'): void {
  columnsOf(db, c.table); // the allow-list check
  if (direction === 'undo') {
    const read = stmt(db, `SELECT * FROM ${c.table} WHERE id BETWEEN ? AND ? ORDER BY id`).raw(true);
    const rows: unknown[][] = [];
    for (const [first, last] of c.bulk.runs) {
      const got = read.all(first, last) as unknown[][];
      if (got.length !== last - first + 1)
        throw new AppError('CONFLICT', 'Something this step made has since been deleted.');
      rows.push(...got);
    }
    const del = stmt(db, `DELETE FROM ${c.table} WHERE id BETWEEN ? AND ?`);
    for (const [first, last] of c.bulk.runs) del.run(first, last);
    c.bulk.columns = read.columns().map((col) => col.name);
    c.bulk.rows = rows;
    return;
  }
  const { columns, rows } = c.bulk;
  if (!columns || !rows) throw new AppError('INTERNAL', 'This step has lost what it needs to be redone.');
  checkColumns(db, c.table, columns);
  const s = stmt(db, `INSERT INTO ${c.table} (${columns.join(', ')}) VALUES (${columns.map(() => '?').join(', ')})`);
  for (const row of rows) s.run(...(row as unknown[]));
  delete c.bulk.columns;
  delete c.bulk.rows;
}

/** Puts rows back as `before` (undo) or `after` (redo) says, in the right order. */
export function replay(db: Database, changes: readonly Change[], direction: 'undo' | 'redo'): void {
  const ordered = direction === 'undo' ? [...changes].reverse() : changes;
  for (const c of ordered) {
    if (isBulk(c)) {
      replayBulk(db, c, direction);
      continue;
    }
    const from = direction === 'undo' ? c.after : c.before;
    const to = direction === 'undo' ? c.before : c.after;
    if (isLinkTable(c.table)) {
      if (from && !to) deleteLink(db, c.table, from);
      else if (!from && to) {
        try {
          insertLink(db, c.table, to);
        } catch (err) {
          // One side of the link (say, the persona) has since been deleted.
          if ((err as { code?: unknown }).code === 'SQLITE_CONSTRAINT_FOREIGNKEY') {
            throw new AppError('CONFLICT', 'Something this step changed has since been deleted.');
          }
          throw err;
        }
      }
      continue;
    }
    if (from && !to) deleteRow(db, c.table, c.id);
    else if (!from && to) insertRow(db, c.table, to);
    else if (from && to) {
      if (!readRow(db, c.table, c.id))
        throw new AppError('CONFLICT', 'Something this step changed has since been deleted.');
      // Only the columns this step changed: an edit made since to another column (say, a
      // participant's consent after a segment rule moved them) is not this step's to undo.
      updateRow(
        db,
        c.table,
        c.id,
        Object.fromEntries(Object.entries(to).filter(([column, value]) => from[column] !== value)),
      );
    }
  }
}
