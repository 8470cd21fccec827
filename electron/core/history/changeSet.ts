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

export interface Change {
  table: UndoableTable | LinkTable;
  id: number;
  before: Row | null;
  after: Row | null;
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

export class ChangeSet {
  readonly changes: Change[] = [];
  constructor(
    private readonly db: Database,
    private readonly coderId: number | null = null,
  ) {}

  insert(table: UndoableTable, row: Record<string, unknown>): number {
    const stamped = CODED_TABLES.has(table) && !('coder_id' in row) ? { ...row, coder_id: this.coderId } : row;
    const id = insertRow(this.db, table, stamped);
    this.changes.push({ table, id, before: null, after: readRow(this.db, table, id) });
    return id;
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

/** Puts rows back as `before` (undo) or `after` (redo) says, in the right order. */
export function replay(db: Database, changes: readonly Change[], direction: 'undo' | 'redo'): void {
  const ordered = direction === 'undo' ? [...changes].reverse() : changes;
  for (const c of ordered) {
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
