/**
 * The one way to write: call a writing method and keep its state (pending, the refusal to show on the
 * form). It invalidates nothing itself — the core's events do (api/queryClient.ts).
 */
import { useCallback, useState } from 'react';
import type { Input, Method, Output } from '../../../shared/ipc/contract';
import { asApiError, type ApiError } from './errors';
import { useApi } from './hooks';

export interface Mutation<M extends Method> {
  run(input: Input<M>): Promise<Output<M> | undefined>;
  pending: boolean;
  error: ApiError | null;
  reset(): void;
}

export function useMutation<M extends Method>(method: M): Mutation<M> {
  const { client } = useApi();
  const [pending, setPending] = useState(false);
  const [error, setError] = useState<ApiError | null>(null);
  const run = useCallback(
    async (input: Input<M>) => {
      setPending(true);
      setError(null);
      try {
        return await client.call(method, input);
      } catch (err) {
        setError(asApiError(err));
        return undefined;
      } finally {
        setPending(false);
      }
    },
    [client, method],
  );
  const reset = useCallback(() => setError(null), []);
  return { run, pending, error, reset };
}
