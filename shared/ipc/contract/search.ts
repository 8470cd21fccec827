/** Full-text search. */
import { z } from 'zod';
import { SearchHit, SearchQuery } from '../../domain/search';
import { method } from '../method';

export const searchMethods = {
  'search.query': method(SearchQuery, z.array(SearchHit), { writes: false }),
} as const;
