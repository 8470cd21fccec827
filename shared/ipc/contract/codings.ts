/** Codings: a tag applied to a quote, with its intensity and stance. */
import { z } from 'zod';
import { Id } from '../../domain/common';
import { Quote } from '../../domain/quote';
import { STANCES } from '../../domain/synthesis';
import { TAG_KINDS } from '../../domain/tag';
import { method } from '../method';

const Intensity = z.number().int().min(1, 'Intensity is 1 to 5.').max(5, 'Intensity is 1 to 5.').nullable();

export const codingMethods = {
  'codings.apply': method(
    z.object({
      quoteId: Id,
      tagId: Id,
      intensity: Intensity.default(null),
      stance: z.enum(STANCES).default('supports'),
    }),
    Quote,
    { writes: true },
  ),
  /** Marks a coding as supporting its tag or contradicting it (the participant says the opposite). */
  'codings.setStance': method(z.object({ quoteId: Id, tagId: Id, stance: z.enum(STANCES) }), Quote, { writes: true }),
  'codings.remove': method(z.object({ quoteId: Id, tagId: Id }), Quote, { writes: true }),
  'codings.applyNewTag': method(
    z.object({
      quoteId: Id,
      name: z.string().trim().min(1, 'Type a name for the new tag.').max(200),
      kind: z.enum(TAG_KINDS).default('theme'),
      parentId: Id.nullable().default(null),
    }),
    Quote,
    { writes: true },
  ),
} as const;
