/** Question bank, interview guides, notes and coverage. */
import { z } from 'zod';
import { EpochMs, Guid, Id, name, text } from './common';

export const QUESTION_CATEGORIES = [
  'role_context',
  'goals',
  'pain_points',
  'buying_behavior',
  'information_sources',
  'jtbd',
  'custom',
] as const;
export type QuestionCategory = (typeof QUESTION_CATEGORIES)[number];
export const QUESTION_CATEGORY_LABELS: Record<QuestionCategory, string> = {
  role_context: 'Role and context',
  goals: 'Goals',
  pain_points: 'Pain points',
  buying_behavior: 'Buying behaviour',
  information_sources: 'Information sources',
  jtbd: 'Jobs to be done',
  custom: 'Custom',
};

/** Persona-framework sections a question can inform, and coverage reports on. */
export const PERSONA_SECTIONS = [
  'goals',
  'pain_points',
  'buying_behavior',
  'objections',
  'information_sources',
  'professional_context',
  'tools',
  'jobs',
] as const;
export type PersonaSection = (typeof PERSONA_SECTIONS)[number];
export const PERSONA_SECTION_LABELS: Record<PersonaSection, string> = {
  goals: 'Goals',
  pain_points: 'Pain points',
  buying_behavior: 'Buying behaviour',
  objections: 'Objections',
  information_sources: 'Information sources',
  professional_context: 'Professional context',
  tools: 'Tools and stack',
  jobs: 'Jobs to be done',
};

export const QuestionFields = z.object({
  category: z.enum(QUESTION_CATEGORIES).default('custom'),
  text: z.string().trim().min(1, 'Write the question.').max(1000, 'Keep a question under 1,000 characters.'),
  followUps: z.array(z.string().trim().min(1).max(500)).max(20).default([]),
  informs: z.array(z.enum(PERSONA_SECTIONS)).max(PERSONA_SECTIONS.length).default([]),
});

export const Question = QuestionFields.extend({
  id: Id,
  guid: Guid,
  builtin: z.boolean(),
  favourite: z.boolean(),
  archived: z.boolean(),
  usedInGuides: z.number().int().nonnegative(),
  createdAt: EpochMs,
  updatedAt: EpochMs,
});
export type Question = z.infer<typeof Question>;

export const GuideItem = z.object({
  id: Id,
  position: z.number().int(),
  questionId: Id.nullable(),
  text: z.string(),
  category: z.enum(QUESTION_CATEGORIES),
  followUps: z.array(z.string()),
});
export type GuideItem = z.infer<typeof GuideItem>;

export const Guide = z.object({
  id: Id,
  guid: Guid,
  name: z.string(),
  description: z.string(),
  items: z.array(GuideItem),
  interviewCount: z.number().int().nonnegative(),
  createdAt: EpochMs,
  updatedAt: EpochMs,
});
export type Guide = z.infer<typeof Guide>;

export const GuideFields = z.object({ name: name('Guide name'), description: text('Description', 2000).default('') });

/** An item of a guide as the editor sends it: a bank question or custom text. */
export const GuideItemInput = z.union([
  z.object({ questionId: Id }),
  z.object({ customText: z.string().trim().min(1, 'Write the question.').max(1000) }),
]);

export const Note = z.object({
  id: Id,
  guid: Guid,
  interviewId: Id.nullable(),
  guideItemId: Id.nullable(),
  doc: z.string(),
  plainText: z.string(),
  revision: z.number().int().positive(),
  updatedAt: EpochMs,
  /** Who wrote the note first (coders.id); null: before coders, or no one said who they were. */
  coderId: Id.nullable(),
});
export type Note = z.infer<typeof Note>;

/** What a save returns: the note without its document, which the caller already has (and which can be large). */
export const SavedNote = Note.omit({ doc: true });
export type SavedNote = z.infer<typeof SavedNote>;

export const QUESTION_STATUSES = ['pending', 'asked', 'skipped'] as const;

export const InterviewCoverage = z.object({
  interviewId: Id,
  guideId: Id.nullable(),
  questions: z.array(
    z.object({
      guideItemId: Id,
      text: z.string(),
      status: z.enum(QUESTION_STATUSES),
      atMs: z.number().int().nullable(),
      hasNotes: z.boolean(),
    }),
  ),
  sections: z.array(z.object({ section: z.enum(PERSONA_SECTIONS), quotes: z.number().int().nonnegative() })),
});
export type InterviewCoverage = z.infer<typeof InterviewCoverage>;

export const StudyCoverage = z.object({
  interviews: z.number().int().nonnegative(),
  questions: z.array(
    z.object({
      questionId: Id.nullable(),
      text: z.string(),
      asked: z.number().int(),
      skipped: z.number().int(),
      pending: z.number().int(),
    }),
  ),
  sections: z.array(
    z.object({
      section: z.enum(PERSONA_SECTIONS),
      quotes: z.number().int(),
      interviews: z.number().int(),
      participants: z.number().int(),
    }),
  ),
});
export type StudyCoverage = z.infer<typeof StudyCoverage>;

/** Which tag kinds count as evidence for each persona section. */
export const SECTION_TAG_KINDS: Record<PersonaSection, readonly string[]> = {
  goals: ['goal'],
  pain_points: ['pain_point'],
  buying_behavior: ['trigger_event', 'decision_criterion'],
  objections: ['objection'],
  information_sources: ['information_source'],
  professional_context: [],
  tools: ['tool_stack'],
  jobs: ['jtbd_functional', 'jtbd_emotional', 'jtbd_social', 'jtbd_related', 'job_stage'],
};
