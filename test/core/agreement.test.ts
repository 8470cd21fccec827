/**
 * Intercoder agreement against the literature's own worked examples (Krippendorff 2011; the standard
 * kappa example), against a definition-by-definition reference that builds the full coincidence
 * matrix, and as properties: a weighted run counts as that many units, the character table equals
 * one unit per character, and coder order does not matter.
 */
import { fc, test as fcTest } from '@fast-check/vitest';
import { describe, expect, it } from 'vitest';
import {
  cohensKappa,
  krippendorffAlpha,
  percentAgreement,
  type Coefficient,
  type ReliabilityUnit,
} from '../../shared/domain/agreement';
import { characterUnits, CODED, NOT_CODED, segmentUnits, type Continuum } from '../../shared/domain/agreementUnits';

const table = (rows: readonly (readonly (string | null)[])[]): ReliabilityUnit[] =>
  rows[0]!.map((_, unit) => ({ values: rows.map((coder) => coder[unit] ?? null) }));

const value = (c: Coefficient) => c.value;

/** α from the definition: the full coincidence matrix over ordered pairs, then 1 − (n−1)·Σo_ck / Σn_c·n_k. */
function referenceAlpha(units: readonly ReliabilityUnit[]): number {
  const o = new Map<string, number>();
  for (const u of units) {
    const vs = u.values.filter((v): v is string => v !== null);
    if (vs.length < 2) continue;
    for (let i = 0; i < vs.length; i++)
      for (let j = 0; j < vs.length; j++) {
        if (i === j) continue;
        const key = `${vs[i]}\u0000${vs[j]}`;
        o.set(key, (o.get(key) ?? 0) + (u.weight ?? 1) / (vs.length - 1));
      }
  }
  const nc = new Map<string, number>();
  let disagree = 0;
  for (const [key, count] of o) {
    const [c, k] = key.split('\u0000');
    nc.set(c!, (nc.get(c!) ?? 0) + count);
    if (c !== k) disagree += count;
  }
  const n = [...nc.values()].reduce((a, b) => a + b, 0);
  let chance = 0;
  for (const [c, a] of nc) for (const [k, b] of nc) if (c !== k) chance += a * b;
  return 1 - ((n - 1) * disagree) / chance;
}

describe('worked examples from the literature', () => {
  it('Krippendorff (2011), four observers, twelve units, missing values: nominal α = 0.743', () => {
    const _ = null;
    const units = table([
      ['1', '2', '3', '3', '2', '1', '4', '1', '2', _, _, _],
      ['1', '2', '3', '3', '2', '2', '4', '1', '2', '5', _, '3'],
      [_, '3', '3', '3', '2', '3', '4', '2', '2', '5', '1', _],
      ['1', '2', '3', '3', '2', '4', '4', '1', '2', '5', '1', _],
    ]);
    expect(value(krippendorffAlpha(units))).toBeCloseTo(0.743, 3);
    expect(value(krippendorffAlpha(units))).toBeCloseTo(referenceAlpha(units), 12);
  });

  it('Krippendorff (2011), two observers, binary data, ten units: α = 0.095', () => {
    const units = table([
      ['0', '1', '0', '0', '0', '0', '0', '0', '1', '0'],
      ['1', '1', '1', '0', '0', '1', '0', '0', '0', '0'],
    ]);
    expect(value(krippendorffAlpha(units))).toBeCloseTo(0.095, 3);
    expect(value(percentAgreement(units))).toBeCloseTo(0.6, 12);
  });

  it('Cohen’s kappa: 50 items, 20 yes–yes, 5 yes–no, 10 no–yes, 15 no–no → pₒ 0.7, pₑ 0.5, κ 0.4', () => {
    const rows: ReliabilityUnit[] = [
      { values: ['yes', 'yes'], weight: 20 },
      { values: ['yes', 'no'], weight: 5 },
      { values: ['no', 'yes'], weight: 10 },
      { values: ['no', 'no'], weight: 15 },
    ];
    expect(value(percentAgreement(rows))).toBeCloseTo(0.7, 12);
    expect(value(cohensKappa(rows))).toBeCloseTo(0.4, 12);
  });

  it('says why a coefficient is undefined instead of returning NaN', () => {
    const same = table([
      ['coded', 'coded'],
      ['coded', 'coded'],
    ]);
    expect(krippendorffAlpha(same)).toEqual({ value: null, why: expect.stringMatching(/no variation/) });
    expect(cohensKappa(same)).toEqual({ value: null, why: expect.stringMatching(/chance agreement is total/) });
    expect(percentAgreement(same)).toEqual({ value: 1 });
    const lonely = table([
      ['a', null],
      [null, 'b'],
    ]);
    expect(krippendorffAlpha(lonely).value).toBeNull();
    expect(cohensKappa(lonely).value).toBeNull();
    expect(percentAgreement(lonely).value).toBeNull();
    expect(() => cohensKappa(table([['a'], ['a'], ['a']]))).toThrow(/exactly two coders/);
  });
});

const value3 = fc.option(fc.constantFrom('a', 'b', 'c'), { nil: null, freq: 4 });
const reliabilityTable = (coders: number) =>
  fc.array(
    fc.record({
      values: fc.array(value3, { minLength: coders, maxLength: coders }),
      weight: fc.integer({ min: 1, max: 4 }),
    }),
    {
      minLength: 1,
      maxLength: 25,
    },
  );
const expand = (units: readonly ReliabilityUnit[]) =>
  units.flatMap((u) => Array.from({ length: u.weight ?? 1 }, () => ({ values: u.values })));
const same = (a: Coefficient, b: Coefficient) =>
  a.value === null ? expect(b.value).toBeNull() : expect(b.value).toBeCloseTo(a.value, 9);

describe('properties', () => {
  fcTest.prop([fc.integer({ min: 2, max: 5 }).chain((k) => reliabilityTable(k))])(
    'α equals the full-coincidence-matrix definition, and a run of weight w counts as w units',
    (units) => {
      const alpha = krippendorffAlpha(units);
      if (alpha.value !== null) expect(alpha.value).toBeCloseTo(referenceAlpha(units), 9);
      same(alpha, krippendorffAlpha(expand(units)));
      same(percentAgreement(units), percentAgreement(expand(units)));
    },
  );

  fcTest.prop([reliabilityTable(2)])(
    'kappa with weights equals kappa over the expanded units; swapping coders changes nothing',
    (units) => {
      same(cohensKappa(units), cohensKappa(expand(units)));
      const swapped = units.map((u) => ({ ...u, values: [...u.values].reverse() }));
      same(cohensKappa(units), cohensKappa(swapped));
      same(krippendorffAlpha(units), krippendorffAlpha(swapped));
    },
  );

  const span = (length: number) =>
    fc
      .tuple(fc.integer({ min: 0, max: length }), fc.integer({ min: 0, max: length }))
      .map(([a, b]) => [Math.min(a, b), Math.max(a, b)] as const);
  const continuum = fc.integer({ min: 1, max: 60 }).chain((length) =>
    fc.record({
      length: fc.constant(length),
      spans: fc.array(fc.option(fc.array(span(length), { maxLength: 3 }), { nil: null, freq: 5 }), {
        minLength: 3,
        maxLength: 3,
      }),
    }),
  );

  fcTest.prop([fc.array(continuum, { minLength: 1, maxLength: 4 })])(
    'the character table as runs gives the same figures as one unit per character',
    (texts: Continuum[]) => {
      const perCharacter: ReliabilityUnit[] = texts.flatMap((t) =>
        Array.from({ length: t.length }, (_, i) => ({
          values: t.spans.map((spans) =>
            spans === null ? null : spans.some(([s, e]) => s <= i && i < e) ? CODED : NOT_CODED,
          ),
        })),
      );
      const runs = characterUnits(texts);
      expect(runs.reduce((n, u) => n + (u.weight ?? 1), 0)).toBe(texts.reduce((n, t) => n + t.length, 0));
      same(krippendorffAlpha(perCharacter), krippendorffAlpha(runs));
      same(percentAgreement(perCharacter), percentAgreement(runs));
    },
  );
});

describe('units', () => {
  it('segment level: a turn counts as coded when any of the coder’s spans is non-empty; a coder who did not code the text gives no value', () => {
    const units = segmentUnits([
      { length: 40, spans: [[[0, 12]], [[30, 40]], null] },
      { length: 20, spans: [[], [[5, 5]], []] },
    ]);
    expect(units.map((u) => u.values)).toEqual([
      [CODED, CODED, null],
      [NOT_CODED, NOT_CODED, NOT_CODED],
    ]);
  });

  it('span level: the same turn gives partial agreement by characters where the segment level sees full agreement', () => {
    const texts: Continuum[] = [{ length: 40, spans: [[[0, 20]], [[10, 30]]] }];
    expect(segmentUnits(texts).map((u) => u.values)).toEqual([[CODED, CODED]]);
    const runs = characterUnits(texts);
    expect(runs.map((u) => [u.weight, ...u.values])).toEqual([
      [10, CODED, NOT_CODED],
      [10, CODED, CODED],
      [10, NOT_CODED, CODED],
      [10, NOT_CODED, NOT_CODED],
    ]);
    expect(percentAgreement(runs).value).toBeCloseTo(0.5, 12);
  });
});
