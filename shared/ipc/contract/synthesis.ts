/** Synthesis: roll-up, evidence page, matrix, co-occurrence and saturation. */
import { z } from 'zod';
import { Id } from '../../domain/common';
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
} as const;
