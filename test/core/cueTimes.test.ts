/** The one rule for when quoted words were said (shared/domain/cueTimes.ts). */
import { fc, test } from '@fast-check/vitest';
import { describe, expect, it } from 'vitest';
import { normaliseCueTimes, parseCueTimes, timeAtOffset } from '../../shared/domain/cueTimes';

describe('timeAtOffset', () => {
  const cues = [
    [10, 5000],
    [25, 9000],
  ] as const;
  it('is the start of the cue in which the offset stands', () => {
    expect(timeAtOffset(1000, cues, 0)).toBe(1000);
    expect(timeAtOffset(1000, cues, 9)).toBe(1000);
    expect(timeAtOffset(1000, cues, 10)).toBe(5000);
    expect(timeAtOffset(1000, cues, 24)).toBe(5000);
    expect(timeAtOffset(1000, cues, 25)).toBe(9000);
    expect(timeAtOffset(1000, cues, 10_000)).toBe(9000);
  });
  it('a turn without times has none', () => expect(timeAtOffset(null, [], 3)).toBeNull());

  test.prop([
    fc.array(fc.tuple(fc.nat(500), fc.nat(10_000_000))),
    fc.nat(600),
    fc.option(fc.nat(1_000_000), { nil: null }),
  ])('equals the time of the last cue at or before the offset, over any cue list', (raw, offset, start) => {
    const cues = normaliseCueTimes(raw);
    const before = cues.filter(([at]) => at <= offset);
    expect(timeAtOffset(start, cues, offset)).toBe(before.length ? before[before.length - 1]![1] : start);
  });
});

describe('parseCueTimes', () => {
  it('reads stored JSON, sorted, without offset 0 and with one time per offset', () => {
    expect(parseCueTimes('[[30,9000],[0,1],[12,4000],[12,4500]]')).toEqual([
      [12, 4500],
      [30, 9000],
    ]);
  });
  it('reads anything damaged as no cue times, never as an error', () => {
    for (const bad of [null, '', 'x', '{}', '[[1]]', '[[1,-2]]', '[["a",1]]', '[[1.5,2]]'])
      expect(parseCueTimes(bad)).toEqual([]);
  });
});
