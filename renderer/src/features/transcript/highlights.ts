/**
 * Highlight segmentation: which part of each quote falls in which turn, and a turn's text cut
 * at every quote boundary so each piece knows the quotes covering it (overlaps allowed).
 */
import type { Quote } from '../../../../shared/domain/quote';

export interface TurnRef {
  id: number;
  text: string;
}

/** The part of one quote inside one turn, in UTF-16 offsets of that turn's text. */
export interface QuoteSpan {
  quoteId: number;
  start: number;
  end: number;
}

export interface Piece {
  start: number;
  end: number;
  /** Quotes covering this piece, outermost (earliest, then longest) first. */
  quoteIds: number[];
}

type Anchored = Pick<Quote, 'id' | 'startTurnId' | 'startOffset' | 'endTurnId' | 'endOffset' | 'anchorStatus'>;

/** Spans per turn id for every anchored quote; flagged or unanchored quotes are left out. */
export function spansByTurn(quotes: readonly Anchored[], turns: readonly TurnRef[]): Map<number, QuoteSpan[]> {
  const index = new Map<number, number>();
  turns.forEach((turn, i) => index.set(turn.id, i));
  const out = new Map<number, QuoteSpan[]>();
  for (const q of quotes) {
    if (q.anchorStatus !== 'ok' || q.startTurnId === null || q.endTurnId === null) continue;
    const from = index.get(q.startTurnId);
    const to = index.get(q.endTurnId);
    if (from === undefined || to === undefined || to < from) continue;
    for (let i = from; i <= to; i++) {
      const turn = turns[i]!;
      const start = i === from ? Math.min(q.startOffset, turn.text.length) : 0;
      const end = i === to ? Math.min(q.endOffset, turn.text.length) : turn.text.length;
      if (end <= start) continue;
      const list = out.get(turn.id) ?? [];
      list.push({ quoteId: q.id, start, end });
      out.set(turn.id, list);
    }
  }
  return out;
}

/** Cuts [0, length) at every span boundary; each piece lists the spans that cover it. */
export function splitTurn(length: number, spans: readonly QuoteSpan[]): Piece[] {
  if (length === 0) return [];
  const clipped = spans
    .map((s) => ({ ...s, start: Math.max(0, s.start), end: Math.min(length, s.end) }))
    .filter((s) => s.end > s.start)
    .sort((a, b) => a.start - b.start || b.end - a.end || a.quoteId - b.quoteId);
  const cuts = new Set<number>([0, length]);
  for (const s of clipped) {
    cuts.add(s.start);
    cuts.add(s.end);
  }
  const points = [...cuts].sort((a, b) => a - b);
  const pieces: Piece[] = [];
  for (let i = 0; i < points.length - 1; i++) {
    const start = points[i]!;
    const end = points[i + 1]!;
    const quoteIds = clipped.filter((s) => s.start <= start && s.end >= end).map((s) => s.quoteId);
    pieces.push({ start, end, quoteIds });
  }
  return pieces;
}

/** Quotes in reading order: by the turn they start in, then their offset. */
export function quotesInReadingOrder<T extends Anchored>(quotes: readonly T[], turns: readonly TurnRef[]): T[] {
  const index = new Map<number, number>();
  turns.forEach((turn, i) => index.set(turn.id, i));
  const at = (q: T) => (q.startTurnId === null ? Infinity : (index.get(q.startTurnId) ?? Infinity));
  return quotes
    .filter((q) => q.anchorStatus === 'ok' && q.startTurnId !== null)
    .sort((a, b) => at(a) - at(b) || a.startOffset - b.startOffset || a.id - b.id);
}
