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
