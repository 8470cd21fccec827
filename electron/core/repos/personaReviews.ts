/** persona_reviews access, and the held interviews of a set of participants (for a review's diff). */
import type { Database } from 'better-sqlite3';
import { stmt } from '../db/sql';

export interface ReviewRow {
  id: number;
  reviewedAt: number;
  note: string;
  snapshot: string;
}

export function reviewRows(db: Database, personaId: number): ReviewRow[] {
  return stmt(
    db,
    `SELECT id, reviewed_at AS reviewedAt, note, snapshot FROM persona_reviews
      WHERE persona_id = ? ORDER BY reviewed_at DESC, id DESC`,
  ).all(personaId) as ReviewRow[];
}

/** Interviews held (conducted, transcribed or coded) with any of these participants, oldest first. */
export function heldInterviewsOf(
  db: Database,
  participantIds: readonly number[],
): { id: number; title: string; date: number | null }[] {
  return stmt(
    db,
    `SELECT i.id, i.title, i.date FROM interviews i
      WHERE i.status IN ('conducted', 'transcribed', 'coded')
        AND EXISTS (SELECT 1 FROM interview_participants ip
                     WHERE ip.interview_id = i.id AND ip.participant_id IN (SELECT value FROM json_each(?)))
      ORDER BY i.date IS NULL, i.date, i.id`,
  ).all(JSON.stringify(participantIds)) as { id: number; title: string; date: number | null }[];
}

export function pseudonymsOf(db: Database, ids: readonly number[]): { id: number; pseudonym: string }[] {
  return stmt(
    db,
    `SELECT id, pseudonym FROM participants WHERE id IN (SELECT value FROM json_each(?)) ORDER BY pseudonym COLLATE NOCASE`,
  ).all(JSON.stringify(ids)) as { id: number; pseudonym: string }[];
}
