/** Segments: named groups of participants (firmographic, behavioural, needs-based…). */
import { z } from 'zod';
import { Id, IdInput, name, patchOf, text } from '../../domain/common';
import { method } from '../method';

export const SEGMENT_APPROACHES = ['manual', 'demographic', 'firmographic', 'behavioral', 'needs', 'value', 'psychographic'] as const;
export const BEHAVIOR_LABELS = ['', 'power', 'regular', 'at_risk', 'new'] as const;

export const SegmentFields = z.object({
  name: name('Segment name'),
  description: text('Description', 2000).default(''),
  approach: z.enum(SEGMENT_APPROACHES).default('manual'),
  behaviorLabel: z.enum(BEHAVIOR_LABELS).default(''),
});

export const Segment = SegmentFields.extend({ id: Id, guid: z.string(), participantCount: z.number().int() });
export type Segment = z.infer<typeof Segment>;

export const segmentMethods = {
  'segments.list': method(z.object({}), z.array(Segment), { writes: false }),
  'segments.create': method(SegmentFields, Segment, { writes: true }),
  'segments.update': method(z.object({ id: Id, patch: patchOf(SegmentFields) }), Segment, { writes: true }),
  'segments.delete': method(IdInput, z.object({ deleted: Id }), { writes: true }),
} as const;
