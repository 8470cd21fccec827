/**
 * Anchoring properties with emoji, combining marks, CRLF and right-to-left text: the stored exact
 * text always equals the transcript slice, and after random edits every quote re-anchors exactly
 * or is flagged: it never lands on other words.
 */
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import {
  anchorFromRange,
  flatten,
  quoteTextAt,
  reanchor,
  sliceAnchor,
  type TurnText,
} from '../../shared/domain/anchoring';

// Pieces that stress UTF-16 offsets: surrogate pairs, ZWJ sequences, combining marks, CRLF, RTL.
const PIECES = [
  'a',
  'Z',
  ' ',
  'invoice',
  '😀',
  '👩‍💻',
  'é',
  'e\u0301',
  '\r\n',
  'שלום',
  'مرحبا',
  '\u200f',
  '?',
  '.',
  '🇩🇪',
];
const segmentText = fc.array(fc.constantFrom(...PIECES), { minLength: 1, maxLength: 25 }).map((p) => p.join(''));
const transcript = fc
  .array(segmentText, { minLength: 1, maxLength: 8 })
  .map((texts) => texts.map((text, i) => ({ id: 100 + i, text })));

/** A range that starts and ends on piece boundaries would be too kind: any code-unit range is allowed. */
const withRange = transcript.chain((segs) => {
  const len = flatten(segs).text.length;
  return fc.tuple(fc.constant(segs), fc.nat({ max: len }), fc.nat({ max: len })).map(([s, a, b]) => ({
    segs: s,
    start: Math.min(a, b),
    end: Math.max(a, b),
  }));
});

describe('anchoring', () => {
  it('stored exact text always equals the slice its anchor points at', () => {
    fc.assert(
      fc.property(withRange, ({ segs, start, end }) => {
        const flat = flatten(segs);
        const anchor = anchorFromRange(flat, start, end);
        const q = quoteTextAt(flat, start, end);
        expect(sliceAnchor(segs, anchor)).toBe(q.exact);
        expect(q.exact).toBe(flat.text.slice(start, end));
      }),
      { numRuns: 500 },
    );
  });

  it('after random edits a quote re-anchors to the same words or is flagged', () => {
    const edit = fc.record({
      at: fc.nat(),
      seg: fc.nat(),
      insert: fc.constantFrom('', 'NEW ', '😀', 'e\u0301', '\r\n', 'שלום '),
      remove: fc.nat({ max: 6 }),
      newTurnAt: fc.option(fc.nat(), { nil: null }),
    });
    fc.assert(
      fc.property(withRange, fc.array(edit, { maxLength: 4 }), ({ segs, start, end }, edits) => {
        fc.pre(end > start);
        const q = quoteTextAt(flatten(segs), start, end);
        let next: TurnText[] = segs.map((s) => ({ ...s }));
        let nextId = 1000;
        for (const e of edits) {
          const i = e.seg % next.length;
          const s = next[i]!;
          const at = e.at % (s.text.length + 1);
          next[i] = { id: s.id, text: s.text.slice(0, at) + e.insert + s.text.slice(at + e.remove) };
          if (e.newTurnAt !== null)
            next.splice(e.newTurnAt % (next.length + 1), 0, { id: nextId++, text: 'An inserted turn.' });
        }
        next = next.filter((s) => s.text.length > 0 || next.length === 1);
        const result = reanchor(next, q);
        if (result.ok) {
          expect(sliceAnchor(next, result.anchor)).toBe(q.exact);
        } else {
          expect(result.reason.length).toBeGreaterThan(0);
        }
      }),
      { numRuns: 500 },
    );
  });

  it('prefers the occurrence whose context matches, and flags a true tie', () => {
    const segs = [
      { id: 1, text: 'The export is slow. I mean the export is slow every Monday.' },
      { id: 2, text: 'Yes, the export is slow.' },
    ];
    const flat = flatten(segs);
    const start = flat.text.indexOf('the export is slow every');
    const q = quoteTextAt(flat, start, start + 'the export is slow'.length);
    const r = reanchor(segs, q);
    expect(r.ok && sliceAnchor(segs, r.anchor)).toBe('the export is slow');
    expect(r.ok && r.anchor.startOffset).toBe(start);
    const tie = reanchor([{ id: 1, text: 'same same' }], { exact: 'same', prefix: '', suffix: '' });
    expect(tie.ok).toBe(false);
  });

  it('flags a quote whose words are gone', () => {
    expect(reanchor([{ id: 1, text: 'nothing to see' }], { exact: 'invoice', prefix: '', suffix: '' })).toEqual({
      ok: false,
      reason: 'The quoted words are no longer in the transcript.',
    });
  });
});
