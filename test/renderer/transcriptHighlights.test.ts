/** Highlight segmentation: quotes across turns, overlaps and nesting cut a turn into pieces. */
import { describe, expect, it } from 'vitest';
import { quotesInReadingOrder, splitTurn, spansByTurn } from '../../renderer/src/features/transcript/highlights';

const turns = [
  { id: 10, text: 'The invoice run takes four hours.' },
  { id: 11, text: 'Can you say more?' },
  { id: 12, text: 'Every Monday, two people 😀 lose a day.' },
];

function quote(id: number, s: number, so: number, e: number, eo: number, anchorStatus: 'ok' | 'flagged' = 'ok') {
  return { id, startTurnId: s, startOffset: so, endTurnId: e, endOffset: eo, anchorStatus };
}

describe('spansByTurn', () => {
  it('splits a quote spanning three turns into one span per turn', () => {
    const spans = spansByTurn([quote(1, 10, 4, 12, 5)], turns);
    expect(spans.get(10)).toEqual([{ quoteId: 1, start: 4, end: 33 }]);
    expect(spans.get(11)).toEqual([{ quoteId: 1, start: 0, end: 17 }]);
    expect(spans.get(12)).toEqual([{ quoteId: 1, start: 0, end: 5 }]);
  });

  it('leaves out flagged quotes and quotes whose turns are gone', () => {
    const spans = spansByTurn([quote(1, 10, 0, 10, 3, 'flagged'), quote(2, 99, 0, 99, 2)], turns);
    expect(spans.size).toBe(0);
  });
});

describe('splitTurn', () => {
  it('cuts overlapping quotes into pieces that list every covering quote, outermost first', () => {
    // "Every Monday, two people 😀 lose a day." — quote 1: 0..24, quote 2: 14..30 (overlap), quote 3: 6..12 (nested in 1)
    const pieces = splitTurn(turns[2]!.text.length, [
      { quoteId: 2, start: 14, end: 30 },
      { quoteId: 1, start: 0, end: 24 },
      { quoteId: 3, start: 6, end: 12 },
    ]);
    expect(pieces).toEqual([
      { start: 0, end: 6, quoteIds: [1] },
      { start: 6, end: 12, quoteIds: [1, 3] },
      { start: 12, end: 14, quoteIds: [1] },
      { start: 14, end: 24, quoteIds: [1, 2] },
      { start: 24, end: 30, quoteIds: [2] },
      { start: 30, end: 39, quoteIds: [] },
    ]);
    // The pieces cover the text exactly once, so the emoji's surrogate pair stays in one piece.
    const text = turns[2]!.text;
    expect(pieces.map((p) => text.slice(p.start, p.end)).join('')).toBe(text);
    expect(text.slice(24, 30)).toContain('😀');
  });

  it('gives one plain piece without quotes and none for empty text', () => {
    expect(splitTurn(5, [])).toEqual([{ start: 0, end: 5, quoteIds: [] }]);
    expect(splitTurn(0, [{ quoteId: 1, start: 0, end: 0 }])).toEqual([]);
  });

  it('orders quotes for keyboard navigation by turn, then offset', () => {
    const order = quotesInReadingOrder(
      [quote(3, 12, 0, 12, 4), quote(1, 10, 9, 10, 12), quote(2, 10, 2, 11, 3)],
      turns,
    );
    expect(order.map((q) => q.id)).toEqual([2, 1, 3]);
  });
});
