/** Calls a writing method from a keyboard action: failures become a toast, touched lists refresh at once. */
import { useCallback } from 'react';
import type { Input, Method, Output } from '../../../../shared/ipc/contract';
import { readsKind, type EntityKind } from '../../api/cache';
import { asApiError } from '../../api/errors';
import { useApi } from '../../api/hooks';
import { showToast } from '../../ui/Toast';

export type Call = <M extends Method>(
  method: M,
  input: Input<M>,
  touches?: readonly EntityKind[],
) => Promise<Output<M> | undefined>;

export function useCall(): Call {
  const { client, cache } = useApi();
  return useCallback(
    async (method, input, touches = ['quote', 'tag', 'history']) => {
      try {
        const out = await client.call(method, input);
        cache.invalidate((m) => touches.some((kind) => readsKind(m, kind)));
        return out;
      } catch (error) {
        showToast({ message: asApiError(error).message, tone: 'error' });
        return undefined;
      }
    },
    [client, cache],
  ) as Call;
}
