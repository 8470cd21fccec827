/** React access to the client: a provider, and typed queries kept fresh by the core's events. */
import {
  keepPreviousData,
  QueryClientProvider,
  useQuery as useTanstackQuery,
  type QueryClient,
} from '@tanstack/react-query';
import {
  createContext,
  useCallback,
  useContext,
  useEffect,
  useMemo,
  useSyncExternalStore,
  type ReactNode,
} from 'react';
import type { Input, Method, Output } from '../../../shared/ipc/contract';
import type { ApiClient, SaveState } from './client';
import { asApiError, type ApiError } from './errors';
import { showToast } from '../ui/Toast';
import { createQueryClient, followEvents } from './queryClient';

interface ApiContextValue {
  client: ApiClient;
  queryClient: QueryClient;
}

const ApiContext = createContext<ApiContextValue | null>(null);

export function ApiProvider({ client, children }: { client: ApiClient; children: ReactNode }) {
  const queryClient = useMemo(() => createQueryClient(), [client]);
  useEffect(() => followEvents(queryClient, (listener) => client.onEvent(listener)), [client, queryClient]);
  useEffect(() => () => queryClient.clear(), [queryClient]);
  const value = useMemo(() => ({ client, queryClient }), [client, queryClient]);
  return (
    <ApiContext.Provider value={value}>
      <QueryClientProvider client={queryClient}>{children}</QueryClientProvider>
    </ApiContext.Provider>
  );
}

export function useApi(): ApiContextValue {
  const value = useContext(ApiContext);
  if (!value) throw new Error('useApi needs an <ApiProvider> above it.');
  return value;
}

export interface QueryResult<T> {
  data: T | undefined;
  error: ApiError | null;
  /** True while a fetch runs (the first or a refetch); data from before stays on screen meanwhile. */
  loading: boolean;
  refetch(): Promise<void>;
}

/** The cache key of a query: its method first (what the invalidation table matches), then its input. */
export function queryKey<M extends Method>(method: M, input: Input<M>): readonly [M, unknown] {
  return [method, input ?? {}];
}

export interface QueryOptions {
  /**
   * Where the failure is said. By default the screen renders `error` itself (with ui/QueryError.tsx);
   * `'toast'` is for lookups behind a screen (names, pickers, counts) that have no place of their own
   * to say it: the failure is toasted once. test/renderer/queryErrors.test.ts checks each use is one or the other.
   */
  errors?: 'toast';
  /**
   * While a changed input loads, keep showing the last input's answer (`loading` says it is stale) instead
   * of nothing: for views whose input the researcher toggles, so the screen does not blank on each click.
   */
  keepPrevious?: boolean;
}

/** Reads a method's output and keeps it fresh as the core reports changes. */
export function useQuery<M extends Method>(
  method: M,
  input: Input<M>,
  options: QueryOptions = {},
): QueryResult<Output<M>> {
  const { client } = useApi();
  const result = useTanstackQuery({
    queryKey: queryKey(method, input),
    queryFn: () => client.call(method, input),
    ...(options.keepPrevious ? { placeholderData: keepPreviousData } : {}),
  });
  const { refetch: run } = result;
  const refetch = useCallback(() => run().then(() => undefined), [run]);
  // One ApiError per failure (not per render), so screens and effects can compare it.
  const error = useMemo(() => (result.error ? asApiError(result.error) : null), [result.error]);
  const toast = options.errors === 'toast';
  useEffect(() => {
    // One group: a burst of failing lookups (a closed project, a broken file) says it once.
    if (toast && error)
      showToast({ message: `Something could not be loaded: ${error.message}`, tone: 'error', group: 'query-error' });
  }, [toast, error]);
  return { data: result.data, error, loading: result.isFetching || result.isPending, refetch };
}

export function useSaveState(): SaveState {
  const { client } = useApi();
  return useSyncExternalStore(client.onSaveState, client.getSaveState, client.getSaveState);
}
