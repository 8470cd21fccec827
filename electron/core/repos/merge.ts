/**
 * Reads and writes of a merge (services/merge/): whole tables of either project by GUID, the GUIDs of
 * tables a merge only points into, the recorded merge bases, and coders brought over. Table names come
 * from the fixed lists below, never from input.
 */
import type { Database } from 'better-sqlite3';
import { rawStmt, stmt } from '../db/sql';

export const MERGE_TABLES = [
  'coders',
  'companies',
  'participants',
  'interviews',
  'interview_participants',
  'transcripts',
  'speakers',
  'transcript_segments',
  'tags',
  'notes',
  'quotes',
  'codings',
] as const;
export type MergeTable = (typeof MERGE_TABLES)[number];

export const LOOSE_TABLES = ['segments', 'guides', 'guide_items'] as const;
export type LooseTable = (typeof LOOSE_TABLES)[number];

export type RawRow = Record<string, unknown> & { id: number; guid: string };

/** Rows as arrays (no object per row: a study's tables are 150k rows), with the column names once. */
export interface RawTable {
  columns: string[];
  rows: unknown[][];
}

// Turns are many (350k in the standard corpus) and only come over with a transcript this project lacks:
// they are read by transcript (turnsOfTranscripts), never whole.
export type WholeTable = Exclude<MergeTable, 'transcript_segments'>;

// Speakers and interview links have no GUID of their own: they are named by their owners'.
const SELECTS: Record<WholeTable, string> = {
  coders: 'SELECT * FROM coders',
  companies: 'SELECT * FROM companies',
  participants: 'SELECT * FROM participants',
  interviews: 'SELECT * FROM interviews',
  interview_participants: `SELECT ip.*, 0 AS id, i.guid || '/' || p.guid AS guid FROM interview_participants ip
     JOIN interviews i ON i.id = ip.interview_id JOIN participants p ON p.id = ip.participant_id`,
  transcripts: 'SELECT * FROM transcripts',
  speakers: `SELECT s.*, t.guid || '/' || s.label AS guid FROM speakers s JOIN transcripts t ON t.id = s.transcript_id`,
  tags: 'SELECT * FROM tags',
  notes: 'SELECT * FROM notes',
  // A quote's turns by GUID, joined here: the turns themselves are not read. Most quotes end in the
  // turn they start in, which is then looked up once.
  quotes: `SELECT q.*, s1.guid AS start_segment_id_guid,
            CASE WHEN q.end_segment_id = q.start_segment_id THEN s1.guid
                 ELSE (SELECT s2.guid FROM transcript_segments s2 WHERE s2.id = q.end_segment_id) END AS end_segment_id_guid
       FROM quotes q LEFT JOIN transcript_segments s1 ON s1.id = q.start_segment_id`,
  codings: 'SELECT * FROM codings',
};

/** The column a SELECT above adds with the GUID a reference points at (for tables that are not read whole). */
export const guidColumn = (column: string) => `${column}_guid`;

function rawTable(s: ReturnType<typeof rawStmt>, ...params: unknown[]): RawTable {
  return { columns: s.columns().map((c) => c.name), rows: s.all(...params) as unknown[][] };
}

export function readMergeTable(db: Database, table: WholeTable): RawTable {
  return rawTable(rawStmt(db, SELECTS[table]));
}

/** Whole turns of the transcripts named by GUID. */
export function turnsOfTranscripts(db: Database, transcriptGuids: readonly string[]): RawTable {
  return rawTable(
    rawStmt(
      db,
      `SELECT ts.* FROM transcript_segments ts JOIN transcripts t ON t.id = ts.transcript_id
        WHERE t.guid IN (SELECT value FROM json_each(?)) ORDER BY ts.id`,
    ),
    JSON.stringify(transcriptGuids),
  );
}

/** Ids of the turns named by GUID that this project has (one query for a merge's references). */
export function turnIdsByGuid(db: Database, guids: readonly string[]): Map<string, number> {
  const rows = stmt(db, 'SELECT guid, id FROM transcript_segments WHERE guid IN (SELECT value FROM json_each(?))').all(
    JSON.stringify(guids),
  ) as { guid: string; id: number }[];
  return new Map(rows.map((r) => [r.guid, r.id]));
}

const LOOSE_SELECTS: Record<LooseTable, string> = {
  segments: 'SELECT id, guid FROM segments',
  guides: 'SELECT id, guid FROM guides',
  guide_items: 'SELECT id, guid FROM guide_items',
};

export function looseGuids(db: Database, table: LooseTable): { id: number; guid: string }[] {
  return stmt(db, LOOSE_SELECTS[table]).all() as { id: number; guid: string }[];
}

export function projectGuid(db: Database): string | null {
  const row = stmt(db, "SELECT value FROM project_meta WHERE key = 'guid'").get() as { value: string } | undefined;
  return row?.value ?? null;
}

export function projectName(db: Database): string | null {
  const row = stmt(db, "SELECT value FROM project_meta WHERE key = 'name'").get() as { value: string } | undefined;
  return row?.value ?? null;
}

/** A colleague's copy is a new project: its own GUID, so each side can name the other. */
export function setProjectGuid(db: Database, guid: string): void {
  stmt(
    db,
    "INSERT INTO project_meta (key, value) VALUES ('guid', ?) ON CONFLICT (key) DO UPDATE SET value = excluded.value",
  ).run(guid);
}

/**
 * The base in force for a peer: the newest snapshot written at copy time or by a merge step that is
 * not undone. An undone merge's snapshot is ignored, and counts again after redo.
 */
export interface MergeBaseRow {
  guid: string;
  seenGuid: string | null;
  fingerprints: string;
}

export function currentMergeBase(db: Database, peerGuid: string): MergeBaseRow | null {
  const row = stmt(
    db,
    `SELECT b.guid, b.seen_guid AS seenGuid, b.fingerprints FROM merge_bases b LEFT JOIN operations o ON o.id = b.operation_id
      WHERE b.peer_guid = ? AND (b.operation_id IS NULL OR o.undone = 0)
      ORDER BY b.id DESC LIMIT 1`,
  ).get(peerGuid) as MergeBaseRow | undefined;
  return row ?? null;
}

export function insertMergeBase(
  db: Database,
  row: {
    guid: string;
    peerGuid: string;
    seenGuid: string | null;
    operationId: number | null;
    fingerprints: string;
    at: number;
  },
): void {
  stmt(
    db,
    'INSERT INTO merge_bases (guid, peer_guid, seen_guid, operation_id, fingerprints, created_at) VALUES (?, ?, ?, ?, ?, ?)',
  ).run(row.guid, row.peerGuid, row.seenGuid, row.operationId, row.fingerprints, row.at);
}

/** The id of the newest undoable step: the merge just recorded (read inside the same transaction). */
export function lastUndoableOperationId(db: Database): number | null {
  const row = stmt(db, 'SELECT max(id) AS id FROM operations WHERE undoable = 1').get() as { id: number | null };
  return row.id;
}

/** A colleague's coder, added by GUID; a person this project lists already is left as it is. */
export function insertCoderIfMissing(
  db: Database,
  coder: { guid: string; name: string; initials: string; colour: string; created_at: number },
): { id: number; added: boolean } {
  const info = stmt(
    db,
    `INSERT INTO coders (guid, name, initials, colour, created_at) VALUES (@guid, @name, @initials, @colour, @created_at)
     ON CONFLICT (guid) DO NOTHING`,
  ).run(coder);
  const id = (stmt(db, 'SELECT id FROM coders WHERE guid = ?').get(coder.guid) as { id: number }).id;
  return { id, added: info.changes > 0 };
}

/** A quote's citations: deleted explicitly with the quote, so one undo puts them back (never left to the cascade). */
export function citationIdsOfQuote(db: Database, quoteId: number): number[] {
  return (stmt(db, 'SELECT id FROM citations WHERE quote_id = ?').all(quoteId) as { id: number }[]).map((r) => r.id);
}

/** A colleague's copy starts with no bases of its own: the sender's other peers are not its peers. */
export function deleteMergeBases(db: Database): void {
  stmt(db, 'DELETE FROM merge_bases').run();
}

/** The copy is complete in its one file before it leaves (no -wal beside it). */
export function checkpointTruncate(db: Database): void {
  db.pragma('wal_checkpoint(TRUNCATE)');
}

/**
 * Changes since this connection opened plus commits by any other connection (the import worker's):
 * equal readings mean the project has not changed in between.
 */
export function changeCounter(db: Database): string {
  const row = stmt(db, 'SELECT total_changes() AS n').get() as { n: number };
  return `${String(db.pragma('data_version', { simple: true }))}:${row.n}`;
}
