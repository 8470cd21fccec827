/**
 * Intercoder agreement, computed as the methods literature defines it: percent agreement, Cohen's
 * kappa (two coders, Cohen 1960) and Krippendorff's alpha for nominal data (any number of coders,
 * missing values allowed; Krippendorff, "Computing Krippendorff's Alpha-Reliability", 2011). The
 * input is a reliability table: one row per unit, one value per coder (null where that coder gave
 * none), and a weight — how many identical units the row stands for, so a character-level table can
 * be passed as runs of characters instead of one row per character. Pure functions, no I/O.
 */

/** One unit (or a run of `weight` identical units): each coder's value, null when not coded. */
export interface ReliabilityUnit {
  values: readonly (string | null)[];
  weight?: number;
}

/** A coefficient, or why it is not defined for this data (never a silent NaN). */
export type Coefficient = { value: number } | { value: null; why: string };

const weightOf = (u: ReliabilityUnit) => u.weight ?? 1;

/**
 * The share of coder pairs that agree, over units coded by at least two coders: for two coders the
 * share of units where both gave the same value; for more, the mean over every pair of coders who
 * both coded the unit (each unit weighted by its weight).
 */
export function percentAgreement(units: readonly ReliabilityUnit[]): Coefficient {
  let agree = 0;
  let pairs = 0;
  for (const u of units) {
    const coded = u.values.filter((v): v is string => v !== null);
    if (coded.length < 2) continue;
    const w = weightOf(u);
    for (let i = 0; i < coded.length; i++)
      for (let j = i + 1; j < coded.length; j++) {
        pairs += w;
        if (coded[i] === coded[j]) agree += w;
      }
  }
  if (pairs === 0) return { value: null, why: 'No unit was coded by two coders.' };
  return { value: agree / pairs };
}

/**
 * Cohen's kappa for exactly two coders: κ = (pₒ − pₑ) / (1 − pₑ), pₑ from each coder's own marginal
 * distribution. Units either coder left uncoded are left out (kappa has no notion of missing data).
 */
export function cohensKappa(units: readonly ReliabilityUnit[]): Coefficient {
  if (units.some((u) => u.values.length !== 2)) throw new Error('Cohen’s kappa compares exactly two coders.');
  let n = 0;
  let agree = 0;
  const first = new Map<string, number>();
  const second = new Map<string, number>();
  for (const u of units) {
    const [a, b] = u.values;
    if (a === null || b === null) continue;
    const w = weightOf(u);
    n += w;
    if (a === b) agree += w;
    first.set(a!, (first.get(a!) ?? 0) + w);
    second.set(b!, (second.get(b!) ?? 0) + w);
  }
  if (n === 0) return { value: null, why: 'No unit was coded by both coders.' };
  let expected = 0;
  for (const [value, count] of first) expected += (count / n) * ((second.get(value) ?? 0) / n);
  if (expected >= 1)
    return { value: null, why: 'Both coders gave every unit the same single value, so chance agreement is total.' };
  return { value: (agree / n - expected) / (1 - expected) };
}

/**
 * Krippendorff's alpha, nominal metric: α = 1 − Dₒ / Dₑ, from the coincidence matrix. Each unit with
 * mᵤ ≥ 2 values contributes 1/(mᵤ − 1) for every ordered pair of its values; units with fewer values
 * are not pairable and are left out, as the definition says.
 */
export function krippendorffAlpha(units: readonly ReliabilityUnit[]): Coefficient {
  // Only the diagonal of the coincidence matrix and its marginals are needed for the nominal metric.
  const marginal = new Map<string, number>();
  let matching = 0; // Σ_c o_cc
  let n = 0; // total pairable values
  for (const u of units) {
    const counts = new Map<string, number>();
    let m = 0;
    for (const v of u.values) {
      if (v === null) continue;
      counts.set(v, (counts.get(v) ?? 0) + 1);
      m++;
    }
    if (m < 2) continue;
    const w = weightOf(u);
    n += m * w;
    for (const [value, count] of counts) {
      marginal.set(value, (marginal.get(value) ?? 0) + count * w);
      matching += (count * (count - 1) * w) / (m - 1);
    }
  }
  if (n === 0) return { value: null, why: 'No unit was coded by two coders.' };
  let sameByChance = 0; // Σ_c n_c (n_c − 1)
  for (const nc of marginal.values()) sameByChance += nc * (nc - 1);
  const observed = n - matching; // Σ_{c≠k} o_ck
  const expected = (n * n - n - sameByChance) / (n - 1); // Σ_{c≠k} n_c n_k / (n − 1)
  if (expected <= 0)
    return { value: null, why: 'Every value given is the same, so there is no variation to agree on.' };
  return { value: 1 - observed / expected };
}

/** The difference functions δ²(c, k) of Krippendorff (2011) for metric data. */
export type AlphaMetric = 'nominal' | 'ordinal' | 'interval' | 'ratio';

/**
 * Krippendorff's alpha for any metric: α = 1 − (n − 1) · Σ o_ck δ²_ck / Σ n_c n_k δ²_ck, over the full
 * coincidence matrix. Values must be numbers written as strings for the interval and ratio metrics;
 * the ordinal metric ranks values numerically (non-numeric values are refused rather than guessed at).
 * Nominal gives the same figure as `krippendorffAlpha`, which is kept for its cheaper arithmetic.
 */
export function krippendorffAlphaFor(units: readonly ReliabilityUnit[], metric: AlphaMetric): Coefficient {
  // Coincidences o_ck, keyed by value index; values sorted numerically when the metric needs numbers.
  const index = new Map<string, number>();
  const perUnit: { counts: Map<number, number>; m: number; w: number }[] = [];
  for (const u of units) {
    const counts = new Map<number, number>();
    let m = 0;
    for (const v of u.values) {
      if (v === null) continue;
      let i = index.get(v);
      if (i === undefined) index.set(v, (i = index.size));
      counts.set(i, (counts.get(i) ?? 0) + 1);
      m++;
    }
    if (m >= 2) perUnit.push({ counts, m, w: weightOf(u) });
  }
  const labels = [...index.keys()];
  const k = labels.length;
  const o = Array.from({ length: k }, () => new Float64Array(k));
  for (const { counts, m, w } of perUnit)
    for (const [c, nc] of counts)
      for (const [d, nd] of counts) o[c]![d]! += ((c === d ? nc * (nc - 1) : nc * nd) * w) / (m - 1);
  const marginal = o.map((row) => row.reduce((a, b) => a + b, 0));
  const n = marginal.reduce((a, b) => a + b, 0);
  if (n === 0) return { value: null, why: 'No unit was coded by two coders.' };
  const delta = differenceFunction(labels, marginal, metric);
  let observed = 0;
  let expected = 0;
  for (let c = 0; c < k; c++)
    for (let d = 0; d < k; d++) {
      if (c === d) continue;
      const dd = delta(c, d);
      observed += o[c]![d]! * dd;
      expected += marginal[c]! * marginal[d]! * dd;
    }
  if (expected <= 0)
    return { value: null, why: 'Every value given is the same, so there is no variation to agree on.' };
  return { value: 1 - ((n - 1) * observed) / expected };
}

function differenceFunction(
  labels: readonly string[],
  marginal: readonly number[],
  metric: AlphaMetric,
): (c: number, d: number) => number {
  if (metric === 'nominal') return () => 1;
  const numbers = labels.map((label) => {
    const x = Number(label);
    if (label.trim() === '' || !Number.isFinite(x))
      throw new Error(`Krippendorff’s ${metric} alpha needs numeric values; “${label}” is not a number.`);
    return x;
  });
  if (metric === 'interval') return (c, d) => (numbers[c]! - numbers[d]!) ** 2;
  if (metric === 'ratio')
    return (c, d) =>
      numbers[c]! + numbers[d]! === 0 ? 0 : ((numbers[c]! - numbers[d]!) / (numbers[c]! + numbers[d]!)) ** 2;
  // Ordinal: δ²_ck = (Σ_{g=c..k} n_g − (n_c + n_k)/2)², over values in rank order.
  const rank = labels.map((_, i) => i).sort((a, b) => numbers[a]! - numbers[b]!);
  const position = new Array<number>(labels.length);
  rank.forEach((label, r) => (position[label] = r));
  const cumulative = [0];
  for (const label of rank) cumulative.push(cumulative[cumulative.length - 1]! + marginal[label]!);
  return (c, d) => {
    const [lo, hi] = position[c]! < position[d]! ? [position[c]!, position[d]!] : [position[d]!, position[c]!];
    return (cumulative[hi + 1]! - cumulative[lo]! - (marginal[c]! + marginal[d]!) / 2) ** 2;
  };
}
