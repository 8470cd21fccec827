/** The quotes a persona attribute cites, supporting or contradicting it. */
import { z } from 'zod';
import { Id } from '../../domain/common';
import { Persona } from '../../domain/persona';
import { method } from '../method';

export const citationMethods = {
  'citations.add': method(
    z.object({ attributeId: Id, quoteId: Id, polarity: z.enum(['supports', 'contradicts']).default('supports') }),
    Persona,
    { writes: true },
  ),
  'citations.remove': method(z.object({ attributeId: Id, quoteId: Id }), Persona, { writes: true }),
} as const;
