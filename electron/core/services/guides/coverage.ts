/**
 * Coverage: which guide questions were asked or skipped, and which persona sections have evidence
 * (supporting evidence by the one rule: the `evidence` table).
 */
import type { InterviewCoverage, PersonaSection, StudyCoverage } from '../../../../shared/domain/guide';
import { SECTION_TAG_KINDS } from '../../../../shared/domain/guide';
import { AppError } from '../../../../shared/errors';
import type { ProjectContext } from '../../context';
import { stmt } from '../../db/sql';

/** Sections whose evidence can be counted from tag kinds (the others are shown only in 'informs'). */
const COUNTED = (Object.keys(SECTION_TAG_KINDS) as PersonaSection[]).filter((s) => SECTION_TAG_KINDS[s].length > 0);

export function interviewCoverage(ctx: ProjectContext, interviewId: number): InterviewCoverage {
  const interview = stmt(ctx.db, 'SELECT id, guide_id FROM interviews WHERE id = ?').get(interviewId) as
    { id: number; guide_id: number | null } | undefined;
  if (!interview) throw new AppError('NOT_FOUND', 'That interview no longer exists.');
  const questions =
    interview.guide_id === null
      ? []
      : (
          stmt(
            ctx.db,
            `SELECT gi.id AS guideItemId, coalesce(q.text, gi.custom_text) AS text, coalesce(iq.status, 'pending') AS status,
            iq.at_ms AS atMs,
            EXISTS (SELECT 1 FROM notes n WHERE n.interview_id = @iid AND n.guide_item_id = gi.id AND trim(n.plain_text) <> '') AS hasNotes
       FROM guide_items gi
       LEFT JOIN questions q ON q.id = gi.question_id
       LEFT JOIN interview_questions iq ON iq.guide_item_id = gi.id AND iq.interview_id = @iid
      WHERE gi.guide_id = @gid ORDER BY gi.position`,
          ).all({ iid: interviewId, gid: interview.guide_id }) as (Omit<
            InterviewCoverage['questions'][number],
            'hasNotes'
          > & { hasNotes: number })[]
        ).map((q) => ({
          ...q,
          hasNotes: Boolean(q.hasNotes),
        }));
  const sections = COUNTED.map((section) => ({
    section,
    quotes: (
      stmt(
        ctx.db,
        `SELECT count(DISTINCT e.quote_id) AS n FROM evidence e
        WHERE e.interview_id = ? AND e.kind IN (SELECT value FROM json_each(?)) AND e.stance = 'supports'`,
      ).get(interviewId, JSON.stringify(SECTION_TAG_KINDS[section])) as { n: number }
    ).n,
  }));
  return { interviewId, guideId: interview.guide_id, questions, sections };
}

export function studyCoverage(ctx: ProjectContext): StudyCoverage {
  const interviews = (
    stmt(ctx.db, "SELECT count(*) AS n FROM interviews WHERE status <> 'cancelled'").get() as { n: number }
  ).n;
  const questions = stmt(
    ctx.db,
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
  const sections = COUNTED.map((section) => {
    const r = stmt(
      ctx.db,
      `SELECT count(DISTINCT e.quote_id) AS quotes, count(DISTINCT e.interview_id) AS interviews,
              count(DISTINCT e.participant_id) AS participants
         FROM evidence e
        WHERE e.kind IN (SELECT value FROM json_each(?)) AND e.stance = 'supports'`,
    ).get(JSON.stringify(SECTION_TAG_KINDS[section])) as { quotes: number; interviews: number; participants: number };
    return { section, ...r };
  });
  return { interviews, questions, sections };
}
