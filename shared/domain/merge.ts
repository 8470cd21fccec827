/**
 * Merging a colleague's copy of the project (issue 18, item 2): what the preview shows, how the
 * researcher settles each conflict, and the report of a commit. Rows are matched by GUID; "mine" is
 * the open project, "theirs" the other file.
 */
import { z } from 'zod';

/** What a merge compares, in the researcher's words (one per merged table). */
export const MERGE_KINDS = [
  'coder',
  'company',
  'participant',
  'interview',
  'interviewParticipant',
  'transcript',
  'speaker',
  'turn',
  'tag',
  'note',
  'quote',
  'coding',
] as const;
export const MergeKind = z.enum(MERGE_KINDS);
export type MergeKind = z.infer<typeof MergeKind>;

/**
 * - bothChanged: both sides edited the row differently since the common copy.
 * - differs: no common copy is known (two-way merge) and the two versions differ.
 * - deletedMine: this project deleted it; the colleague changed it.
 * - deletedTheirs: the colleague deleted it; this project changed it.
 * - deletedWithDependants: one side deleted it unchanged, but the other added or kept work inside it
 *   (a coding on a deleted quote).
 */
export const ConflictKind = z.enum(['bothChanged', 'differs', 'deletedMine', 'deletedTheirs', 'deletedWithDependants']);
export type ConflictKind = z.infer<typeof ConflictKind>;

export const MergeChoice = z.enum(['mine', 'theirs', 'both']);
export type MergeChoice = z.infer<typeof MergeChoice>;

export const MergeCoderBadge = z.object({
  guid: z.string(),
  name: z.string(),
  initials: z.string(),
  colour: z.string(),
});
export type MergeCoderBadge = z.infer<typeof MergeCoderBadge>;

/** One side of a conflict as the researcher reads it: the fields that differ, in words. */
export const MergeSide = z.object({
  /** null: this side deleted the row. */
  fields: z.record(z.string(), z.string()).nullable(),
  coder: MergeCoderBadge.nullable(),
});
export type MergeSide = z.infer<typeof MergeSide>;

export const MergeConflict = z.object({
  /** `<kind>:<guid>`, stable between preview and commit. */
  id: z.string(),
  kind: MergeKind,
  conflict: ConflictKind,
  /** What the row is: a quote's words, a tag's name. */
  label: z.string(),
  mine: MergeSide,
  theirs: MergeSide,
  /** What each choice does, in words; `both` only where keeping both makes sense. */
  choices: z.array(z.object({ choice: MergeChoice, label: z.string() })),
  /** Rows inside it the other side added or kept (deletedWithDependants). */
  dependants: z.number().int().nonnegative(),
});
export type MergeConflict = z.infer<typeof MergeConflict>;

export const MergeKindCounts = z.object({
  kind: MergeKind,
  /** Rows the colleague added that this merge brings in. */
  newTheirs: z.number().int(),
  /** Rows only this project has (kept). */
  newMine: z.number().int(),
  /** Rows the colleague changed that this merge takes. */
  changedTheirs: z.number().int(),
  /** Rows the colleague deleted that this merge deletes here. */
  deletedTheirs: z.number().int(),
  /** Rows the colleague changed that a merge does not carry (say, an interview's status): this project's kept. */
  notMerged: z.number().int(),
});
export type MergeKindCounts = z.infer<typeof MergeKindCounts>;

export const MergePreview = z.object({
  stagingId: z.string(),
  otherName: z.string(),
  /** known: a common copy is recorded (three-way); none: two-way, every difference is a conflict. */
  base: z.enum(['known', 'none']),
  kinds: z.array(MergeKindCounts),
  conflicts: z.array(MergeConflict),
  /** Adjustments the merge makes so both sides fit together (a tag renamed, one of two equal codings kept). */
  adjustments: z.array(z.string()),
  /** What a merge never carries, said every time. */
  notMerged: z.array(z.string()),
  nothingNew: z.boolean(),
});
export type MergePreview = z.infer<typeof MergePreview>;

export const MergeResolution = z.object({ conflictId: z.string().min(1).max(400), choice: MergeChoice });
export type MergeResolution = z.infer<typeof MergeResolution>;

export const MergeReport = z.object({
  otherName: z.string(),
  counts: z.array(
    z.object({
      kind: MergeKind,
      added: z.number().int(),
      updated: z.number().int(),
      removed: z.number().int(),
    }),
  ),
  conflicts: z.array(z.object({ id: z.string(), kind: MergeKind, label: z.string(), choice: MergeChoice })),
  adjustments: z.array(z.string()),
  nothingNew: z.boolean(),
});
export type MergeReport = z.infer<typeof MergeReport>;

/** A copy of the project for a colleague, with the common state recorded in both. */
export const ColleagueCopy = z.object({
  fileName: z.string(),
  /** The copy's bytes (renderer: saved as a download); absent when the host wrote it to a path. */
  content: z.string().optional(),
  encoding: z.literal('base64').optional(),
  path: z.string().optional(),
  bytes: z.number().int(),
});
export type ColleagueCopy = z.infer<typeof ColleagueCopy>;
