/** Question bank, interview guides, interview-mode notes and coverage. */
import { z } from 'zod';
import { Id, IdInput, patchOf } from '../../domain/common';
import {
  Guide,
  GuideFields,
  GuideItemInput,
  InterviewCoverage,
  Note,
  Question,
  SavedNote,
  QuestionFields,
  QUESTION_STATUSES,
  StudyCoverage,
} from '../../domain/guide';
import { Quote } from '../../domain/quote';
import { method } from '../method';

const Items = z.array(z.union([z.object({ id: Id }), GuideItemInput])).max(200, 'A guide holds at most 200 questions.');

export const guideMethods = {
  'questions.list': method(z.object({}), z.array(Question), { writes: false }),
  'questions.create': method(QuestionFields, Question, { writes: true }),
  'questions.update': method(
    z.object({
      id: Id,
      patch: patchOf(QuestionFields).extend({ favourite: z.boolean().optional(), archived: z.boolean().optional() }),
    }),
    Question,
    { writes: true },
  ),

  'guides.list': method(z.object({}), z.array(Guide), { writes: false }),
  'guides.get': method(IdInput, Guide, { writes: false }),
  'guides.create': method(GuideFields.extend({ items: Items.default([]) }), Guide, { writes: true }),
  'guides.update': method(
    z.object({ id: Id, patch: patchOf(GuideFields).default({}), items: Items.optional() }),
    Guide,
    { writes: true },
  ),
  'guides.duplicate': method(IdInput, Guide, { writes: true }),
  'guides.delete': method(IdInput, z.object({ deleted: Id }), { writes: true }),
  'guides.exportMarkdown': method(IdInput, z.object({ markdown: z.string(), fileName: z.string() }), { writes: false }),

  'interviews.setGuide': method(
    z.object({ interviewId: Id, guideId: Id.nullable() }),
    z.object({ ok: z.literal(true) }),
    { writes: true },
  ),
  'interviews.setQuestionStatus': method(
    z.object({
      interviewId: Id,
      guideItemId: Id,
      status: z.enum(QUESTION_STATUSES),
      atMs: z.number().int().nonnegative().nullable().default(null),
    }),
    InterviewCoverage,
    { writes: true },
  ),

  'notes.forInterview': method(z.object({ interviewId: Id }), z.array(Note), { writes: false }),
  'notes.save': method(
    z.object({
      interviewId: Id,
      guideItemId: Id.nullable(),
      doc: z.string().max(5 * 1024 * 1024, 'This note is too long to save (over 5 MB).'),
      plainText: z.string().max(5 * 1024 * 1024),
      baseRevision: z.number().int().positive().nullable(),
    }),
    SavedNote,
    { writes: true },
  ),
  'quotes.createFromNote': method(
    z.object({
      noteId: Id,
      start: z.number().int().nonnegative(),
      end: z.number().int().nonnegative(),
      tagIds: z.array(Id).max(50).default([]),
      /**
       * Who said it. Omitted: the interview's participant when it has exactly one; an interview with
       * several needs the choice (VALIDATION on `participantId` otherwise).
       */
      participantId: Id.nullable().optional(),
    }),
    Quote,
    { writes: true },
  ),

  'coverage.interview': method(z.object({ interviewId: Id }), InterviewCoverage, { writes: false }),
  'coverage.study': method(z.object({}), StudyCoverage, { writes: false }),
} as const;
