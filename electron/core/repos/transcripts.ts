/** transcripts, speakers and transcript_segments access. */
import type { Database } from 'better-sqlite3';
import { parseCueTimes, type CueTimes } from '../../../shared/domain/cueTimes';
import type { DuplicateOf, SpeakerRole, TranscriptSpeaker, TranscriptTurn } from '../../../shared/domain/transcript';
import { stmt } from '../db/sql';

export interface TranscriptRow {
  id: number;
  interview_id: number;
  source_name: string;
  format: string;
  encoding: string;
  duration_ms: number | null;
  revision: number;
  imported_at: number;
  preface: string;
  content_sha256: string | null;
}

export function transcriptOf(db: Database, interviewId: number): TranscriptRow | undefined {
  return stmt(db, 'SELECT * FROM transcripts WHERE interview_id = ?').get(interviewId) as TranscriptRow | undefined;
}

export function insertTranscript(
  db: Database,
  t: {
    guid: string;
    interviewId: number;
    sourceName: string;
    format: string;
    encoding: string;
    durationMs: number | null;
    revision: number;
    at: number;
    preface: string;
    contentSha256: string | null;
  },
): number {
  return Number(
    stmt(
      db,
      `INSERT INTO transcripts (guid, interview_id, source_name, format, encoding, duration_ms, revision, imported_at,
                                preface, content_sha256)
       VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?)`,
    ).run(
      t.guid,
      t.interviewId,
      t.sourceName,
      t.format,
      t.encoding,
      t.durationMs,
      t.revision,
      t.at,
      t.preface,
      t.contentSha256,
    ).lastInsertRowid,
  );
}

/** Transcripts imported from the same bytes (their SHA-256), oldest first; `except` is left out. */
export function transcriptsWithContent(db: Database, sha256: string, except: number | null = null): DuplicateOf[] {
  return stmt(
    db,
    `SELECT i.id AS interviewId, i.title AS interviewTitle, t.source_name AS sourceName, t.imported_at AS importedAt
       FROM transcripts t JOIN interviews i ON i.id = t.interview_id
      WHERE t.content_sha256 = ? AND (? IS NULL OR t.id <> ?)
      ORDER BY t.imported_at, t.id`,
  ).all(sha256, except, except) as DuplicateOf[];
}

export function deleteTranscript(db: Database, id: number): void {
  stmt(db, 'DELETE FROM transcripts WHERE id = ?').run(id);
}

export function insertSpeaker(
  db: Database,
  s: {
    transcriptId: number;
    label: string;
    role: SpeakerRole;
    participantId: number | null;
    countsAsEvidence: boolean;
  },
): number {
  return Number(
    stmt(
      db,
      'INSERT INTO speakers (transcript_id, label, role, participant_id, counts_as_evidence) VALUES (?, ?, ?, ?, ?)',
    ).run(s.transcriptId, s.label, s.role, s.participantId, s.countsAsEvidence ? 1 : 0).lastInsertRowid,
  );
}

export function insertTurn(
  db: Database,
  s: {
    guid: string;
    transcriptId: number;
    seq: number;
    speakerId: number | null;
    startMs: number | null;
    endMs: number | null;
    text: string;
    cues: CueTimes;
  },
): number {
  return Number(
    stmt(
      db,
      `INSERT INTO transcript_segments (guid, transcript_id, seq, speaker_id, start_ms, end_ms, text, cue_times)
       VALUES (?, ?, ?, ?, ?, ?, ?, ?)`,
    ).run(s.guid, s.transcriptId, s.seq, s.speakerId, s.startMs, s.endMs, s.text, JSON.stringify(s.cues))
      .lastInsertRowid,
  );
}

export function speakersOf(db: Database, transcriptId: number): TranscriptSpeaker[] {
  return (
    stmt(
      db,
      `SELECT s.id, s.label, s.role, s.participant_id AS participantId, p.pseudonym AS participantPseudonym,
              s.counts_as_evidence AS countsAsEvidence
         FROM speakers s LEFT JOIN participants p ON p.id = s.participant_id
        WHERE s.transcript_id = ? ORDER BY s.id`,
    ).all(transcriptId) as (Omit<TranscriptSpeaker, 'countsAsEvidence'> & { countsAsEvidence: number })[]
  ).map((s) => ({ ...s, countsAsEvidence: s.countsAsEvidence === 1 }));
}

export function turnsOf(db: Database, transcriptId: number): TranscriptTurn[] {
  return (
    stmt(
      db,
      `SELECT id, seq, speaker_id AS speakerId, start_ms AS startMs, end_ms AS endMs, text, cue_times AS cues
         FROM transcript_segments WHERE transcript_id = ? ORDER BY seq`,
    ).all(transcriptId) as (Omit<TranscriptTurn, 'cues'> & { cues: string })[]
  ).map((t) => ({ ...t, cues: parseCueTimes(t.cues) }));
}

export interface AnchoredQuoteRow {
  id: number;
  exact_text: string;
  prefix: string;
  suffix: string;
}

export function transcriptQuotes(db: Database, interviewId: number): AnchoredQuoteRow[] {
  return stmt(
    db,
    "SELECT id, exact_text, prefix, suffix FROM quotes WHERE interview_id = ? AND source = 'transcript'",
  ).all(interviewId) as AnchoredQuoteRow[];
}

export function setQuoteAnchor(
  db: Database,
  id: number,
  at: number,
  a: {
    startTurnId: number | null;
    startOffset: number;
    endTurnId: number | null;
    endOffset: number;
    status: 'ok' | 'flagged';
  },
): void {
  stmt(
    db,
    `UPDATE quotes SET start_segment_id = ?, start_offset = ?, end_segment_id = ?, end_offset = ?, anchor_status = ?,
       updated_at = ? WHERE id = ?`,
  ).run(a.startTurnId, a.startOffset, a.endTurnId, a.endOffset, a.status, at, id);
}

export function setMediaPath(db: Database, interviewId: number, mediaPath: string | null, at: number): void {
  stmt(db, 'UPDATE interviews SET media_path = ?, updated_at = ? WHERE id = ?').run(mediaPath, at, interviewId);
}

export function setInterviewStatus(db: Database, interviewId: number, status: string, at: number): void {
  stmt(db, 'UPDATE interviews SET status = ?, updated_at = ? WHERE id = ?').run(status, at, interviewId);
}

export function speakerRow(
  db: Database,
  id: number,
): { id: number; label: string; role: string; participant_id: number | null; interview_id: number } | undefined {
  return stmt(
    db,
    `SELECT s.id, s.label, s.role, s.participant_id, t.interview_id
       FROM speakers s JOIN transcripts t ON t.id = s.transcript_id WHERE s.id = ?`,
  ).get(id) as
    { id: number; label: string; role: string; participant_id: number | null; interview_id: number } | undefined;
}

/** The interview's recording, relative to the project file (null when none is attached). */
export function mediaPathOf(db: Database, interviewId: number): { media_path: string | null } | undefined {
  return stmt(db, 'SELECT media_path FROM interviews WHERE id = ?').get(interviewId) as
    { media_path: string | null } | undefined;
}

/** A transcript turn with the interview it belongs to. */
export function turnWithInterview(
  db: Database,
  turnId: number,
): { id: number; transcript_id: number; text: string; interview_id: number } | undefined {
  return stmt(
    db,
    'SELECT s.id, s.transcript_id, s.text, t.interview_id FROM transcript_segments s JOIN transcripts t ON t.id = s.transcript_id WHERE s.id = ?',
  ).get(turnId) as { id: number; transcript_id: number; text: string; interview_id: number } | undefined;
}

export function speakerInTranscript(db: Database, speakerId: number, transcriptId: number): boolean {
  return !!stmt(db, 'SELECT 1 FROM speakers WHERE id = ? AND transcript_id = ?').get(speakerId, transcriptId);
}
