/** Push events from the core to every connected UI. */
import { z } from 'zod';

export const ENTITY_KINDS = ['project', 'participant', 'company', 'interview', 'transcript', 'tag', 'quote', 'history', 'question', 'guide', 'note', 'persona', 'job'] as const;

export const events = {
  /** A project was opened or created; every cached query is stale. */
  'project.opened': z.object({ path: z.string() }),
  /** Records of one kind changed; lists of that kind should refetch. */
  'entities.changed': z.object({ kind: z.enum(ENTITY_KINDS), ids: z.array(z.number().int()) }),
  /** Progress of long work (imports, exports, index rebuilds). */
  'job.progress': z.object({
    jobId: z.string(),
    label: z.string(),
    done: z.number().nonnegative(),
    total: z.number().nonnegative().nullable(),
    state: z.enum(['running', 'done', 'failed', 'cancelled']),
  }),
} as const;

export type Events = typeof events;
export type EventName = keyof Events & string;
export type EventPayload<E extends EventName> = z.infer<Events[E]>;
export interface PushEvent<E extends EventName = EventName> {
  name: E;
  payload: EventPayload<E>;
}
