/**
 * The SQL of turning an imported .qdpx into a merge's other side (services/merge/fromQdpx.ts): GUIDs
 * by table, a row's GUID renamed, a transcript's turns in order, quotes dropped, columns copied over.
 * Table and column names come from the fixed lists below, never from input.
 */
import type { Database } from 'better-sqlite3';
import { stmt } from '../db/sql';

/** The tables whose rows a .qdpx names by the GUIDs Groundwork exported them under. */
export const QDPX_GUID_TABLES = [
  'tags',
  'participants',
  'interviews',
  'quotes',
  'codings',
  'notes',
  'segments',
  'coders',
] as const;
export type QdpxGuidTable = (typeof QDPX_GUID_TABLES)[number];

export function guidsOf(db: Database, table: QdpxGuidTable | 'companies'): { id: number; guid: string }[] {
  return stmt(db, `SELECT id, guid FROM ${table}`).all() as { id: number; guid: string }[];
}

export function renameGuid(
  db: Database,
  table: QdpxGuidTable | 'companies' | 'transcripts' | 'transcript_segments',
  id: number,
  guid: string,
): void {
  stmt(db, `UPDATE ${table} SET guid = ? WHERE id = ?`).run(guid, id);
}

export function companiesByName(db: Database): { id: number; guid: string; name: string }[] {
  return stmt(db, 'SELECT id, guid, name FROM companies').all() as { id: number; guid: string; name: string }[];
}

export function codersByName(db: Database): { id: number; guid: string; name: string }[] {
  return stmt(db, 'SELECT id, guid, name FROM coders').all() as { id: number; guid: string; name: string }[];
}

export interface TranscriptTurns {
  transcriptId: number;
  transcriptGuid: string;
  interviewGuid: string;
  title: string;
  turns: { id: number; guid: string; text: string }[];
}

/** Every transcript with its turns in reading order, by interview GUID. */
export function transcriptsByInterview(db: Database): Map<string, TranscriptTurns> {
  const rows = stmt(
    db,
    `SELECT t.id AS transcriptId, t.guid AS transcriptGuid, i.guid AS interviewGuid, i.title AS title,
            s.id AS turnId, s.guid AS turnGuid, s.text AS text
       FROM transcripts t JOIN interviews i ON i.id = t.interview_id
       LEFT JOIN transcript_segments s ON s.transcript_id = t.id
      ORDER BY t.id, s.seq`,
  ).all() as {
    transcriptId: number;
    transcriptGuid: string;
    interviewGuid: string;
    title: string;
    turnId: number | null;
    turnGuid: string | null;
    text: string | null;
  }[];
  const out = new Map<string, TranscriptTurns>();
  for (const r of rows) {
    let t = out.get(r.interviewGuid);
    if (!t) {
      t = {
        transcriptId: r.transcriptId,
        transcriptGuid: r.transcriptGuid,
        interviewGuid: r.interviewGuid,
        title: r.title,
        turns: [],
      };
      out.set(r.interviewGuid, t);
    }
    if (r.turnId !== null) t.turns.push({ id: r.turnId, guid: r.turnGuid!, text: r.text ?? '' });
  }
  return out;
}

/** The quotes (with their codings) that start or end in one of these turns. */
export function deleteQuotesOnTurns(db: Database, turnIds: readonly number[]): number {
  const json = JSON.stringify(turnIds);
  return stmt(
    db,
    `DELETE FROM quotes WHERE start_segment_id IN (SELECT value FROM json_each(?))
        OR end_segment_id IN (SELECT value FROM json_each(?))`,
  ).run(json, json).changes;
}

export function notesWithTitles(
  db: Database,
): { id: number; guid: string; title: string; interviewId: number | null }[] {
  return stmt(db, 'SELECT id, guid, title, interview_id AS interviewId FROM notes').all() as {
    id: number;
    guid: string;
    title: string;
    interviewId: number | null;
  }[];
}

export function deleteNote(db: Database, id: number): void {
  stmt(db, 'DELETE FROM notes WHERE id = ?').run(id);
}
