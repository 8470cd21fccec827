/**
 * A coder's colour as a reader highlight (issue 18, item 1): whatever colour a coder picks, the
 * highlight behind the transcript's text stays at ≥ 7:1, keeps the coder's hue, and the offered
 * colours stay told apart.
 */
import { fc, test as fcTest } from '@fast-check/vitest';
import { describe, expect, it } from 'vitest';
import { HIGHLIGHT_TEXT } from '../../renderer/src/features/coding/colours';
import { CODER_COLOURS, highlightTint, UNKNOWN_CODER_TINT } from '../../shared/domain/coder';
import { contrastRatio } from '../../shared/domain/tag';

const hex = fc
  .tuple(fc.integer({ min: 0, max: 255 }), fc.integer({ min: 0, max: 255 }), fc.integer({ min: 0, max: 255 }))
  .map((rgb) => `#${rgb.map((c) => c.toString(16).padStart(2, '0')).join('')}`);

function channels(colour: string): number[] {
  return [1, 3, 5].map((i) => parseInt(colour.slice(i, i + 2), 16));
}

describe('coder highlight tints', () => {
  fcTest.prop([hex])('any colour gives a highlight the text reads on at 7:1 or more', (colour) => {
    const tint = highlightTint(colour, HIGHLIGHT_TEXT);
    expect(tint).toMatch(/^#[0-9a-f]{6}$/);
    expect(contrastRatio(tint, HIGHLIGHT_TEXT)).toBeGreaterThanOrEqual(7);
  });

  fcTest.prop([hex])('keeps the order of the channels: a wash of the same hue, never another', (colour) => {
    const [r, g, b] = channels(colour) as [number, number, number];
    const [tr, tg, tb] = channels(highlightTint(colour, HIGHLIGHT_TEXT)) as [number, number, number];
    // Mixing with white keeps which channel is strongest (up to rounding).
    if (r > g + 2) expect(tr).toBeGreaterThanOrEqual(tg);
    if (g > b + 2) expect(tg).toBeGreaterThanOrEqual(tb);
    if (b > r + 2) expect(tb).toBeGreaterThanOrEqual(tr);
  });

  it('takes as much of the colour as the contrast allows (the offered colours keep a clear wash)', () => {
    for (const colour of CODER_COLOURS) {
      const tint = highlightTint(colour, HIGHLIGHT_TEXT);
      // Not washed out to white: at least a quarter of the colour is left in.
      const share = channels(tint).map((t, i) => (255 - t) / (255 - channels(colour)[i]!));
      expect(Math.max(...share), colour).toBeGreaterThanOrEqual(0.25);
    }
  });

  it('gives each offered colour its own tint, apart from the unknown coder’s grey', () => {
    const tints = CODER_COLOURS.map((c) => highlightTint(c, HIGHLIGHT_TEXT));
    expect(new Set([...tints, UNKNOWN_CODER_TINT]).size).toBe(CODER_COLOURS.length + 1);
    expect(contrastRatio(UNKNOWN_CODER_TINT, HIGHLIGHT_TEXT)).toBeGreaterThanOrEqual(7);
  });
});
