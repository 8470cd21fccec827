/** Interviews and interview_participants access. */
import type { Database } from 'better-sqlite3';
import type { Interview } from '../../../shared/domain/interview';
import { stmt } from '../db/sql';

export type InterviewRecord = Pick<Interview, 'title' | 'date' | 'method' | 'status' | 'interviewer' | 'summary'>;

interface Row {
  id: number;
  guid: string;
  title: string;
  date: number | null;
  method: Interview['method'];
  status: Interview['status'];
  interviewer: string;
  summary: string;
  media_path: string | null;
  created_at: number;
  updated_at: number;
  duration_ms: number | null;
  segment_count: number;
  quote_count: number;
}

/**
 * A transcript's turns are stored once, numbered 0…n−1 (commit.ts is the only writer and turns are
 * never deleted one by one), so the count is the last number plus one: one index seek per interview
 * instead of counting every turn of the study (1.4M at 4×) whenever the list is read.
 */
const SELECT = `SELECT i.*, t.duration_ms,
    coalesce((SELECT s.seq + 1 FROM transcript_segments s WHERE s.transcript_id = t.id ORDER BY s.seq DESC LIMIT 1), 0)
      AS segment_count,
    (SELECT count(*) FROM quotes q WHERE q.interview_id = i.id) AS quote_count
  FROM interviews i LEFT JOIN transcripts t ON t.interview_id = i.id`;

const PARTICIPANTS = `SELECT ip.interview_id AS interviewId, p.id, p.pseudonym, c.name AS companyName
       FROM interview_participants ip
       JOIN participants p ON p.id = ip.participant_id
       LEFT JOIN companies c ON c.id = p.company_id`;

type Person = Interview['participants'][number];
type PersonRow = Person & { interviewId: number };

function person({ interviewId: _, ...rest }: PersonRow): Person {
  return rest;
}

function participantsOf(db: Database, interviewId: number): Interview['participants'] {
  return (
    stmt(db, `${PARTICIPANTS} WHERE ip.interview_id = ? ORDER BY p.pseudonym COLLATE NOCASE`).all(
      interviewId,
    ) as PersonRow[]
  ).map(person);
}

function toInterview(r: Row, participants: Interview['participants']): Interview {
  return {
    id: r.id,
    guid: r.guid,
    title: r.title,
    date: r.date,
    method: r.method,
    status: r.status,
    interviewer: r.interviewer,
    summary: r.summary,
    mediaPath: r.media_path,
    durationMs: r.duration_ms,
    segmentCount: r.segment_count,
    quoteCount: r.quote_count,
    participants,
    createdAt: r.created_at,
    updatedAt: r.updated_at,
  };
}

/** Every interview, newest first, with its people: two statements, not one per interview. */
export function listInterviews(db: Database): Interview[] {
  const rows = stmt(db, `${SELECT} ORDER BY i.date IS NULL, i.date DESC, i.id DESC`).all() as Row[];
  const people = new Map<number, Person[]>();
  for (const r of stmt(db, `${PARTICIPANTS} ORDER BY p.pseudonym COLLATE NOCASE`).all() as PersonRow[]) {
    const list = people.get(r.interviewId);
    if (list) list.push(person(r));
    else people.set(r.interviewId, [person(r)]);
  }
  return rows.map((r) => toInterview(r, people.get(r.id) ?? []));
}

export function getInterview(db: Database, id: number): Interview | undefined {
  const row = stmt(db, `${SELECT} WHERE i.id = ?`).get(id) as Row | undefined;
  return row && toInterview(row, participantsOf(db, row.id));
}

export function insertInterview(db: Database, guid: string, at: number, i: InterviewRecord): number {
  const info = stmt(
    db,
    `INSERT INTO interviews (guid, title, date, method, status, interviewer, summary, created_at, updated_at)
     VALUES (@guid, @title, @date, @method, @status, @interviewer, @summary, @at, @at)`,
  ).run({ ...i, guid, at });
  return Number(info.lastInsertRowid);
}

export function updateInterview(db: Database, id: number, at: number, i: InterviewRecord): void {
  stmt(
    db,
    `UPDATE interviews SET title = @title, date = @date, method = @method, status = @status,
       interviewer = @interviewer, summary = @summary, updated_at = @at WHERE id = @id`,
  ).run({ ...i, id, at });
}

export function touchInterview(db: Database, id: number, at: number): void {
  stmt(db, 'UPDATE interviews SET updated_at = ? WHERE id = ?').run(at, id);
}

export function deleteInterview(db: Database, id: number): void {
  stmt(db, 'DELETE FROM interviews WHERE id = ?').run(id);
}

export function linkedParticipantIds(db: Database, interviewId: number): number[] {
  return (
    stmt(db, 'SELECT participant_id AS id FROM interview_participants WHERE interview_id = ?').all(interviewId) as {
      id: number;
    }[]
  ).map((r) => r.id);
}

export function linkParticipant(db: Database, interviewId: number, participantId: number): void {
  stmt(db, 'INSERT OR IGNORE INTO interview_participants (interview_id, participant_id) VALUES (?, ?)').run(
    interviewId,
    participantId,
  );
}

export function unlinkParticipant(db: Database, interviewId: number, participantId: number): void {
  stmt(db, 'DELETE FROM interview_participants WHERE interview_id = ? AND participant_id = ?').run(
    interviewId,
    participantId,
  );
}

export function interviewUsage(
  db: Database,
  id: number,
): { transcriptTurns: number; quotes: number; notes: number; codings: number; citations: number } {
  return stmt(
    db,
    `SELECT
       (SELECT count(*) FROM transcript_segments s JOIN transcripts t ON t.id = s.transcript_id
          WHERE t.interview_id = @id) AS transcriptTurns,
       (SELECT count(*) FROM quotes WHERE interview_id = @id) AS quotes,
       (SELECT count(*) FROM notes WHERE interview_id = @id) AS notes,
       (SELECT count(*) FROM codings c JOIN quotes q ON q.id = c.quote_id WHERE q.interview_id = @id) AS codings,
       (SELECT count(*) FROM citations c JOIN quotes q ON q.id = c.quote_id WHERE q.interview_id = @id) AS citations`,
  ).get({ id }) as { transcriptTurns: number; quotes: number; notes: number; codings: number; citations: number };
}

/** Every interviewer named on an interview, as typed. */
export function interviewerNames(db: Database): string[] {
  return (
    stmt(db, "SELECT DISTINCT interviewer FROM interviews WHERE interviewer <> ''").all() as { interviewer: string }[]
  ).map((r) => r.interviewer);
}
