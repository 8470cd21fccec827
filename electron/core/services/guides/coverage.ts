/**
 * Coverage: which guide questions were asked or skipped, and which persona sections have evidence
 * (supporting evidence by the one rule: the `evidence` table).
 */
import type { InterviewCoverage, PersonaSection, StudyCoverage } from '../../../../shared/domain/guide';
import { SECTION_TAG_KINDS } from '../../../../shared/domain/guide';
import { AppError } from '../../../../shared/errors';
import type { ProjectContext } from '../../context';
import * as repo from '../../repos/coverage';

/** Sections whose evidence can be counted from tag kinds (the others are shown only in 'informs'). */
const COUNTED = (Object.keys(SECTION_TAG_KINDS) as PersonaSection[]).filter((s) => SECTION_TAG_KINDS[s].length > 0);

export function interviewCoverage(ctx: ProjectContext, interviewId: number): InterviewCoverage {
  const interview = repo.interviewGuideId(ctx.db, interviewId);
  if (!interview) throw new AppError('NOT_FOUND', 'That interview no longer exists.');
  const questions = interview.guide_id === null ? [] : repo.interviewQuestions(ctx.db, interviewId, interview.guide_id);
  const sections = COUNTED.map((section) => ({
    section,
    quotes: repo.interviewEvidenceQuotes(ctx.db, interviewId, SECTION_TAG_KINDS[section]),
  }));
  return { interviewId, guideId: interview.guide_id, questions, sections };
}

export function studyCoverage(ctx: ProjectContext): StudyCoverage {
  const interviews = repo.activeInterviewCount(ctx.db);
  const questions = repo.studyQuestions(ctx.db);
  const sections = COUNTED.map((section) => ({ section, ...repo.studyEvidence(ctx.db, SECTION_TAG_KINDS[section]) }));
  return { interviews, questions, sections };
}
