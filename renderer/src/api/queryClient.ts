/**
 * The renderer's query cache (TanStack Query) and what drives it: the core's events, coalesced per
 * frame, invalidate the queries the invalidation table names — nothing else decides what is stale.
 */
import { QueryClient, type Query } from '@tanstack/react-query';
import type { EntityKind, PushEvent } from '../../../shared/ipc/events';
import { affects } from './invalidation';

/** One write's events arrive in one burst (in process: synchronously; over SSE: one chunk or a few). */
export const COALESCE_MS = 16;
/** A query nobody shows is dropped after this long; it is fetched afresh when shown again. */
export const GC_MS = 5 * 60_000;

export function createQueryClient(): QueryClient {
  return new QueryClient({
    defaultOptions: {
      queries: {
        // Fresh until the core says otherwise: the events are the only source of "stale".
        staleTime: Infinity,
        gcTime: GC_MS,
        // A refusal from the core is an answer, not a blip; the screen shows it with "Try again".
        retry: false,
        refetchOnWindowFocus: false,
        refetchOnReconnect: false,
      },
    },
  });
}

/**
 * Feeds the core's events into the cache: the kinds that arrive within COALESCE_MS are joined and
 * invalidated once, so a write that reports `quote` and `history` refetches each query once.
 * Returns a function that stops listening and drops what is pending.
 */
export function followEvents(
  queryClient: QueryClient,
  onEvent: (listener: (event: PushEvent) => void) => () => void,
): () => void {
  let pending = new Set<EntityKind>();
  let everything = false;
  let timer: ReturnType<typeof setTimeout> | null = null;

  const flush = () => {
    timer = null;
    const kinds = [...pending];
    const all = everything;
    pending = new Set();
    everything = false;
    void queryClient.invalidateQueries({
      predicate: (query: Query) => {
        const method = String(query.queryKey[0]);
        return all || kinds.some((kind) => affects(kind, method));
      },
    });
  };

  const off = onEvent((event) => {
    if (event.name === 'project.opened') everything = true;
    else if (event.name === 'entities.changed') pending.add((event.payload as { kind: EntityKind }).kind);
    else return;
    timer ??= setTimeout(flush, COALESCE_MS);
  });
  return () => {
    off();
    if (timer) clearTimeout(timer);
  };
}
