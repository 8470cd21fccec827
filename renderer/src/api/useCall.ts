/**
 * The write pattern for keyboard actions and one-click buttons: a failure becomes a toast instead of
 * form state. Like useMutation it invalidates nothing itself; the core's events refresh the lists.
 */
import { useCallback } from 'react';
import type { Input, Method, Output } from '../../../shared/ipc/contract';
import { showToast } from '../ui/Toast';
import { asApiError } from './errors';
import { useApi } from './hooks';

export type Call = <M extends Method>(method: M, input: Input<M>) => Promise<Output<M> | undefined>;

export function useCall(): Call {
  const { client } = useApi();
  return useCallback(
    async (method, input) => {
      try {
        return await client.call(method, input);
      } catch (error) {
        showToast({ message: asApiError(error).message, tone: 'error' });
        return undefined;
      }
    },
    [client],
  ) as Call;
}
