/**
 * Reliability tables for intercoder agreement at the two units a researcher chooses between:
 * the speaker turn (segment level: did each coder apply the tag anywhere in the turn?) and the
 * character (span level, unitised: is each character inside a span the coder tagged?). Characters
 * are passed as runs — the text between two consecutive span boundaries of any coder — weighted by
 * their length, which gives exactly the counts of one unit per character.
 */
import type { ReliabilityUnit } from './agreement';

export const CODED = 'coded';
export const NOT_CODED = 'not coded';

/** A coder's spans in one text (a turn): half-open UTF-16 ranges `[start, end)`. */
export type Spans = readonly (readonly [number, number])[];

export interface Continuum {
  /** Length of the text in UTF-16 units. */
  length: number;
  /** One entry per coder, in the table's coder order; null when this coder did not code this text. */
  spans: readonly (Spans | null)[];
}

/** Segment level: one unit per turn, "coded" when the coder's spans touch the turn at all. */
export function segmentUnits(turns: readonly Continuum[]): ReliabilityUnit[] {
  return turns.map((turn) => ({
    values: turn.spans.map((spans) => (spans === null ? null : spans.some(([s, e]) => e > s) ? CODED : NOT_CODED)),
  }));
}

/** Span level: one weighted unit per run of characters that every coder classes the same way. */
export function characterUnits(texts: readonly Continuum[]): ReliabilityUnit[] {
  const units: ReliabilityUnit[] = [];
  for (const text of texts) {
    const cuts = new Set<number>([0, text.length]);
    for (const spans of text.spans)
      for (const [s, e] of spans ?? []) {
        cuts.add(clamp(s, text.length));
        cuts.add(clamp(e, text.length));
      }
    const points = [...cuts].sort((a, b) => a - b);
    for (let i = 0; i + 1 < points.length; i++) {
      const [from, to] = [points[i]!, points[i + 1]!];
      if (to <= from) continue;
      units.push({
        weight: to - from,
        values: text.spans.map((spans) =>
          spans === null ? null : spans.some(([s, e]) => s <= from && e >= to) ? CODED : NOT_CODED,
        ),
      });
    }
  }
  return units;
}

const clamp = (x: number, length: number) => Math.max(0, Math.min(length, x));
