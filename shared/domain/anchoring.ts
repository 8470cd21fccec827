/**
 * Quote anchoring over a transcript (DESIGN.md §3). Offsets are UTF-16 code units within a
 * segment's text. A quote keeps its exact text and a short prefix/suffix; after the transcript
 * changes it is re-anchored from those, or flagged for review: never shifted silently.
 */

export interface SegmentText {
  id: number;
  text: string;
}

export interface Anchor {
  startSegmentId: number;
  startOffset: number;
  endSegmentId: number;
  endOffset: number;
}

export interface QuoteText {
  exact: string;
  prefix: string;
  suffix: string;
}

/** Segments are joined with one newline when a quote spans turns. */
export const TURN_JOINER = '\n';
export const CONTEXT_LENGTH = 32;

export interface FlatText {
  text: string;
  /** starts[i] is where segment i begins in `text`. */
  starts: number[];
  ids: number[];
}

export function flatten(segments: readonly SegmentText[]): FlatText {
  const starts: number[] = [];
  const ids: number[] = [];
  let text = '';
  segments.forEach((s, i) => {
    if (i > 0) text += TURN_JOINER;
    starts.push(text.length);
    ids.push(s.id);
    text += s.text;
  });
  return { text, starts, ids };
}

/** Global offset of a segment-relative position, or null if the anchor does not fit the segments. */
export function globalOffset(flat: FlatText, segments: readonly SegmentText[], segmentId: number, offset: number): number | null {
  const idx = flat.ids.indexOf(segmentId);
  if (idx < 0) return null;
  if (offset < 0 || offset > segments[idx]!.text.length) return null;
  return flat.starts[idx]! + offset;
}

/** The segment-relative position of a global offset (an offset on a joiner belongs to the segment before it). */
export function localPosition(flat: FlatText, global: number): { segmentId: number; offset: number } {
  let idx = 0;
  for (let i = 0; i < flat.starts.length; i++) {
    if (flat.starts[i]! <= global) idx = i;
    else break;
  }
  return { segmentId: flat.ids[idx]!, offset: global - flat.starts[idx]! };
}

export function anchorFromRange(flat: FlatText, start: number, end: number): Anchor {
  const a = localPosition(flat, start);
  const b = localPosition(flat, end);
  return { startSegmentId: a.segmentId, startOffset: a.offset, endSegmentId: b.segmentId, endOffset: b.offset };
}

/** Exact text and context for a global range of the flattened transcript. */
export function quoteTextAt(flat: FlatText, start: number, end: number): QuoteText {
  return {
    exact: flat.text.slice(start, end),
    prefix: flat.text.slice(Math.max(0, start - CONTEXT_LENGTH), start),
    suffix: flat.text.slice(end, end + CONTEXT_LENGTH),
  };
}

export function sliceAnchor(segments: readonly SegmentText[], anchor: Anchor): string | null {
  const flat = flatten(segments);
  const start = globalOffset(flat, segments, anchor.startSegmentId, anchor.startOffset);
  const end = globalOffset(flat, segments, anchor.endSegmentId, anchor.endOffset);
  if (start === null || end === null || end < start) return null;
  return flat.text.slice(start, end);
}

export type Reanchored = { ok: true; anchor: Anchor } | { ok: false; reason: string };

/**
 * Finds the quote again in (possibly edited) segments. Every occurrence of the exact text is a
 * candidate, scored by how much of its stored prefix and suffix still surround it; a unique best
 * candidate wins. No occurrence, or a tie, flags the quote.
 */
export function reanchor(segments: readonly SegmentText[], quote: QuoteText): Reanchored {
  if (quote.exact.length === 0) return { ok: false, reason: 'The quote has no text.' };
  const flat = flatten(segments);
  const candidates: { start: number; score: number }[] = [];
  for (let at = flat.text.indexOf(quote.exact); at >= 0; at = flat.text.indexOf(quote.exact, at + 1)) {
    const before = flat.text.slice(Math.max(0, at - quote.prefix.length), at);
    const after = flat.text.slice(at + quote.exact.length, at + quote.exact.length + quote.suffix.length);
    candidates.push({ start: at, score: commonSuffix(before, quote.prefix) + commonPrefix(after, quote.suffix) });
  }
  if (candidates.length === 0) return { ok: false, reason: 'The quoted words are no longer in the transcript.' };
  const best = Math.max(...candidates.map((c) => c.score));
  const winners = candidates.filter((c) => c.score === best);
  if (winners.length > 1) {
    return { ok: false, reason: `The quoted words appear ${winners.length} times with the same context.` };
  }
  const start = winners[0]!.start;
  return { ok: true, anchor: anchorFromRange(flat, start, start + quote.exact.length) };
}

function commonPrefix(a: string, b: string): number {
  let n = 0;
  while (n < a.length && n < b.length && a[n] === b[n]) n++;
  return n;
}

function commonSuffix(a: string, b: string): number {
  let n = 0;
  while (n < a.length && n < b.length && a[a.length - 1 - n] === b[b.length - 1 - n]) n++;
  return n;
}
