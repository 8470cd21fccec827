/** Interview notes access: one row per (interview, guide question) plus one general note. */
import type { Database } from 'better-sqlite3';
import type { Note } from '../../../shared/domain/guide';
import { stmt } from '../db/sql';

interface Row {
  id: number;
  guid: string;
  interview_id: number | null;
  guide_item_id: number | null;
  doc: string;
  plain_text: string;
  revision: number;
  updated_at: number;
}

function toNote(r: Row): Note {
  return {
    id: r.id,
    guid: r.guid,
    interviewId: r.interview_id,
    guideItemId: r.guide_item_id,
    doc: r.doc,
    plainText: r.plain_text,
    revision: r.revision,
    updatedAt: r.updated_at,
  };
}

export function notesOfInterview(db: Database, interviewId: number): Note[] {
  return (stmt(db, 'SELECT * FROM notes WHERE interview_id = ? ORDER BY id').all(interviewId) as Row[]).map(toNote);
}

export function getNote(db: Database, id: number): Note | undefined {
  const r = stmt(db, 'SELECT * FROM notes WHERE id = ?').get(id) as Row | undefined;
  return r && toNote(r);
}

/** The note of one guide question (null: the general note) of an interview. */
export function noteAt(db: Database, interviewId: number, guideItemId: number | null): Note | undefined {
  const r = stmt(db, 'SELECT * FROM notes WHERE interview_id = ? AND guide_item_id IS ?').get(
    interviewId,
    guideItemId,
  ) as Row | undefined;
  return r && toNote(r);
}

export function insertNote(
  db: Database,
  n: { guid: string; interviewId: number; guideItemId: number | null; doc: string; plainText: string; at: number },
): number {
  return Number(
    stmt(
      db,
      `INSERT INTO notes (guid, interview_id, guide_item_id, doc, plain_text, revision, created_at, updated_at)
           VALUES (?, ?, ?, ?, ?, 1, ?, ?)`,
    ).run(n.guid, n.interviewId, n.guideItemId, n.doc, n.plainText, n.at, n.at).lastInsertRowid,
  );
}

/** Replaces the document and moves the revision on by one. */
export function updateNoteDoc(db: Database, id: number, doc: string, plainText: string, at: number): void {
  stmt(db, 'UPDATE notes SET doc = ?, plain_text = ?, revision = revision + 1, updated_at = ? WHERE id = ?').run(
    doc,
    plainText,
    at,
    id,
  );
}

/** A note's plain text and interview: what a quote made in it is cut from. */
export function noteText(
  db: Database,
  id: number,
): { id: number; interview_id: number | null; plain_text: string } | undefined {
  return stmt(db, 'SELECT id, interview_id, plain_text FROM notes WHERE id = ?').get(id) as
    { id: number; interview_id: number | null; plain_text: string } | undefined;
}
