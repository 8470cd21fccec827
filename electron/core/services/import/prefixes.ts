/**
 * "Name: text" speaker prefixes inside captions and lines. A prefix only counts when the label is
 * plausible and the same label starts several lines of the file: one "Note: ..." or "Step 1:" in
 * prose is not a speaker.
 */
import { isPlausibleSpeakerLabel, normaliseSpeakerLabel } from './speakers';

export interface SpeakerPrefix {
  /** Tidied label; null for "Unknown Speaker". */
  label: string | null;
  /** The label as written, before tidying (the repetition count keys on the tidied label). */
  raw: string;
  rest: string;
}

/**
 * `Name: text`, `- Name: text`, `>> Name: text`, `[Name]: text`, `**Name:** text`, `**Name**: text`.
 * The colon must be followed by whitespace or the end, so "https://x" and "10:30" never match.
 */
const PREFIX =
  /^(?:-\s+|>>\s*)?(\*\*[^*:]{1,40}:\*\*|\*\*[^*:]{1,40}\*\*:|\[[^\]:]{1,40}\]:|[^:\s][^:]{0,39}?:)(?:\s+|$)([\s\S]*)$/;

export function splitSpeakerPrefix(text: string): SpeakerPrefix | null {
  const m = PREFIX.exec(text);
  if (!m) return null;
  const raw = m[1]!.replace(/\*\*/g, '').replace(/:$/, '').replace(/:$/, '').trim();
  if (!isPlausibleSpeakerLabel(normaliseSpeakerLabel(raw) ?? 'Unknown')) return null;
  return { label: normaliseSpeakerLabel(raw), raw, rest: m[2]! };
}

/**
 * The labels trusted as speakers: those that start at least two captions. Once a file has such a
 * repeated label it is a labelled transcript, and a short label seen once (someone who spoke
 * once) is trusted too.
 */
export function repeatedLabels(prefixes: readonly (SpeakerPrefix | null)[]): Set<string | null> {
  const counts = new Map<string | null, number>();
  for (const p of prefixes) if (p) counts.set(p.label, (counts.get(p.label) ?? 0) + 1);
  const repeated = [...counts].filter(([, n]) => n >= 2).map(([label]) => label);
  if (repeated.length === 0) return new Set();
  const once = [...counts]
    .filter(([label, n]) => n === 1 && (label ?? '').split(' ').length <= 3)
    .map(([label]) => label);
  return new Set([...repeated, ...once]);
}
