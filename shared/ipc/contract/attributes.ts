/** A persona's attributes: statements in a section, each citing quotes. */
import { z } from 'zod';
import { Id, IdInput } from '../../domain/common';
import { ATTRIBUTE_SECTIONS, Persona } from '../../domain/persona';
import { method } from '../method';

const Statement = z.string().trim().min(1, 'Write the statement.').max(2000);
const Detail = z.record(z.string().max(50), z.string().max(2000)).default({});

export const attributeMethods = {
  'attributes.add': method(
    z.object({
      personaId: Id,
      section: z.enum(ATTRIBUTE_SECTIONS),
      field: z.string().max(50).default(''),
      statement: Statement,
      detail: Detail,
      quoteIds: z.array(Id).max(100).default([]),
    }),
    Persona,
    { writes: true },
  ),
  'attributes.update': method(
    z.object({
      id: Id,
      patch: z.object({
        statement: Statement.optional(),
        detail: Detail.optional(),
        status: z.enum(['proposed', 'accepted', 'rejected']).optional(),
        field: z.string().max(50).optional(),
        position: z.number().int().nonnegative().optional(),
      }),
    }),
    Persona,
    { writes: true },
  ),
  'attributes.delete': method(IdInput, Persona, { writes: true }),
} as const;
