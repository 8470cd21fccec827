/**
 * The one table of what a change makes stale: for each entity kind the core reports (shared/ipc/events.ts),
 * the queries that read it, by method or by namespace. Every refetch in the renderer follows from it.
 */
import type { Method } from '../../../shared/ipc/contract';
import type { EntityKind } from '../../../shared/ipc/events';

/** A method's namespace: `quotes` for `quotes.forInterview`. */
export type Namespace = Method extends `${infer N}.${string}` ? N : never;
export type QueryScope = Method | Namespace;

/**
 * Reads that look across the whole project (search, backups, exports, the project's status) refetch
 * on every change: correct first. They are cheap or rarely on screen.
 */
const EVERY_CHANGE = [
  'project.recent',
  'project.host',
  'project.status',
  'imports',
  'search',
  'exports',
  'backups',
  'refi',
  'merge',
  'crm',
  'documents',
] as const satisfies readonly QueryScope[];

/**
 * Lists show counts and names from their neighbours, so a kind reaches more than its own namespace.
 * The frame's `project.info` (name, path) reads only `project`; the sidebar's `project.counts` reads
 * what it counts — neither refetches on a note autosave, which would re-render the whole app.
 */
const PARTICIPANT_READERS = [
  'project.counts',
  ...EVERY_CHANGE,
  'participants',
  'companies',
  'interviews',
  'transcripts',
  'tags',
  'quotes',
  'synthesis',
  'personas',
  'segments',
  'icp',
  'jobs',
  'plans',
] as const satisfies readonly QueryScope[];

const COMPANY_READERS = [
  'project.counts',
  ...EVERY_CHANGE,
  'participants',
  'companies',
  'interviews',
  'quotes',
  'synthesis',
  'segments',
  'icp',
] as const satisfies readonly QueryScope[];

/** Tags applied to quotes: what shows tags or counts evidence; not the interviews list, people or companies. */
const CODING_READERS = [
  'project.counts',
  ...EVERY_CHANGE,
  'tags',
  'quotes',
  'history',
  'coverage',
  'synthesis',
  'personas',
  'segments',
  'agreement',
  'coders.codingCounts',
] as const satisfies readonly QueryScope[];

export const INVALIDATES: Record<EntityKind, readonly QueryScope[]> = {
  // Switching or restoring a project makes everything stale; `project` is the only kind that reaches project.info.
  project: [
    'project',
    'participants',
    'companies',
    'interviews',
    'imports',
    'transcripts',
    'tags',
    'quotes',
    'history',
    'search',
    'questions',
    'guides',
    'notes',
    'coverage',
    'synthesis',
    'personas',
    'segments',
    'icp',
    'exports',
    'jobs',
    'backups',
    'refi',
    'merge',
    'crm',
    'documents',
    'plans',
    'coders',
    'agreement',
  ],
  participant: PARTICIPANT_READERS,
  // Who is in a segment is `participant`; the segment's own rows reach what they reached as that proxy.
  segment: PARTICIPANT_READERS,
  company: COMPANY_READERS,
  // ICP statements, criteria and scores were reported as `company`; they reach what that reached.
  icpStatement: COMPANY_READERS,
  icpCriterion: COMPANY_READERS,
  icpScore: COMPANY_READERS,
  interview: [
    'project.counts',
    ...EVERY_CHANGE,
    'participants',
    'interviews',
    'transcripts',
    'tags',
    'quotes',
    'guides',
    'notes',
    'coverage',
    'synthesis',
    'personas',
    'segments',
    'icp',
    'jobs',
    'plans',
    'agreement',
    'coders.codingCounts',
  ],
  // A 2-hour transcript is large: `transcripts` refetches only for turns, people and interviews.
  transcript: [
    'project.counts',
    ...EVERY_CHANGE,
    'interviews',
    'transcripts',
    'tags',
    'quotes',
    'history',
    'synthesis',
    'personas',
    'segments',
    'jobs',
    'agreement',
    'coders.codingCounts',
  ],
  tag: CODING_READERS,
  coding: CODING_READERS,
  // A quote's words or place: also the interviews list (its quote counts) and what cites quotes.
  quote: [
    'project.counts',
    ...EVERY_CHANGE,
    'interviews',
    'tags',
    'quotes',
    'history',
    'coverage',
    'synthesis',
    'personas',
    'segments',
    'icp',
    'jobs',
    'agreement',
    'coders.codingCounts',
  ],
  history: [...EVERY_CHANGE, 'history'],
  // Notes show their guide's question text, so a question's edit reaches them as a guide's does.
  question: ['project.counts', ...EVERY_CHANGE, 'questions', 'guides', 'notes', 'coverage'],
  guide: ['project.counts', ...EVERY_CHANGE, 'questions', 'guides', 'notes', 'coverage'],
  // Interview mode saves a note every few hundred ms while typing: nothing else should refetch then.
  note: [...EVERY_CHANGE, 'notes'],
  // The ICP profile lists its personas by name.
  persona: ['project.counts', ...EVERY_CHANGE, 'personas', 'jobs', 'plans', 'icp'],
  job: ['project.counts', ...EVERY_CHANGE, 'jobs'],
  // Progress counts held interviews of each method with members of a persona or segment.
  plan: [...EVERY_CHANGE, 'synthesis', 'personas', 'plans'],
  // Who is coding changes only when the user says so; cards and filters show coders' names and colours.
  coder: [...EVERY_CHANGE, 'coders', 'quotes', 'agreement'],
};

/** Whether a change of `kind` makes a query of `method` stale. */
export function affects(kind: EntityKind, method: string): boolean {
  const scopes: readonly string[] = INVALIDATES[kind];
  return scopes.includes(method) || scopes.includes(method.split('.')[0] ?? '');
}
