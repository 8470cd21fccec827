/**
 * Coders: the researchers of a study (issue 18). A project lists every coder who has worked in it;
 * who is coding in this app is the user's own setting (CoderIdentity), kept outside the project.
 */
import { z } from 'zod';
import { EpochMs, Guid, Id, name } from './common';
import { contrastRatio } from './tag';

/** Stored lower-case so two spellings of one colour compare equal (the schema checks the form). */
export const CoderColour = z
  .string()
  .regex(/^#[0-9a-fA-F]{6}$/, 'Use a colour like #1c7ed6.')
  .transform((c) => c.toLowerCase());

export const CoderFields = z.object({
  name: name('Your name'),
  initials: z.string().trim().min(1, 'Initials are required.').max(4, 'Initials are at most 4 characters.'),
  colour: CoderColour,
});
export type CoderFields = z.output<typeof CoderFields>;

/** Who this app's user is: kept in the user's settings; the GUID names them in every project. */
export const CoderIdentity = CoderFields.extend({ guid: Guid });
export type CoderIdentity = z.output<typeof CoderIdentity>;

export const Coder = z.object({
  id: Id,
  guid: Guid,
  name: z.string(),
  initials: z.string(),
  colour: z.string(),
  createdAt: EpochMs,
});
export type Coder = z.infer<typeof Coder>;

/** How many codings a coder has applied in the project (coders with none are not listed). */
export const CoderCodings = z.object({ coderId: Id, codings: z.number().int().nonnegative() });
export type CoderCodings = z.infer<typeof CoderCodings>;

/** The current coder: the user's identity (null before they say who they are) and its project row. */
export const CurrentCoder = z.object({
  identity: CoderIdentity.nullable(),
  /** The identity's row in the open project; null with no identity or no writable project. */
  coder: Coder.nullable(),
});
export type CurrentCoder = z.infer<typeof CurrentCoder>;

/**
 * Colours offered: white initials on each reach WCAG AA for small text (≥ 4.5:1; 5.0 to 8.2) and
 * they stay apart from each other. A colour typed elsewhere gets dark or white text, whichever reads.
 */
export const CODER_COLOURS = ['#1864ab', '#a61e4d', '#087f5b', '#c92a2a', '#5f3dc4', '#0b7285', '#862e9c', '#495057'];

/** "Ada Lovelace" -> "AL"; one word -> its first two letters. */
export function initialsOf(fullName: string): string {
  const words = fullName.trim().split(/\s+/).filter(Boolean);
  if (words.length === 0) return '';
  if (words.length === 1) return words[0]!.slice(0, 2).toUpperCase();
  return (words[0]![0]! + words[words.length - 1]![0]!).toUpperCase();
}

/** The quote of a coder no longer listed, or made before coders were recorded: a neutral grey. */
export const UNKNOWN_CODER_TINT = '#dee2e6';

/**
 * A coder's colour as a highlight behind `text`: mixed with white, as much of the colour as still
 * leaves the text at ≥ 7:1 (WCAG AAA, the bar tag highlights meet). Coder colours are dark (white
 * initials read on them), so the tint is a light wash of the same hue.
 */
export function highlightTint(colour: string, text: string): string {
  const channels = [1, 3, 5].map((i) => parseInt(colour.slice(i, i + 2), 16));
  for (let share = 0.5; share > 0; share -= 0.05) {
    const tint = `#${channels
      .map((c) =>
        Math.round(c * share + 255 * (1 - share))
          .toString(16)
          .padStart(2, '0'),
      )
      .join('')}`;
    if (contrastRatio(tint, text) >= 7) return tint;
  }
  return '#ffffff';
}
