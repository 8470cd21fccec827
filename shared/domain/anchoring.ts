/**
 * Quote anchoring over a transcript (DESIGN.md §3). Offsets are UTF-16 code units within a
 * turn's text. A quote keeps its exact text and a short prefix/suffix; after the transcript
 * changes it is re-anchored from those, or flagged for review: never shifted silently.
 */

export interface TurnText {
  id: number;
  text: string;
}

export interface Anchor {
  startTurnId: number;
  startOffset: number;
  endTurnId: number;
  endOffset: number;
}

export interface QuoteText {
  exact: string;
  prefix: string;
  suffix: string;
}

/** Turns are joined with one newline when a quote spans turns. */
export const TURN_JOINER = '\n';
export const CONTEXT_LENGTH = 32;

export interface FlatText {
  text: string;
  /** starts[i] is where turn i begins in `text`. */
  starts: number[];
  ids: number[];
}

export function flatten(turns: readonly TurnText[]): FlatText {
  const starts: number[] = [];
  const ids: number[] = [];
  let text = '';
  turns.forEach((s, i) => {
    if (i > 0) text += TURN_JOINER;
    starts.push(text.length);
    ids.push(s.id);
    text += s.text;
  });
  return { text, starts, ids };
}

/** Global offset of a turn-relative position, or null if the anchor does not fit the turns. */
export function globalOffset(
  flat: FlatText,
  turns: readonly TurnText[],
  turnId: number,
  offset: number,
): number | null {
  const idx = flat.ids.indexOf(turnId);
  if (idx < 0) return null;
  if (offset < 0 || offset > turns[idx]!.text.length) return null;
  return flat.starts[idx]! + offset;
}

/** The turn-relative position of a global offset (an offset on a joiner belongs to the turn before it). */
export function localPosition(flat: FlatText, global: number): { turnId: number; offset: number } {
  let idx = 0;
  for (let i = 0; i < flat.starts.length; i++) {
    if (flat.starts[i]! <= global) idx = i;
    else break;
  }
  return { turnId: flat.ids[idx]!, offset: global - flat.starts[idx]! };
}

export function anchorFromRange(flat: FlatText, start: number, end: number): Anchor {
  const a = localPosition(flat, start);
  const b = localPosition(flat, end);
  return { startTurnId: a.turnId, startOffset: a.offset, endTurnId: b.turnId, endOffset: b.offset };
}

/** Exact text and context for a global range of the flattened transcript. */
export function quoteTextAt(flat: FlatText, start: number, end: number): QuoteText {
  return {
    exact: flat.text.slice(start, end),
    prefix: flat.text.slice(Math.max(0, start - CONTEXT_LENGTH), start),
    suffix: flat.text.slice(end, end + CONTEXT_LENGTH),
  };
}

export function sliceAnchor(turns: readonly TurnText[], anchor: Anchor): string | null {
  const flat = flatten(turns);
  const start = globalOffset(flat, turns, anchor.startTurnId, anchor.startOffset);
  const end = globalOffset(flat, turns, anchor.endTurnId, anchor.endOffset);
  if (start === null || end === null || end < start) return null;
  return flat.text.slice(start, end);
}

export type Reanchored = { ok: true; anchor: Anchor } | { ok: false; reason: string };

/**
 * Finds the quote again in (possibly edited) turns. Every occurrence of the exact text is a
 * candidate, scored by how much of its stored prefix and suffix still surround it; a unique best
 * candidate wins. No occurrence, or a tie, flags the quote.
 */
export function reanchor(turns: readonly TurnText[], quote: QuoteText): Reanchored {
  if (quote.exact.length === 0) return { ok: false, reason: 'The quote has no text.' };
  const flat = flatten(turns);
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
