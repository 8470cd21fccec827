/**
 * Jobs to be done: statements in the framework's form ("When …, I want to …, so I can …"), with a
 * kind, a stage of the job map, cited quotes and the personas they belong to.
 */
import { z } from 'zod';
import { EpochMs, Guid, Id } from './common';
import { Citation } from './citation';

export const JOB_KINDS = ['functional', 'emotional', 'social', 'related'] as const;
export type JobKind = (typeof JOB_KINDS)[number];

/** The eight stages of the job map, in the order a job is carried out. */
export const JOB_STAGES = [
  'define',
  'locate',
  'prepare',
  'confirm',
  'execute',
  'monitor',
  'modify',
  'conclude',
] as const;
export type JobStage = (typeof JOB_STAGES)[number];

export const JOB_KIND_LABELS: Record<JobKind, string> = {
  functional: 'Functional',
  emotional: 'Emotional',
  social: 'Social',
  related: 'Related',
};

export const JOB_KIND_HINTS: Record<JobKind, string> = {
  functional: 'A task they need to get done, core or supporting.',
  emotional: 'How they want to feel while doing it, or how they want to see themselves.',
  social: 'How they want others to see them; the standing or credit they are after.',
  related: 'A neighbouring task that affects whether they succeed, up- or downstream.',
};

export const JOB_STAGE_LABELS: Record<JobStage, string> = {
  define: 'Define',
  locate: 'Locate',
  prepare: 'Prepare',
  confirm: 'Confirm',
  execute: 'Execute',
  monitor: 'Monitor',
  modify: 'Modify',
  conclude: 'Conclude',
};

/** What each stage asks, in our own words. */
export const JOB_STAGE_HINTS: Record<JobStage, string> = {
  define: 'What sets the job off, and how they decide what they are aiming for.',
  locate: 'Where they look for the inputs, tools or help they need.',
  prepare: 'What they set up or arrange before they can start.',
  confirm: 'How they check everything is ready and right before going ahead.',
  execute: 'Doing the job itself, as it actually happens.',
  monitor: 'How they keep an eye on whether it is working.',
  modify: 'What they change or fix along the way.',
  conclude: 'How they finish, and how they know it is done.',
};

const LEADS = {
  situation: /^\s*when\b[\s,]*/i,
  motivation: /^\s*(?:i\s+)?want\s+to\b\s*/i,
  outcome: /^\s*so\s+(?:that\s+)?(?:i\s+)?can\b\s*/i,
} as const;

/** The researcher's words without the lead-in the form already shows, or trailing punctuation. */
export function tidyClause(part: keyof typeof LEADS, text: string): string {
  return text
    .trim()
    .replace(LEADS[part], '')
    .replace(/[\s,;.]+$/u, '')
    .trim();
}

function clause(part: keyof typeof LEADS, message: string, label: string) {
  return z
    .string()
    .max(1000, `${label} must be at most 1000 characters.`)
    .transform((v) => tidyClause(part, v))
    .pipe(z.string().min(1, message));
}

export const JobFields = z.object({
  situation: clause('situation', 'Describe the situation: When …', 'The situation'),
  motivation: clause('motivation', 'Say what they want to do: I want to …', 'The motivation'),
  outcome: clause('outcome', 'Say what it lets them do: so I can …', 'The outcome'),
  kind: z.enum(JOB_KINDS).default('functional'),
  stage: z.enum(JOB_STAGES).nullable().default(null),
});
export type JobFields = z.infer<typeof JobFields>;

/** The framework's sentence: "When …, I want to …, so I can …." Blank parts show as "…". */
export function jobSentence(j: { situation: string; motivation: string; outcome: string }): string {
  const part = (key: keyof typeof LEADS, v: string) => tidyClause(key, v) || '…';
  return `When ${part('situation', j.situation)}, I want to ${part('motivation', j.motivation)}, so I can ${part('outcome', j.outcome)}.`;
}

export const JobPersona = z.object({ id: Id, name: z.string() });

export const Job = z.object({
  id: Id,
  guid: Guid,
  situation: z.string(),
  motivation: z.string(),
  outcome: z.string(),
  kind: z.enum(JOB_KINDS),
  stage: z.enum(JOB_STAGES).nullable(),
  /** "When …, I want to …, so I can …." */
  sentence: z.string(),
  personas: z.array(JobPersona),
  /** Quote cards: text, speaker pseudonym, interview title and date, timestamp, supports/contradicts. */
  citations: z.array(Citation),
  createdAt: EpochMs,
  updatedAt: EpochMs,
});
export type Job = z.infer<typeof Job>;

export const JobFilters = z.object({
  personaId: Id.nullable().default(null),
  kind: z.enum(JOB_KINDS).nullable().default(null),
  /** A stage, 'none' for jobs not placed on the map yet, or null for every job. */
  stage: z
    .enum([...JOB_STAGES, 'none'])
    .nullable()
    .default(null),
});
export type JobFilters = z.infer<typeof JobFilters>;

/** One persona's job map: the eight stages in order, each with its jobs (possibly none). */
export const JobMap = z.object({
  persona: z.object({ id: Id, name: z.string(), kind: z.enum(['buyer', 'user']) }),
  stages: z.array(z.object({ stage: z.enum(JOB_STAGES), label: z.string(), hint: z.string(), jobs: z.array(Job) })),
  /** Linked jobs with no stage yet. */
  unstaged: z.array(Job),
});
export type JobMap = z.infer<typeof JobMap>;

/** Orders jobs along the map: by stage (unstaged last), then oldest first. */
export function compareJobs(a: Pick<Job, 'stage' | 'id'>, b: Pick<Job, 'stage' | 'id'>): number {
  const rank = (s: JobStage | null) => (s === null ? JOB_STAGES.length : JOB_STAGES.indexOf(s));
  return rank(a.stage) - rank(b.stage) || a.id - b.id;
}
