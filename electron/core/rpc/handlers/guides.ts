/** questions.*, guides.*, notes.*, coverage.* and interview-mode methods. */
import { AppError } from '../../../../shared/errors';
import type { guideMethods } from '../../../../shared/ipc/contract/guides';
import { getGuide, listGuides } from '../../repos/guides';
import { listQuestions } from '../../repos/questions';
import { createQuoteFromNote } from '../../services/coding/quotes';
import { interviewCoverage, studyCoverage } from '../../services/guides/coverage';
import * as guides from '../../services/guides/guides';
import { notesOfInterview, saveNote } from '../../services/guides/notes';
import { createQuestion, updateQuestion } from '../../services/guides/questions';
import type { HandlersOf } from '../types';

export const guideHandlers: HandlersOf<typeof guideMethods> = {
  'questions.list': (_i, env) => listQuestions(env.project().db),
  'questions.create': (i, env) => createQuestion(env.project(), i),
  'questions.update': (i, env) => updateQuestion(env.project(), i.id, i.patch),

  'guides.list': (_i, env) => listGuides(env.project().db),
  'guides.get': (i, env) => {
    const g = getGuide(env.project().db, i.id);
    if (!g) throw new AppError('NOT_FOUND', 'That guide no longer exists.');
    return g;
  },
  'guides.create': (i, env) => guides.createGuide(env.project(), { name: i.name, description: i.description }, i.items),
  'guides.update': (i, env) => guides.updateGuide(env.project(), i.id, i.patch, i.items),
  'guides.duplicate': (i, env) => guides.duplicateGuide(env.project(), i.id),
  'guides.delete': (i, env) => guides.deleteGuide(env.project(), i.id),
  'guides.exportMarkdown': (i, env) => {
    const g = getGuide(env.project().db, i.id);
    if (!g) throw new AppError('NOT_FOUND', 'That guide no longer exists.');
    const fileName = `${g.name.replace(/[\\/:*?"<>|]+/g, '-').trim() || 'guide'}.md`;
    return { markdown: guides.guideMarkdown(g), fileName };
  },

  'interviews.setGuide': (i, env) => {
    guides.setInterviewGuide(env.project(), i.interviewId, i.guideId);
    return { ok: true as const };
  },
  'interviews.setQuestionStatus': (i, env) => {
    guides.setQuestionStatus(env.project(), i.interviewId, i.guideItemId, i.status, i.atMs);
    return interviewCoverage(env.project(), i.interviewId);
  },

  'notes.forInterview': (i, env) => notesOfInterview(env.project(), i.interviewId),
  'notes.save': (i, env) => {
    const { doc: _doc, ...saved } = saveNote(env.project(), i);
    return saved;
  },
  'quotes.createFromNote': (i, env) => createQuoteFromNote(env.project(), i),

  'coverage.interview': (i, env) => interviewCoverage(env.project(), i.interviewId),
  'coverage.study': (_i, env) => studyCoverage(env.project()),
};
