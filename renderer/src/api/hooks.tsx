/** React access to the client: a provider, typed queries that follow core events, and mutations. */
import {
  createContext,
  useCallback,
  useContext,
  useEffect,
  useMemo,
  useState,
  useSyncExternalStore,
  type ReactNode,
} from 'react';
import type { Input, Method, Output } from '../../../shared/ipc/contract';
import { QueryCache, readsKind, type EntityKind, type QueryState } from './cache';
import type { ApiClient, SaveState } from './client';
import { asApiError, type ApiError } from './errors';

interface ApiContextValue {
  client: ApiClient;
  cache: QueryCache;
}

const ApiContext = createContext<ApiContextValue | null>(null);

export function ApiProvider({ client, children }: { client: ApiClient; children: ReactNode }) {
  const cache = useMemo(() => new QueryCache(), [client]);
  useEffect(() => client.onEvent((event) => cache.handleEvent(event)), [client, cache]);
  const value = useMemo(() => ({ client, cache }), [client, cache]);
  return <ApiContext.Provider value={value}>{children}</ApiContext.Provider>;
}

export function useApi(): ApiContextValue {
  const value = useContext(ApiContext);
  if (!value) throw new Error('useApi needs an <ApiProvider> above it.');
  return value;
}

export interface QueryResult<T> extends QueryState<T> {
  refetch(): Promise<void>;
}

/** Reads a method's output and keeps it fresh as the core reports changes. */
export function useQuery<M extends Method>(method: M, input: Input<M>): QueryResult<Output<M>> {
  const { client, cache } = useApi();
  const key = QueryCache.key(method, input);
  cache.ensure(key, method, () => client.call(method, input));
  const subscribe = useCallback((listener: () => void) => cache.subscribe(key, listener), [cache, key]);
  const getSnapshot = useCallback(() => cache.snapshot(key), [cache, key]);
  const state = useSyncExternalStore(subscribe, getSnapshot, getSnapshot) as QueryState<Output<M>>;
  const refetch = useCallback(() => cache.refetch(key), [cache, key]);
  return { ...state, refetch };
}

export interface Mutation<M extends Method> {
  run(input: Input<M>): Promise<Output<M> | undefined>;
  pending: boolean;
  error: ApiError | null;
  reset(): void;
}

/**
 * Calls a writing method. The core's events refresh the lists; we also invalidate the kinds
 * touched here so the screen is right even when the event stream is down.
 */
export function useMutation<M extends Method>(method: M, touches: readonly EntityKind[]): Mutation<M> {
  const { client, cache } = useApi();
  const [pending, setPending] = useState(false);
  const [error, setError] = useState<ApiError | null>(null);
  const touchKey = touches.join(',');
  const run = useCallback(
    async (input: Input<M>) => {
      setPending(true);
      setError(null);
      try {
        const value = await client.call(method, input);
        const kinds = touchKey.split(',') as EntityKind[];
        cache.invalidate((m) => kinds.some((kind) => readsKind(m, kind)));
        return value;
      } catch (err) {
        setError(asApiError(err));
        return undefined;
      } finally {
        setPending(false);
      }
    },
    [client, cache, method, touchKey],
  );
  const reset = useCallback(() => setError(null), []);
  return { run, pending, error, reset };
}

export function useSaveState(): SaveState {
  const { client } = useApi();
  return useSyncExternalStore(client.onSaveState, client.getSaveState, client.getSaveState);
}
