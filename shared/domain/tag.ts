/** Codebook tags: evidence codes with a kind from the persona framework, a colour and a definition. */
import { z } from 'zod';
import { EpochMs, Guid, Id, name, text } from './common';

export const TAG_KINDS = [
  'pain_point',
  'goal',
  'objection',
  'decision_criterion',
  'trigger_event',
  'information_source',
  'tool_stack',
  'jtbd_functional',
  'jtbd_emotional',
  'jtbd_social',
  'jtbd_related',
  'job_stage',
  'theme',
  'other',
] as const;
export type TagKind = (typeof TAG_KINDS)[number];

export const TAG_KIND_LABELS: Record<TagKind, string> = {
  pain_point: 'Pain point',
  goal: 'Goal',
  objection: 'Objection',
  decision_criterion: 'Decision criterion',
  trigger_event: 'Trigger event',
  information_source: 'Information source',
  tool_stack: 'Tool / stack',
  jtbd_functional: 'Job: functional',
  jtbd_emotional: 'Job: emotional',
  jtbd_social: 'Job: social',
  jtbd_related: 'Job: related',
  job_stage: 'Job-map stage',
  theme: 'Theme',
  other: 'Other',
};

/**
 * One highlight colour per kind by default. Each is light enough that dark text on it has a
 * contrast ratio above 7:1 (checked in test/core/tags.test.ts), so highlights stay readable.
 */
export const KIND_COLOURS: Record<TagKind, string> = {
  pain_point: '#ffc9c9',
  goal: '#b2f2bb',
  objection: '#ffd8a8',
  decision_criterion: '#a5d8ff',
  trigger_event: '#ffec99',
  information_source: '#d0bfff',
  tool_stack: '#c5f6fa',
  jtbd_functional: '#96f2d7',
  jtbd_emotional: '#fcc2d7',
  jtbd_social: '#eebefa',
  jtbd_related: '#bac8ff',
  job_stage: '#e9ecef',
  theme: '#dee2e6',
  other: '#e9ecef',
};

export const Colour = z.string().regex(/^#[0-9a-fA-F]{6}$/, 'Use a colour like #ffc9c9.');

export const TagFields = z.object({
  name: name('Tag name'),
  kind: z.enum(TAG_KINDS).default('theme'),
  parentId: Id.nullable().default(null),
  colour: Colour.optional(),
  definition: text('Definition', 2000).default(''),
  examples: text('Examples', 4000).default(''),
});
export type TagInput = z.input<typeof TagFields>;

export const Tag = z.object({
  id: Id,
  guid: Guid,
  name: z.string(),
  kind: z.enum(TAG_KINDS),
  parentId: Id.nullable(),
  colour: z.string(),
  definition: z.string(),
  examples: z.string(),
  pinnedSlot: z.number().int().min(1).max(9).nullable(),
  position: z.number().int(),
  archived: z.boolean(),
  /** "Parent / Child" path, for pickers and exports. */
  path: z.string(),
  /** Quotes coded with this tag, whether they count as evidence or not (merges and deletes move these). */
  codingCount: z.number().int().nonnegative(),
  /** Evidence, by the one rule (the `evidence` table): quotes that support the tag… */
  quoteCount: z.number().int().nonnegative(),
  /** …distinct participants who support it (its reach)… */
  participantCount: z.number().int().nonnegative(),
  /** …and distinct participants who say the opposite. */
  contradictingCount: z.number().int().nonnegative(),
  /** Codings that do not count: the interviewer's words, unmapped speakers, unattributed notes, no consent. */
  notCountedCount: z.number().int().nonnegative(),
  createdAt: EpochMs,
  updatedAt: EpochMs,
});
export type Tag = z.infer<typeof Tag>;

/** WCAG relative luminance contrast between two #rrggbb colours. */
export function contrastRatio(a: string, b: string): number {
  const lum = (hex: string) => {
    const [r, g, b2] = [1, 3, 5]
      .map((i) => parseInt(hex.slice(i, i + 2), 16) / 255)
      .map((c) => (c <= 0.03928 ? c / 12.92 : ((c + 0.055) / 1.055) ** 2.4)) as [number, number, number];
    return 0.2126 * r + 0.7152 * g + 0.0722 * b2;
  };
  const [x, y] = [lum(a), lum(b)].sort((p, q) => q - p) as [number, number];
  return (x + 0.05) / (y + 0.05);
}
