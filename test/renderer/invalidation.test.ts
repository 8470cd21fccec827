/**
 * The invalidation table (renderer/src/api/invalidation.ts) is complete and names only real queries,
 * and the event stream drives the query cache through it, coalesced and evicting what nobody shows.
 */
import { QueryObserver } from '@tanstack/react-query';
import fs from 'node:fs';
import path from 'node:path';
import { describe, expect, it, vi } from 'vitest';
import { affects, INVALIDATES } from '../../renderer/src/api/invalidation';
import { COALESCE_MS, createQueryClient, followEvents, GC_MS } from '../../renderer/src/api/queryClient';
import { contract, type Method } from '../../shared/ipc/contract';
import { ENTITY_KINDS, type PushEvent } from '../../shared/ipc/events';

const READS = (Object.keys(contract) as Method[]).filter((m) => !contract[m].writes);
const NAMESPACES = new Set(READS.map((m) => m.split('.')[0]));

describe('the invalidation table', () => {
  it('has an entry for every entity kind the core can report', () => {
    // A kind added to ENTITY_KINDS without a row here would refetch nothing: fail loudly, naming it.
    const missing = ENTITY_KINDS.filter((kind) => !INVALIDATES[kind]?.length);
    expect(missing, `kinds with no entry in INVALIDATES: ${missing.join(', ')}`).toEqual([]);
    expect(Object.keys(INVALIDATES).sort()).toEqual([...ENTITY_KINDS].sort());
  });

  it('names only reading methods and namespaces of the contract', () => {
    const unknown = Object.entries(INVALIDATES).flatMap(([kind, scopes]) =>
      scopes.filter((s) => !NAMESPACES.has(s) && !READS.includes(s as Method)).map((s) => `${kind}: ${s}`),
    );
    expect(unknown).toEqual([]);
  });

  it('reaches every reading method when the project changes', () => {
    expect(READS.filter((m) => !affects('project', m))).toEqual([]);
  });

  it('knows which lists read which kinds of record', () => {
    expect(affects('company', 'participants.list')).toBe(true);
    expect(affects('interview', 'companies.list')).toBe(false);
    // A note autosave (several a second while typing) must not refetch the app frame's queries.
    expect(affects('note', 'project.info')).toBe(false);
    expect(affects('note', 'project.counts')).toBe(false);
    expect(affects('interview', 'project.counts')).toBe(true);
    expect(affects('note', 'project.recent')).toBe(true); // reads across the project: every change
    expect(affects('project', 'companies.list')).toBe(true);
    expect(affects('quote', 'interviews.list')).toBe(true);
    expect(affects('tag', 'project.counts')).toBe(true);
    // Named kinds, not proxies: a segment edit reaches the segments list, an ICP statement the profile.
    expect(affects('segment', 'segments.list')).toBe(true);
    expect(affects('icpStatement', 'icp.profile')).toBe(true);
    expect(affects('icpScore', 'icp.scores.get')).toBe(true);
  });
});

describe('one place touches the cache', () => {
  it('no renderer file outside api/ imports the query library (writes never invalidate by hand)', () => {
    const root = path.resolve(__dirname, '../../renderer/src');
    const files = (dir: string): string[] =>
      fs.readdirSync(dir, { withFileTypes: true }).flatMap((e) => {
        const full = path.join(dir, e.name);
        return e.isDirectory() ? files(full) : /\.tsx?$/.test(e.name) ? [full] : [];
      });
    const outside = files(root)
      .filter((f) => !f.startsWith(path.join(root, 'api') + path.sep))
      .filter((f) => /from '@tanstack\/react-query'/.test(fs.readFileSync(f, 'utf8')))
      .map((f) => path.relative(root, f));
    expect(outside).toEqual([]);
  });
});

/** An event source like the client's: listeners get what the test emits. */
function eventSource() {
  const listeners = new Set<(event: PushEvent) => void>();
  return {
    on: (listener: (event: PushEvent) => void) => {
      listeners.add(listener);
      return () => listeners.delete(listener);
    },
    emit: (event: PushEvent) => listeners.forEach((l) => l(event)),
  };
}

describe('the event stream drives the query cache', () => {
  it('refetches watched queries a change reads, once per burst of events', async () => {
    const queryClient = createQueryClient();
    const source = eventSource();
    const stop = followEvents(queryClient, source.on);
    const companies = vi.fn().mockResolvedValue(['a']);
    const interviews = vi.fn().mockResolvedValue(['b']);
    const watch = (queryKey: unknown[], queryFn: () => Promise<unknown>) =>
      new QueryObserver(queryClient, { queryKey, queryFn }).subscribe(() => undefined);
    const offC = watch(['companies.list', {}], companies);
    const offI = watch(['interviews.list', {}], interviews);
    await vi.waitFor(() => expect(interviews).toHaveBeenCalledTimes(1));
    // One write's events: three kinds that all reach interviews.list, in one burst.
    for (const kind of ['interview', 'quote', 'transcript'] as const) {
      source.emit({ name: 'entities.changed', payload: { kind, ids: [1] } });
    }
    await vi.waitFor(() => expect(interviews).toHaveBeenCalledTimes(2));
    await new Promise((resolve) => setTimeout(resolve, COALESCE_MS * 3));
    expect(interviews).toHaveBeenCalledTimes(2);
    expect(companies).toHaveBeenCalledTimes(1);
    source.emit({ name: 'project.opened', payload: { path: '/x.groundwork' } });
    await vi.waitFor(() => expect(companies).toHaveBeenCalledTimes(2));
    await vi.waitFor(() => expect(interviews).toHaveBeenCalledTimes(3));
    offC();
    offI();
    stop();
    queryClient.clear();
  });

  it('evicts a query nobody shows after gcTime, and only marks it stale meanwhile', async () => {
    vi.useFakeTimers();
    try {
      const queryClient = createQueryClient();
      const source = eventSource();
      const stop = followEvents(queryClient, source.on);
      const tags = vi.fn().mockResolvedValue([]);
      const off = new QueryObserver(queryClient, { queryKey: ['tags.list', {}], queryFn: tags }).subscribe(
        () => undefined,
      );
      await vi.advanceTimersByTimeAsync(1);
      off();
      source.emit({ name: 'entities.changed', payload: { kind: 'tag', ids: [] } });
      await vi.advanceTimersByTimeAsync(COALESCE_MS * 2);
      expect(tags).toHaveBeenCalledTimes(1); // not on screen: stale, not refetched
      expect(queryClient.getQueryState(['tags.list', {}])?.isInvalidated).toBe(true);
      await vi.advanceTimersByTimeAsync(GC_MS + 1);
      expect(queryClient.getQueryCache().find({ queryKey: ['tags.list', {}] })).toBeUndefined();
      stop();
    } finally {
      vi.useRealTimers();
    }
  });
});
