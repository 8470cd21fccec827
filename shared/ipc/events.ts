/** Push events from the core to every connected UI. */
import { z } from 'zod';

/**
 * `coding`: the tags on quotes changed (applied, removed, stance), not the quotes' words or places, so
 * lists that show quotes without their tags (interviews and their quote counts) need not refetch.
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
] as const;

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
