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
  krippendorffAlphaFor,
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

  it('Krippendorff (2011), the same data as ordinal, interval and ratio values: α = 0.815, 0.849, 0.797', () => {
    const _ = null;
    const units = table([
      ['1', '2', '3', '3', '2', '1', '4', '1', '2', _, _, _],
      ['1', '2', '3', '3', '2', '2', '4', '1', '2', '5', _, '3'],
      [_, '3', '3', '3', '2', '3', '4', '2', '2', '5', '1', _],
      ['1', '2', '3', '3', '2', '4', '4', '1', '2', '5', '1', _],
    ]);
    // The paper prints three decimals; these are its figures, rounded the same way.
    expect(value(krippendorffAlphaFor(units, 'nominal'))!.toFixed(3)).toBe('0.743');
    expect(value(krippendorffAlphaFor(units, 'ordinal'))!.toFixed(3)).toBe('0.815');
    expect(value(krippendorffAlphaFor(units, 'interval'))!.toFixed(3)).toBe('0.849');
    expect(value(krippendorffAlphaFor(units, 'ratio'))!.toFixed(3)).toBe('0.797');
    expect(value(krippendorffAlphaFor(units, 'nominal'))).toBeCloseTo(value(krippendorffAlpha(units))!, 12);
  });

  it('refuses non-numeric values for the metrics that need numbers', () => {
    const units = table([
      ['a', 'b'],
      ['a', 'a'],
    ]);
    expect(() => krippendorffAlphaFor(units, 'interval')).toThrow(/numeric values/);
    expect(value(krippendorffAlphaFor(units, 'nominal'))).not.toBeNull();
  });

  it('Fleiss, Levin & Paik (2003), Statistical Methods for Rates and Proportions, §18.1: 100 subjects, three diagnoses → pₒ .89, pₑ .66, κ .68', () => {
    // Rater A in rows, rater B in columns: psychological, neurological, organic.
    const cells = [
      [75, 1, 4],
      [5, 4, 1],
      [0, 0, 10],
    ];
    const labels = ['psychological', 'neurological', 'organic'];
    const rows: ReliabilityUnit[] = cells.flatMap((row, a) =>
      row.map((weight, b) => ({ values: [labels[a]!, labels[b]!], weight })).filter((u) => u.weight > 0),
    );
    expect(value(percentAgreement(rows))).toBeCloseTo(0.89, 12);
    expect(value(cohensKappa(rows))).toBeCloseTo((0.89 - 0.66) / (1 - 0.66), 12);
    expect(value(cohensKappa(rows))!.toFixed(2)).toBe('0.68');
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

  fcTest.prop([fc.integer({ min: 2, max: 5 }).chain((k) => reliabilityTable(k))])(
    'the metric α with weights equals it over the expanded units, for every metric',
    (units) => {
      const numeric = units.map((u) => ({
        ...u,
        values: u.values.map((v) => (v === null ? null : String(v.charCodeAt(0) - 96))),
      }));
      for (const metric of ['nominal', 'ordinal', 'interval', 'ratio'] as const)
        same(krippendorffAlphaFor(numeric, metric), krippendorffAlphaFor(expand(numeric), metric));
    },
  );

  fcTest.prop([
    fc
      .integer({ min: 2, max: 5 })
      .chain((k) => fc.tuple(reliabilityTable(k), fc.array(fc.nat(), { minLength: k, maxLength: k }))),
  ])(
    'coder order does not matter: any permutation of the coders gives the same α and percent agreement',
    ([units, keys]) => {
      const order = keys
        .map((key, i) => [key, i] as const)
        .sort((a, b) => a[0] - b[0] || a[1] - b[1])
        .map(([, i]) => i);
      const permuted = units.map((u) => ({ ...u, values: order.map((i) => u.values[i]!) }));
      same(krippendorffAlpha(units), krippendorffAlpha(permuted));
      same(percentAgreement(units), percentAgreement(permuted));
    },
  );

  fcTest.prop([
    fc.integer({ min: 2, max: 5 }),
    fc.array(fc.constantFrom('a', 'b', 'c', 'd'), { minLength: 2, maxLength: 30 }),
  ])('perfect agreement gives 1 for α, kappa and percent agreement whenever the data vary', (coders, column) => {
    fc.pre(new Set(column).size >= 2);
    const units = column.map((v) => ({ values: Array.from({ length: coders }, () => v) }));
    expect(value(krippendorffAlpha(units))).toBeCloseTo(1, 12);
    expect(value(percentAgreement(units))).toBe(1);
    if (coders === 2) expect(value(cohensKappa(units))).toBeCloseTo(1, 12);
  });

  // Coders who code independently of each other agree only by chance, so kappa sits near 0 whatever
  // each coder's own distribution; α, which takes one pooled distribution as chance, sits near 0 when
  // the coders share it (coders with different marginals disagree systematically, and α rightly goes
  // below 0). With 20,000 units the standard error is under 0.01; the tolerance 0.04 is over four.
  fcTest.prop([fc.integer(), fc.array(fc.double({ min: 0.05, max: 1, noNaN: true }), { minLength: 6, maxLength: 6 })], {
    numRuns: 20,
  })('coders independent of each other give kappa and α ≈ 0 (20,000 units, |x| < 0.04)', (seed, shares) => {
    const random = mulberry32(seed);
    const pick = (p: readonly number[]) => {
      const total = p.reduce((a, b) => a + b, 0);
      let r = random() * total;
      for (let i = 0; i < p.length; i++) if ((r -= p[i]!) < 0) return 'abc'[i]!;
      return 'c';
    };
    const [first, second] = [shares.slice(0, 3), shares.slice(3)];
    const own = Array.from({ length: 20_000 }, () => ({ values: [pick(first), pick(second)] }));
    expect(Math.abs(value(cohensKappa(own))!)).toBeLessThan(0.04);
    const shared = Array.from({ length: 20_000 }, () => ({ values: [pick(first), pick(first), pick(first)] }));
    expect(Math.abs(value(krippendorffAlpha(shared))!)).toBeLessThan(0.04);
    expect(Math.abs(value(krippendorffAlphaFor(shared, 'nominal'))!)).toBeLessThan(0.04);
  });

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

/** A small seeded generator, so a failing independence run can be replayed from fast-check's seed. */
function mulberry32(seed: number): () => number {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}
