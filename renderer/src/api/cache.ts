/**
 * A small query cache: one entry per (method, input), refetched when the core says the records
 * it depends on changed. Data stays on screen while a refetch runs, so nothing jumps.
 */
import type { Method } from '../../../shared/ipc/contract';
import type { ENTITY_KINDS, PushEvent } from '../../../shared/ipc/events';
import { asApiError, type ApiError } from './errors';

export type EntityKind = (typeof ENTITY_KINDS)[number];

export interface QueryState<T> {
  data: T | undefined;
  error: ApiError | null;
  loading: boolean;
}

interface Entry {
  method: Method;
  state: QueryState<unknown>;
  run: () => Promise<unknown>;
  listeners: Set<() => void>;
  inFlight: Promise<void> | null;
  stale: boolean;
}

/**
 * Which kinds of record each method group reads (lists show counts and names from their
 * neighbours). Every group reads 'project': switching projects makes everything stale. A group
 * not listed here (project.*, and any added later) is refreshed on every change: correct first.
 */
const READS: Partial<Record<string, readonly EntityKind[]>> = {
  participants: ['project', 'participant', 'company', 'interview'],
  companies: ['project', 'company', 'participant'],
  interviews: ['project', 'interview', 'participant', 'company', 'transcript', 'quote'],
  // A 2-hour transcript is large: refetch it only when turns or the people behind them change.
  transcripts: ['project', 'transcript', 'participant', 'interview'],
  // `coding` (tags applied or removed) is read only by what shows tags or counts evidence: the
  // interviews list (quote counts), people and companies do not refetch after a coding action.
  quotes: ['project', 'quote', 'coding', 'tag', 'transcript', 'participant', 'company', 'interview'],
  tags: ['project', 'tag', 'quote', 'coding', 'transcript', 'interview', 'participant'],
  history: ['project', 'history', 'quote', 'coding', 'tag', 'transcript'],
  // Interview mode saves a note every few hundred ms while typing: nothing else should refetch then.
  notes: ['project', 'note', 'interview', 'guide'],
  coverage: ['project', 'interview', 'guide', 'question', 'quote', 'coding', 'tag'],
  questions: ['project', 'question', 'guide'],
  guides: ['project', 'guide', 'question', 'interview'],
  // Compare reads the coded evidence of each segment.
  segments: ['project', 'participant', 'company', 'interview', 'quote', 'coding', 'tag', 'transcript'],
  // Progress counts held interviews of each method with members of a persona or segment.
  plans: ['project', 'plan', 'interview', 'participant', 'persona'],
  personas: ['project', 'persona', 'plan', 'participant', 'quote', 'coding', 'tag', 'transcript', 'interview'],
  synthesis: ['project', 'plan', 'quote', 'coding', 'tag', 'participant', 'transcript', 'interview', 'company'],
  // Cited quotes show their text, speaker and interview; the profile lists its personas by name.
  icp: ['project', 'company', 'quote', 'participant', 'interview', 'persona'],
  jobs: ['project', 'job', 'persona', 'quote', 'transcript', 'interview', 'participant'],
  // Who is coding changes only when the user says so (or another project opens).
  coders: ['project', 'coder'],
};

/**
 * Methods that read less than their group. The frame's project.info (name, path) and the sidebar's
 * counts would otherwise refetch on every note autosave and re-render the whole app each time.
 */
const METHOD_READS: Partial<Record<Method, readonly EntityKind[]>> = {
  'project.info': ['project'],
  'project.counts': [
    'project',
    'participant',
    'company',
    'interview',
    'transcript',
    'tag',
    'quote',
    'coding',
    'question',
    'guide',
    'persona',
    'job',
  ],
};

export function readsKind(method: Method, kind: EntityKind): boolean {
  const reads = METHOD_READS[method] ?? READS[method.split('.')[0] ?? ''];
  return reads ? reads.includes(kind) : true;
}

export class QueryCache {
  private readonly entries = new Map<string, Entry>();

  static key(method: Method, input: unknown): string {
    return `${method} ${JSON.stringify(input ?? {})}`;
  }

  /** Registers (or reuses) an entry; the fetch function is refreshed so it sees the latest input. */
  ensure(key: string, method: Method, run: () => Promise<unknown>): Entry {
    let entry = this.entries.get(key);
    if (!entry) {
      entry = {
        method,
        state: { data: undefined, error: null, loading: true },
        run,
        listeners: new Set(),
        inFlight: null,
        stale: true,
      };
      this.entries.set(key, entry);
    }
    entry.run = run;
    return entry;
  }

  snapshot(key: string): QueryState<unknown> {
    return this.entries.get(key)?.state ?? EMPTY;
  }

  subscribe(key: string, listener: () => void): () => void {
    const entry = this.entries.get(key);
    if (!entry) return () => undefined;
    entry.listeners.add(listener);
    if (entry.stale) void this.fetch(entry);
    return () => entry.listeners.delete(listener);
  }

  refetch(key: string): Promise<void> {
    const entry = this.entries.get(key);
    return entry ? this.fetch(entry) : Promise.resolve();
  }

  /** Marks matching entries stale and refetches the ones on screen. */
  invalidate(match: (method: Method) => boolean): void {
    for (const entry of this.entries.values()) {
      if (!match(entry.method)) continue;
      entry.stale = true;
      if (entry.listeners.size > 0) void this.fetch(entry);
    }
  }

  /** What an event from the core makes stale. */
  handleEvent(event: PushEvent): void {
    if (event.name === 'project.opened') this.invalidate(() => true);
    else if (event.name === 'entities.changed') {
      const kind = (event.payload as { kind: EntityKind }).kind;
      this.invalidate((method) => readsKind(method, kind));
    }
  }

  private fetch(entry: Entry): Promise<void> {
    if (entry.inFlight) {
      // A change arrived mid-flight: fetch once more when this one lands.
      return entry.inFlight.then(() => (entry.stale ? this.fetch(entry) : undefined));
    }
    entry.stale = false;
    this.set(entry, { ...entry.state, loading: true });
    entry.inFlight = entry
      .run()
      .then(
        (data) => this.set(entry, { data, error: null, loading: false }),
        (error: unknown) => this.set(entry, { data: entry.state.data, error: asApiError(error), loading: false }),
      )
      .finally(() => {
        entry.inFlight = null;
      });
    return entry.inFlight;
  }

  private set(entry: Entry, state: QueryState<unknown>): void {
    entry.state = state;
    for (const listener of entry.listeners) listener();
  }
}

const EMPTY: QueryState<unknown> = { data: undefined, error: null, loading: true };
