/**
 * Reads for intercoder agreement: the turns of the interviews in scope (the units), and every coding
 * the chosen coders made there with its quote's anchors — two statements however large the study, so
 * agreement over 500 interviews is one pass in memory rather than a query per turn or tag.
 */
import type { Database } from 'better-sqlite3';
import { rawStmt, stmt } from '../db/sql';

export interface AgreementTurn {
  id: number;
  interviewId: number;
  interviewTitle: string;
  seq: number;
  speaker: string;
  text: string;
}

export interface AgreementCoding {
  codingId: number;
  tagId: number;
  coderId: number;
  quoteId: number;
  interviewId: number;
  startTurnId: number;
  startOffset: number;
  endTurnId: number;
  endOffset: number;
  exactText: string;
}

/** Interviews with a transcript, all or the listed ones (null: all). */
const SCOPE = `(@interviews IS NULL OR i.id IN (SELECT value FROM json_each(@interviews)))`;

/** Every turn of the interviews in scope, in reading order (interview, then turn sequence). */
export function agreementTurns(db: Database, interviewIds: readonly number[] | null): AgreementTurn[] {
  const rows = rawStmt(
    db,
    `SELECT s.id, i.id, i.title, s.seq, COALESCE(sp.label, ''), s.text
       FROM transcript_segments s
       JOIN transcripts t ON t.id = s.transcript_id
       JOIN interviews i ON i.id = t.interview_id
       LEFT JOIN speakers sp ON sp.id = s.speaker_id
      WHERE ${SCOPE}
      ORDER BY i.id, s.seq`,
  ).all({ interviews: interviewIds ? JSON.stringify(interviewIds) : null }) as [
    number,
    number,
    string,
    number,
    string,
    string,
  ][];
  return rows.map(([id, interviewId, interviewTitle, seq, speaker, text]) => ({
    id,
    interviewId,
    interviewTitle,
    seq,
    speaker,
    text,
  }));
}

/**
 * The chosen coders' codings on transcript quotes in scope, by the coding's coder (who applied the
 * tag, which may differ from who drew the quote). Quotes whose anchors were lost (a deleted turn) have
 * no place on the continuum and are left out.
 */
export function agreementCodings(
  db: Database,
  coderIds: readonly number[],
  interviewIds: readonly number[] | null,
): AgreementCoding[] {
  const rows = rawStmt(
    db,
    `SELECT c.id, c.tag_id, c.coder_id, q.id, q.interview_id, q.start_segment_id, q.start_offset,
            q.end_segment_id, q.end_offset, q.exact_text
       FROM codings c
       JOIN quotes q ON q.id = c.quote_id
       JOIN interviews i ON i.id = q.interview_id
      WHERE c.coder_id IN (SELECT value FROM json_each(@coders))
        AND q.source = 'transcript' AND q.start_segment_id IS NOT NULL AND q.end_segment_id IS NOT NULL
        AND ${SCOPE}
      ORDER BY c.id`,
  ).all({
    coders: JSON.stringify(coderIds),
    interviews: interviewIds ? JSON.stringify(interviewIds) : null,
  }) as [number, number, number, number, number, number, number, number, number, string][];
  return rows.map(
    ([codingId, tagId, coderId, quoteId, interviewId, startTurnId, startOffset, endTurnId, endOffset, exactText]) => ({
      codingId,
      tagId,
      coderId,
      quoteId,
      interviewId,
      startTurnId,
      startOffset,
      endTurnId,
      endOffset,
      exactText,
    }),
  );
}

export interface AgreementTagRow {
  id: number;
  name: string;
  colour: string;
}

/** The tags named, by id (archived ones too: old codings with them still count). */
export function agreementTags(db: Database, tagIds: readonly number[]): AgreementTagRow[] {
  return stmt(
    db,
    `SELECT id, name, colour FROM tags WHERE id IN (SELECT value FROM json_each(?)) ORDER BY name COLLATE NOCASE, id`,
  ).all(JSON.stringify(tagIds)) as AgreementTagRow[];
}
