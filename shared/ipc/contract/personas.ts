/** Personas: drafted from evidence, checked, reviewed, exported; confidence thresholds. */
import { z } from 'zod';
import { ReviewDiff, ReviewNote } from '../../domain/personaReview';
import { Id, IdInput, patchOf } from '../../domain/common';
import { CHECK_KEYS, ConfidenceThresholds, Persona, PersonaFields, PersonaSummary } from '../../domain/persona';
import { method } from '../method';

export const personaMethods = {
  'personas.list': method(z.object({}), z.array(PersonaSummary), { writes: false }),
  'personas.get': method(IdInput, Persona, { writes: false }),
  'personas.create': method(PersonaFields, Persona, { writes: true }),
  'personas.update': method(z.object({ id: Id, patch: patchOf(PersonaFields) }), Persona, { writes: true }),
  'personas.delete': method(IdInput, z.object({ deleted: Id }), { writes: true }),
  'personas.draft': method(IdInput, z.object({ proposed: z.number().int(), persona: Persona }), { writes: true }),
  'personas.setCheck': method(z.object({ id: Id, key: z.enum(CHECK_KEYS), done: z.boolean() }), Persona, {
    writes: true,
  }),
  'personas.exportMarkdown': method(
    z.object({ id: Id, includeProposed: z.boolean().default(false) }),
    z.object({ markdown: z.string(), fileName: z.string() }),
    {
      writes: false,
    },
  ),
  'personas.exportHtml': method(
    z.object({ id: Id, includeProposed: z.boolean().default(false) }),
    z.object({ html: z.string(), fileName: z.string() }),
    {
      writes: false,
    },
  ),
  'personas.reviewDiff': method(IdInput, ReviewDiff, { writes: false }),
  'personas.markReviewed': method(z.object({ id: Id, note: ReviewNote }), ReviewDiff, { writes: true }),
  'personas.thresholds': method(z.object({}), ConfidenceThresholds, { writes: false }),
  'personas.setThresholds': method(ConfidenceThresholds, ConfidenceThresholds, { writes: true }),
} as const;
