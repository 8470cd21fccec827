/** Synthesis (roll-up, matrix, co-occurrence, saturation) and personas with cited attributes. */
import { z } from 'zod';
import { ReviewDiff, ReviewNote } from '../../domain/personaReview';
import { Id, IdInput, patchOf } from '../../domain/common';
import {
  ATTRIBUTE_SECTIONS,
  CHECK_KEYS,
  ConfidenceThresholds,
  Persona,
  PersonaFields,
  PersonaSummary,
} from '../../domain/persona';
import { QuoteCard } from '../../domain/quote';
import {
  CoOccurrence,
  EvidenceFilters,
  EvidenceMatrix,
  MatrixAxis,
  MatrixWindow,
  Rollup,
  Saturation,
  STANCES,
} from '../../domain/synthesis';
import { TAG_KINDS } from '../../domain/tag';
import { method } from '../method';

const Filters = EvidenceFilters.default({
  segmentIds: [],
  companyIds: [],
  industries: [],
  methods: [],
  participantIds: [],
  from: null,
  to: null,
});
const Statement = z.string().trim().min(1, 'Write the statement.').max(2000);
const Detail = z.record(z.string().max(50), z.string().max(2000)).default({});

export const synthesisMethods = {
  'synthesis.rollup': method(z.object({ filters: Filters }), Rollup, { writes: false }),
  'synthesis.evidence': method(
    z.object({
      tagId: Id,
      filters: Filters,
      /** A participant, or null for any. */
      participantId: Id.nullable().default(null),
      /** A segment, 'none' for participants in no segment, or null for any. */
      segmentId: z
        .union([Id, z.literal('none')])
        .nullable()
        .default(null),
      /** Supporting quotes (what the counts count), contradicting ones, or both (null). */
      stance: z.enum(STANCES).nullable().default('supports'),
      limit: z.number().int().min(1).max(500).default(100),
      offset: z.number().int().min(0).default(0),
    }),
    z.object({ total: z.number().int(), items: z.array(QuoteCard) }),
    { writes: false },
  ),
  'synthesis.matrix': method(
    z.object({
      filters: Filters,
      axis: MatrixAxis.default('participant'),
      kinds: z.array(z.enum(TAG_KINDS)).default([]),
      window: MatrixWindow.nullable().default(null),
    }),
    EvidenceMatrix,
    { writes: false },
  ),
  'synthesis.cooccurrence': method(
    z.object({
      filters: Filters,
      scope: z.enum(['quote', 'participant']).default('quote'),
      limit: z.number().int().min(1).max(500).default(50),
    }),
    CoOccurrence,
    { writes: false },
  ),
  'synthesis.saturation': method(
    z.object({
      filters: Filters,
      kind: z.enum(TAG_KINDS).nullable().default('pain_point'),
      window: z.number().int().min(1).max(50).default(3),
    }),
    Saturation,
    { writes: false },
  ),

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
  'citations.add': method(
    z.object({ attributeId: Id, quoteId: Id, polarity: z.enum(['supports', 'contradicts']).default('supports') }),
    Persona,
    { writes: true },
  ),
  'citations.remove': method(z.object({ attributeId: Id, quoteId: Id }), Persona, { writes: true }),
} as const;
