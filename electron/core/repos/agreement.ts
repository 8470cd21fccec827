/**
 * Reads for intercoder agreement: the interviews in scope with their turn counts (and lengths), the
 * turns the chosen coders' quotes touch, and every coding the coders made there with its quote's
 * anchors — a few statements however large the study, so agreement over 500 interviews is one
 * pass in memory rather than a query per turn or tag.
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
}

/** Interviews with a transcript, all or the listed ones (null: all). */
const SCOPE = `(@interviews IS NULL OR i.id IN (SELECT value FROM json_each(@interviews)))`;

export interface AgreementInterview {
  id: number;
  title: string;
  turns: number;
}

/** The interviews in scope that have turns, with how many (a turn-level table needs no more of the rest). */
export function agreementInterviews(db: Database, interviewIds: readonly number[] | null): AgreementInterview[] {
  return stmt(
    db,
    `SELECT i.id, i.title, count(*) AS turns
       FROM transcript_segments s
       JOIN transcripts t ON t.id = s.transcript_id
       JOIN interviews i ON i.id = t.interview_id
      WHERE ${SCOPE}
      GROUP BY i.id
      ORDER BY i.id`,
  ).all({ interviews: interviewIds ? JSON.stringify(interviewIds) : null }) as AgreementInterview[];
}

/** Any character outside the Basic Multilingual Plane: one code point, two UTF-16 units. */
const ASTRAL = '*[\u{10000}-\u{10FFFF}]*';

/**
 * Each interview's length in UTF-16 units (what a character offset counts), without reading every
 * turn's text: SQLite's length() counts code points, which is the same for a turn with no character
 * beyond the Basic Multilingual Plane (an emoji, a rare CJK ideograph); the few turns that have one are
 * read and measured here.
 */
export function agreementInterviewChars(db: Database, interviewIds: readonly number[] | null): Map<number, number> {
  const params = { interviews: interviewIds ? JSON.stringify(interviewIds) : null, astral: ASTRAL };
  const from = `FROM transcript_segments s
       JOIN transcripts t ON t.id = s.transcript_id
       JOIN interviews i ON i.id = t.interview_id
      WHERE ${SCOPE}`;
  const out = new Map(
    rawStmt(
      db,
      `SELECT i.id, sum(CASE WHEN s.text GLOB @astral THEN 0 ELSE length(s.text) END) ${from} GROUP BY i.id`,
    ).all(params) as [number, number][],
  );
  const wide = rawStmt(db, `SELECT i.id, s.text ${from} AND s.text GLOB @astral`).all(params) as [number, string][];
  for (const [id, text] of wide) out.set(id, (out.get(id) ?? 0) + text.length);
  return out;
}

type TurnRow = [number, number, string, number, string, string];
const toTurn = ([id, interviewId, interviewTitle, seq, speaker, text]: TurnRow): AgreementTurn => ({
  id,
  interviewId,
  interviewTitle,
  seq,
  speaker,
  text,
});

/**
 * The turns the coders' transcript quotes run through (start turn to end turn), in reading order. A
 * turn-level table needs only these one by one; every other turn is "not coded" by every coder present.
 */
export function agreementTouchedTurns(
  db: Database,
  coderIds: readonly number[],
  interviewIds: readonly number[] | null,
): AgreementTurn[] {
  const rows = rawStmt(
    db,
    `SELECT s.id, i.id, i.title, s.seq, COALESCE(sp.label, ''), s.text
       FROM transcript_segments s
       JOIN transcripts t ON t.id = s.transcript_id
       JOIN interviews i ON i.id = t.interview_id
       LEFT JOIN speakers sp ON sp.id = s.speaker_id
      WHERE s.id IN (
        SELECT DISTINCT x.id
          FROM codings c
          JOIN quotes q ON q.id = c.quote_id
          JOIN transcript_segments a ON a.id = q.start_segment_id
          JOIN transcript_segments b ON b.id = q.end_segment_id
          JOIN transcript_segments x ON x.transcript_id = a.transcript_id AND x.seq BETWEEN a.seq AND b.seq
         WHERE c.coder_id IN (SELECT value FROM json_each(@coders)) AND q.source = 'transcript'
           AND (@interviews IS NULL OR q.interview_id IN (SELECT value FROM json_each(@interviews))))
      ORDER BY i.id, s.seq`,
  ).all({
    coders: JSON.stringify(coderIds),
    interviews: interviewIds ? JSON.stringify(interviewIds) : null,
  }) as TurnRow[];
  return rows.map(toTurn);
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
            q.end_segment_id, q.end_offset
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
  }) as [number, number, number, number, number, number, number, number, number][];
  return rows.map(
    ([codingId, tagId, coderId, quoteId, interviewId, startTurnId, startOffset, endTurnId, endOffset]) => ({
      codingId,
      tagId,
      coderId,
      quoteId,
      interviewId,
      startTurnId,
      startOffset,
      endTurnId,
      endOffset,
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

/** The words of these quotes, by id: only the disagreements listed show them, so they are read apart. */
export function quoteTexts(db: Database, quoteIds: readonly number[]): Map<number, string> {
  const rows = rawStmt(db, 'SELECT id, exact_text FROM quotes WHERE id IN (SELECT value FROM json_each(?))').all(
    JSON.stringify(quoteIds),
  ) as [number, string][];
  return new Map(rows);
}
