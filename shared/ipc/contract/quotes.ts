/** Quotes: made from a transcript or a note, resized, starred, attributed, listed in the library. */
import { z } from 'zod';
import { Id, IdInput } from '../../domain/common';
import { Position, Quote, QuoteCard, QuoteFilters } from '../../domain/quote';
import { method } from '../method';

export const quoteMethods = {
  'quotes.forInterview': method(z.object({ interviewId: Id }), z.array(Quote), { writes: false }),
  'quotes.get': method(IdInput, Quote, { writes: false }),
  'quotes.list': method(QuoteFilters, z.object({ total: z.number().int().nullable(), items: z.array(QuoteCard) }), {
    writes: false,
  }),
  'quotes.create': method(
    z.object({ interviewId: Id, start: Position, end: Position, tagIds: z.array(Id).max(50).default([]) }),
    Quote,
    { writes: true },
  ),
  'quotes.resize': method(z.object({ id: Id, start: Position, end: Position }), Quote, { writes: true }),
  'quotes.update': method(
    z.object({
      id: Id,
      patch: z.object({ starred: z.boolean().optional(), comment: z.string().max(5000).optional() }),
    }),
    Quote,
    { writes: true },
  ),
  'quotes.delete': method(IdInput, z.object({ deleted: Id }), { writes: true }),
  /** Attributes a quote from notes to one of the interview's participants (null: nobody, not evidence). */
  'quotes.attribute': method(z.object({ id: Id, participantId: Id.nullable() }), Quote, { writes: true }),
  'quotes.createFromNote': method(
    z.object({
      noteId: Id,
      start: z.number().int().nonnegative(),
      end: z.number().int().nonnegative(),
      tagIds: z.array(Id).max(50).default([]),
      /**
       * Who said it. Omitted: the interview's participant when it has exactly one; an interview with
       * several needs the choice (VALIDATION on `participantId` otherwise).
       */
      participantId: Id.nullable().optional(),
    }),
    Quote,
    { writes: true },
  ),
} as const;
