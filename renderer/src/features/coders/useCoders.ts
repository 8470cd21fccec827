/** The study's coders and who is coding now, from the core (the identity is the user's setting). */
import { useMemo } from 'react';
import type { Coder, CurrentCoder } from '../../../../shared/domain/coder';
import { useQuery } from '../../api/hooks';

export interface Coders {
  current: CurrentCoder | undefined;
  list: Coder[];
  byId: Map<number, Coder>;
}

export function useCoders(): Coders {
  const current = useQuery('coders.current', {}, { errors: 'toast' });
  const list = useQuery('coders.list', {}, { errors: 'toast' });
  return useMemo(() => {
    const coders = list.data ?? [];
    return { current: current.data, list: coders, byId: new Map(coders.map((c) => [c.id, c])) };
  }, [current.data, list.data]);
}
