/**
 * One side of a merge read into memory: every merged row by GUID, with its foreign keys turned into
 * the GUIDs they point at (row ids differ between copies; GUIDs do not) and a fingerprint of what a
 * researcher could have changed. The same function reads both projects and writes the base, so a row
 * carried over unchanged has the same fingerprint on both sides.
 */
import { createHash } from 'node:crypto';
import type { Database } from 'better-sqlite3';
import {
  guidColumn,
  LOOSE_TABLES,
  looseGuids,
  readMergeTable,
  turnIdsByGuid,
  turnsOfTranscripts,
  type LooseTable,
  type MergeTable,
  type RawRow,
  type RawTable,
} from '../../repos/merge';
import { SPEC, TABLES, type TableSpec } from './tables';

/** One row of one side. */
export class SideRow {
  constructor(
    readonly id: number,
    readonly guid: string,
    /** Every written column, references as GUIDs (null: none). */
    readonly content: Record<string, unknown>,
    /** Of the compared columns only; '' for tables that are never compared. */
    readonly fp: string,
    private readonly columns: RawTable['columns'] = [],
    private readonly values: unknown[] = [],
  ) {}

  /** The same stored row with other content (a .qdpx's row given what REFI does not carry, fromQdpx.ts). */
  withContent(spec: TableSpec, content: Record<string, unknown>): SideRow {
    return new SideRow(this.id, this.guid, content, fingerprintOf(spec, content), this.columns, this.values);
  }

  /** The row as stored (ids, not GUIDs): made on demand, for the few rows a merge writes or shows. */
  get raw(): RawRow {
    const out: Record<string, unknown> = {};
    for (let i = 0; i < this.columns.length; i++) out[this.columns[i]!] = this.values[i];
    return { ...out, id: this.id, guid: this.guid };
  }
}

export interface Snapshot {
  db: Database;
  /** Every row of every table, except turns: only those a merge may bring (readBringableTurns). */
  rows: Map<MergeTable, Map<string, SideRow>>;
  /** row id -> GUID, per table read whole (merged and loose). */
  guidOf: Map<MergeTable | LooseTable, Map<number, string>>;
}

/** 64 bits of SHA-1: tells "changed" from "unchanged" for one row; not a security boundary. */
function hash(text: string): string {
  return createHash('sha1').update(text).digest('hex').slice(0, 16);
}

/** A row's fingerprint from its content: the compared columns' values in column-name order (as sideRows). */
export function fingerprintOf(spec: TableSpec, content: Record<string, unknown>): string {
  if (spec.mode === 'follow') return '';
  const columns = Object.keys(content)
    .filter((c) => !spec.uncompared.includes(c))
    .sort((a, b) => (a < b ? -1 : 1));
  return hash(JSON.stringify(columns.map((c) => content[c])));
}

export function readSnapshot(db: Database): Snapshot {
  const raw = new Map<MergeTable, RawTable>();
  const guidOf = new Map<MergeTable | LooseTable, Map<number, string>>();
  for (const spec of TABLES) {
    if (spec.table === 'transcript_segments') continue;
    const table = readMergeTable(db, spec.table);
    raw.set(spec.table, table);
    // Speakers are named by transcript and label; their ids are still what turns point at.
    if (!spec.syntheticGuid || spec.table === 'speakers') guidOf.set(spec.table, idsToGuids(table));
  }
  for (const t of LOOSE_TABLES) guidOf.set(t, new Map(looseGuids(db, t).map((r) => [r.id, r.guid])));
  const rows = new Map<MergeTable, Map<string, SideRow>>();
  for (const spec of TABLES) rows.set(spec.table, sideRows(spec, raw.get(spec.table), guidOf));
  return { db, rows, guidOf };
}

function idsToGuids({ columns, rows }: RawTable): Map<number, string> {
  const id = columns.indexOf('id');
  const guid = columns.lastIndexOf('guid');
  const out = new Map<number, string>();
  for (const r of rows) out.set(r[id] as number, r[guid] as string);
  return out;
}

/**
 * The turns a merge can bring: the colleague's turns of the transcripts this project lacks (a
 * transcript this project has keeps its own turns). A turn GUID this project holds already (in
 * another transcript) is read on this side too, so it is known to be here and is not brought twice.
 */
export function readBringableTurns(mine: Snapshot, theirs: Snapshot): void {
  const spec = SPEC.get('transcript_segments')!;
  const mineTranscripts = mine.rows.get('transcripts')!;
  const lacking = [...theirs.rows.get('transcripts')!.keys()].filter((guid) => !mineTranscripts.has(guid));
  if (lacking.length === 0) return;
  const brought = sideRows(spec, turnsOfTranscripts(theirs.db, lacking), theirs.guidOf);
  theirs.rows.set('transcript_segments', brought);
  const here = turnIdsByGuid(mine.db, [...brought.keys()]);
  if (here.size === 0) return;
  const known = new Map<string, SideRow>();
  for (const [guid, id] of here) known.set(guid, new SideRow(id, guid, {}, ''));
  mine.rows.set('transcript_segments', known);
}

/** One table's rows by GUID, references turned into GUIDs and compared columns fingerprinted. */
function sideRows(
  spec: TableSpec,
  table: RawTable | undefined,
  guidOf: Map<MergeTable | LooseTable, Map<number, string>>,
): Map<string, SideRow> {
  const byGuid = new Map<string, SideRow>();
  if (!table || table.rows.length === 0) return byGuid;
  const { columns: all, rows } = table;
  // The last `guid` column is the row's: speakers and links name theirs after the table's own columns.
  const idAt = all.lastIndexOf('id');
  const guidAt = all.lastIndexOf('guid');
  // References into tables not read whole come with their GUID from the query itself.
  const joined = new Set(spec.fks.filter((f) => !guidOf.has(f.table)).map((f) => f.column));
  const skip = new Set(['id', 'guid', ...spec.derived, ...[...joined].map(guidColumn)]);
  const refs = new Map<string, Map<number, string>>([
    ...spec.fks.filter((f) => !joined.has(f.column)).map((f) => [f.column, guidOf.get(f.table)!] as const),
    ...spec.loose.map((l) => [l.column, guidOf.get(l.table)!] as const),
  ]);
  // One plan per table (the columns, in a fixed order, and which are references), not per row.
  const plan = all
    .map((column, at) => ({
      column,
      at,
      ref: refs.get(column) ?? null,
      joinedAt: joined.has(column) ? all.indexOf(guidColumn(column)) : -1,
    }))
    .filter((c) => !skip.has(c.column));
  const comparedAt = plan
    .map((c, i) => [c.column, i] as const)
    .filter(([c]) => !spec.uncompared.includes(c))
    .sort(([a], [b]) => (a < b ? -1 : 1))
    .map(([, i]) => i);
  const compared = spec.mode !== 'follow';
  for (const r of rows) {
    const content: Record<string, unknown> = {};
    const values: unknown[] = new Array(plan.length);
    for (let i = 0; i < plan.length; i++) {
      const { column, at, ref, joinedAt } = plan[i]!;
      const value = r[at];
      let v: unknown;
      if (joinedAt >= 0) v = r[joinedAt] ?? null;
      else if (ref && value !== null && value !== undefined) v = ref.get(value as number) ?? null;
      else v = value ?? null;
      content[column] = v;
      values[i] = v;
    }
    const fp = compared ? hash(JSON.stringify(comparedAt.map((i) => values[i]))) : '';
    const guid = r[guidAt] as string;
    byGuid.set(guid, new SideRow(r[idAt] as number, guid, content, fp, all, r));
  }
  return byGuid;
}

/** The base document: table -> GUID -> fingerprint, for the tables a merge compares. */
export type BaseFingerprints = Partial<Record<MergeTable, Record<string, string>>>;

export function fingerprintsOf(snapshot: Snapshot): BaseFingerprints {
  const out: BaseFingerprints = {};
  for (const spec of TABLES) {
    if (spec.mode === 'follow') continue;
    const table: Record<string, string> = {};
    for (const [guid, row] of snapshot.rows.get(spec.table)!) table[guid] = row.fp;
    out[spec.table] = table;
  }
  return out;
}
