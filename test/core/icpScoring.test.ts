/** ICP scoring arithmetic against hand-computed examples, including tier boundaries. */
import { describe, expect, it } from 'vitest';
import { DEFAULT_CRITERIA, scoreCompany, sensitivity, tierFor, weightProblem } from '../../shared/domain/icp';

// The framework's matrix: industry 20, size 15, pain 25, budget 20, tech 10, champion 10.
const criteria = DEFAULT_CRITERIA.map((c, i) => ({ id: i + 1, weight: c.weight }));
const scores = (...s: number[]) => s.map((score, i) => ({ criterionId: i + 1, score }));

describe('ICP scoring', () => {
  it('starts from the framework weights, which total 100%', () => {
    expect(DEFAULT_CRITERIA.map((c) => [c.name, c.weight])).toEqual([
      ['Industry', 20],
      ['Company size', 15],
      ['Pain intensity', 25],
      ['Budget', 20],
      ['Tech fit', 10],
      ['Champion', 10],
    ]);
    expect(weightProblem(criteria)).toBeNull();
  });

  it('computes the weighted score by hand-checked examples', () => {
    // All ideal: 5.0, tier 1.
    expect(scoreCompany(criteria, scores(5, 5, 5, 5, 5, 5))).toMatchObject({ score: 5, tier: 'tier1' });
    // 0.20*5 + 0.15*3 + 0.25*5 + 0.20*3 + 0.10*1 + 0.10*3 = 1 + .45 + 1.25 + .6 + .1 + .3 = 3.70 → tier 2
    expect(scoreCompany(criteria, scores(5, 3, 5, 3, 1, 3))).toMatchObject({ score: 3.7, tier: 'tier2' });
    // 0.20*1 + 0.15*1 + 0.25*3 + 0.20*1 + 0.10*5 + 0.10*1 = .2 + .15 + .75 + .2 + .5 + .1 = 1.90 → disqualify
    expect(scoreCompany(criteria, scores(1, 1, 3, 1, 5, 1))).toMatchObject({ score: 1.9, tier: 'disqualified' });
  });

  it('puts the boundaries 2.0, 3.0 and 4.0 in the higher tier', () => {
    expect(tierFor(4.0)).toBe('tier1');
    expect(tierFor(3.99)).toBe('tier2');
    expect(tierFor(3.0)).toBe('tier2');
    expect(tierFor(2.99)).toBe('tier3');
    expect(tierFor(2.0)).toBe('tier3');
    expect(tierFor(1.99)).toBe('disqualified');
    // Exactly 3.0 by arithmetic: all "good".
    expect(scoreCompany(criteria, scores(3, 3, 3, 3, 3, 3))).toMatchObject({ score: 3, tier: 'tier2' });
    // Exactly 4.0: 0.2*5+0.15*5+0.25*3+0.2*5+0.1*3+0.1*1 = 1+.75+.75+1+.3+.1 = 3.9 → tier 2; swap champion to 3 → 4.1
    expect(scoreCompany(criteria, scores(5, 5, 3, 5, 3, 1))).toMatchObject({ score: 3.9, tier: 'tier2' });
    expect(scoreCompany(criteria, scores(5, 5, 3, 5, 5, 1))).toMatchObject({ score: 4.1, tier: 'tier1' });
    // Exactly 2.0: all 1 except pain 5 (0.25*5=1.25) → .2+.15+1.25+.2+.1+.1 = 2.0
    expect(scoreCompany(criteria, scores(1, 1, 5, 1, 1, 1))).toMatchObject({ score: 2, tier: 'tier3' });
  });

  it('refuses weights that do not total 100% with a clear message, and gives no score', () => {
    const off = criteria.map((c) => (c.id === 1 ? { ...c, weight: 30 } : c));
    expect(weightProblem(off)).toBe('Weights add up to 110%; they must total 100% (remove 10 points).');
    expect(weightProblem(criteria.slice(1))).toBe('Weights add up to 80%; they must total 100% (add 20 points).');
    expect(scoreCompany(off, scores(5, 5, 5, 5, 5, 5))).toMatchObject({ score: null, tier: null });
  });

  it('lets a disqualifying criterion override any score', () => {
    const r = scoreCompany(criteria, scores(5, 5, 5, 5, 5, 5), ['Already solved in-house']);
    expect(r).toMatchObject({ score: 5, tier: 'disqualified', disqualifiedBy: ['Already solved in-house'] });
  });

  it('reports missing scores instead of guessing', () => {
    const r = scoreCompany(criteria, scores(5, 5, 5));
    expect(r).toMatchObject({ score: null, tier: null, scored: 3, missing: [4, 5, 6] });
  });

  it('shows which weight moves of ±10 points would change the tier', () => {
    // 3.7 tier 2; pain (25→35) with pain=5 lifts the score; industry (20→10) with 5 lowers it.
    const s = sensitivity(criteria, scores(5, 3, 5, 3, 1, 3));
    const pain = s.find((x) => x.criterionId === 3)!;
    expect(pain.up).toBe('tier2'); // 3.7 + 0.1*(5-3.63…) stays below 4
    const heavy = sensitivity(criteria, scores(5, 5, 5, 3, 3, 3));
    // 0.2*5+.15*5+.25*5+.2*3+.1*3+.1*3 = 1+.75+1.25+.6+.3+.3 = 4.2 → tier 1; budget +10 (3s weigh more) → below 4?
    expect(scoreCompany(criteria, scores(5, 5, 5, 3, 3, 3)).tier).toBe('tier1');
    const budget = heavy.find((x) => x.criterionId === 4)!;
    // Budget 30, others scaled by 70/80: 0.875*(1+.75+1.25+.3+.3) + .3*3 = 0.875*3.6 + .9 = 3.15 + .9 = 4.05 → tier 1
    expect(budget.up).toBe('tier1');
    const tech = heavy.find((x) => x.criterionId === 5)!;
    // Tech 20, others ×80/90: (1+.75+1.25+.6+.3)*8/9 + .2*3 = 3.9*0.8889 + .6 = 3.467 + .6 = 4.07 → tier 1
    expect(tech.up).toBe('tier1');
    const pain2 = heavy.find((x) => x.criterionId === 3)!;
    // Pain 15, others ×85/75: (1+.75+.6+.3+.3)*85/75 + .15*5 = 2.95*1.1333 + .75 = 3.343 + .75 = 4.09 → tier 1
    expect(pain2.down).toBe('tier1');
    // On the boundary: 1+.75+1.25+.6+.1+.3 = 4.00 (tier 1). Tech fit scores 1: +10 points of weight on it
    // gives 3.9×80/90 + 0.2×1 = 3.67 (tier 2); −10 gives 3.9×100/90 = 4.33 (still tier 1).
    const edge = sensitivity(criteria, scores(5, 5, 5, 3, 1, 3)).find((x) => x.criterionId === 5)!;
    expect(scoreCompany(criteria, scores(5, 5, 5, 3, 1, 3))).toMatchObject({ score: 4, tier: 'tier1' });
    expect(edge).toEqual({ criterionId: 5, up: 'tier2', down: 'tier1' });
  });
});
