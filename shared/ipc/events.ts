/** Push events from the core to every connected UI. */
import { z } from 'zod';

/**
 * The entities a write can change: each kind names the rows that changed, never a neighbour standing
 * in for them (the renderer's invalidation table maps each kind to the queries that read it).
 * `coding`: the tags on quotes changed (applied, removed, stance), not the quotes' words or places, so
 * lists that show quotes without their tags (interviews and their quote counts) need not refetch.
 * `segment`: a market segment's definition (name, rule); who is in it is `participant` (their
 * segment_id). `icpStatement`, `icpCriterion`, `icpScore`: the ICP's statements, its scoring matrix,
 * and one company's scores and their citations.
 */
export const ENTITY_KINDS = [
  'project',
  'participant',
  'company',
  'interview',
  'transcript',
  'tag',
  'quote',
  'coding',
  'history',
  'question',
  'guide',
  'note',
  'persona',
  'job',
  'plan',
  'coder',
  'segment',
  'icpStatement',
  'icpCriterion',
  'icpScore',
] as const;

export type EntityKind = (typeof ENTITY_KINDS)[number];

export function isEntityKind(kind: string): kind is EntityKind {
  return (ENTITY_KINDS as readonly string[]).includes(kind);
}

export const events = {
  /** A project was opened or created; every cached query is stale. */
  'project.opened': z.object({ path: z.string() }),
  /** Records of one kind changed; lists of that kind should refetch. */
  'entities.changed': z.object({ kind: z.enum(ENTITY_KINDS), ids: z.array(z.number().int()) }),
  /** Progress of long work (imports, exports, index rebuilds). */
  'task.progress': z.object({
    taskId: z.string(),
    label: z.string(),
    done: z.number().nonnegative(),
    total: z.number().nonnegative().nullable(),
    state: z.enum(['running', 'done', 'failed', 'cancelled']),
    /** What the work is doing now, when that is worth saying (e.g. a first export loading its fonts). */
    step: z.string().optional(),
  }),
} as const;

export type Events = typeof events;
export type EventName = keyof Events & string;
export type EventPayload<E extends EventName> = z.infer<Events[E]>;
export interface PushEvent<E extends EventName = EventName> {
  name: E;
  payload: EventPayload<E>;
}
