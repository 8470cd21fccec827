/** search.query. */
import type { searchMethods } from '../../../../shared/ipc/contract/search';
import { toMatchQuery } from '../../repos/ftsQuery';
import { searchText } from '../../repos/search';
import type { HandlersOf } from '../types';

export const searchHandlers: HandlersOf<typeof searchMethods> = {
  'search.query': (i, env) => {
    const match = toMatchQuery(i.text);
    if (!match) return [];
    return searchText(env.project().db, match, i.kinds, i);
  },
};
