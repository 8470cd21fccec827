/**
 * Coverage reads: an interview's guide questions with their asked/skipped marks, the study's questions
 * across interviews, and supporting evidence counted for a set of tag kinds (the `evidence` table).
 */
import type { Database } from 'better-sqlite3';
import type { InterviewCoverage, StudyCoverage } from '../../../shared/domain/guide';
import { stmt } from '../db/sql';

export function interviewGuideId(
  db: Database,
  interviewId: number,
): { id: number; guide_id: number | null } | undefined {
  return stmt(db, 'SELECT id, guide_id FROM interviews WHERE id = ?').get(interviewId) as
    { id: number; guide_id: number | null } | undefined;
}

export function interviewQuestions(db: Database, interviewId: number, guideId: number): InterviewCoverage['questions'] {
  return (
    stmt(
      db,
      `SELECT gi.id AS guideItemId, coalesce(q.text, gi.custom_text) AS text, coalesce(iq.status, 'pending') AS status,
            iq.at_ms AS atMs,
            EXISTS (SELECT 1 FROM notes n WHERE n.interview_id = @iid AND n.guide_item_id = gi.id AND trim(n.plain_text) <> '') AS hasNotes
       FROM guide_items gi
       LEFT JOIN questions q ON q.id = gi.question_id
       LEFT JOIN interview_questions iq ON iq.guide_item_id = gi.id AND iq.interview_id = @iid
      WHERE gi.guide_id = @gid ORDER BY gi.position`,
    ).all({ iid: interviewId, gid: guideId }) as (Omit<InterviewCoverage['questions'][number], 'hasNotes'> & {
      hasNotes: number;
    })[]
  ).map((q) => ({
    ...q,
    hasNotes: Boolean(q.hasNotes),
  }));
}

/** Distinct quotes of the interview supporting a tag of one of `kinds`. */
export function interviewEvidenceQuotes(db: Database, interviewId: number, kinds: readonly string[]): number {
  return (
    stmt(
      db,
      `SELECT count(DISTINCT e.quote_id) AS n FROM evidence e
        WHERE e.interview_id = ? AND e.kind IN (SELECT value FROM json_each(?)) AND e.stance = 'supports'`,
    ).get(interviewId, JSON.stringify(kinds)) as { n: number }
  ).n;
}

export function activeInterviewCount(db: Database): number {
  return (stmt(db, "SELECT count(*) AS n FROM interviews WHERE status <> 'cancelled'").get() as { n: number }).n;
}

export function studyQuestions(db: Database): StudyCoverage['questions'] {
  return stmt(
    db,
    `SELECT gi.question_id AS questionId, coalesce(q.text, gi.custom_text) AS text,
            sum(coalesce(iq.status, 'pending') = 'asked') AS asked,
            sum(coalesce(iq.status, 'pending') = 'skipped') AS skipped,
            sum(coalesce(iq.status, 'pending') = 'pending') AS pending
       FROM interviews i
       JOIN guide_items gi ON gi.guide_id = i.guide_id
       LEFT JOIN questions q ON q.id = gi.question_id
       LEFT JOIN interview_questions iq ON iq.interview_id = i.id AND iq.guide_item_id = gi.id
      WHERE i.status <> 'cancelled'
      GROUP BY coalesce(gi.question_id, -gi.id)
      ORDER BY min(gi.position)`,
  ).all() as StudyCoverage['questions'];
}

/** Distinct quotes, interviews and participants supporting a tag of one of `kinds`, study-wide. */
export function studyEvidence(
  db: Database,
  kinds: readonly string[],
): { quotes: number; interviews: number; participants: number } {
  return stmt(
    db,
    `SELECT count(DISTINCT e.quote_id) AS quotes, count(DISTINCT e.interview_id) AS interviews,
              count(DISTINCT e.participant_id) AS participants
         FROM evidence e
        WHERE e.kind IN (SELECT value FROM json_each(?)) AND e.stance = 'supports'`,
  ).get(JSON.stringify(kinds)) as { quotes: number; interviews: number; participants: number };
}
