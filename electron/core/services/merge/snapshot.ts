/**
 * One side of a merge read into memory: every merged row by GUID, with its foreign keys turned into
 * the GUIDs they point at (row ids differ between copies; GUIDs do not) and a fingerprint of what a
 * researcher could have changed. The same function reads both projects and writes the base, so a row
 * carried over unchanged has the same fingerprint on both sides.
 */
import { createHash } from 'node:crypto';
import type { Database } from 'better-sqlite3';
import {
  LOOSE_TABLES,
  looseGuids,
  readMergeTable,
  type LooseTable,
  type MergeTable,
  type RawRow,
} from '../../repos/merge';
import { TABLES, type TableSpec } from './tables';

export interface SideRow {
  id: number;
  guid: string;
  raw: RawRow;
  /** Every written column, references as GUIDs (null: none). */
  content: Record<string, unknown>;
  /** Of the compared columns only; '' for tables that are never compared. */
  fp: string;
}

export interface Snapshot {
  db: Database;
  rows: Map<MergeTable, Map<string, SideRow>>;
  /** row id -> GUID, per table (merged and loose). */
  guidOf: Map<MergeTable | LooseTable, Map<number, string>>;
}

export function fingerprint(content: Record<string, unknown>, spec: TableSpec): string {
  const keys = Object.keys(content)
    .filter((k) => !spec.uncompared.includes(k))
    .sort();
  const text = JSON.stringify(keys.map((k) => [k, content[k] ?? null]));
  // 64 bits: this tells "changed" from "unchanged" for one row, it is not a security boundary.
  return createHash('sha1').update(text).digest('hex').slice(0, 16);
}

export function readSnapshot(db: Database): Snapshot {
  const raw = new Map<MergeTable, RawRow[]>();
  const guidOf = new Map<MergeTable | LooseTable, Map<number, string>>();
  for (const spec of TABLES) {
    const rows = readMergeTable(db, spec.table);
    raw.set(spec.table, rows);
    if (!spec.syntheticGuid) guidOf.set(spec.table, new Map(rows.map((r) => [r.id, r.guid])));
  }
  // Speakers are named by transcript and label; their ids are still what turns point at.
  guidOf.set('speakers', new Map(raw.get('speakers')!.map((r) => [r.id, r.guid])));
  for (const t of LOOSE_TABLES) guidOf.set(t, new Map(looseGuids(db, t).map((r) => [r.id, r.guid])));

  const rows = new Map<MergeTable, Map<string, SideRow>>();
  for (const spec of TABLES) {
    const byGuid = new Map<string, SideRow>();
    const skip = new Set(['id', 'guid', ...spec.derived]);
    const refs = new Map<string, MergeTable | LooseTable>([
      ...spec.fks.map((f) => [f.column, f.table] as const),
      ...spec.loose.map((l) => [l.column, l.table] as const),
    ]);
    const compared = spec.mode !== 'follow';
    for (const r of raw.get(spec.table)!) {
      const content: Record<string, unknown> = {};
      for (const [column, value] of Object.entries(r)) {
        if (skip.has(column)) continue;
        const target = refs.get(column);
        content[column] = target && value !== null ? (guidOf.get(target)!.get(value as number) ?? null) : value;
      }
      byGuid.set(r.guid, { id: r.id, guid: r.guid, raw: r, content, fp: compared ? fingerprint(content, spec) : '' });
    }
    rows.set(spec.table, byGuid);
  }
  return { db, rows, guidOf };
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
