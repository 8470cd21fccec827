/** The ICP matrix through the contract: framework defaults, scoring companies, weights, disqualifiers. */
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import type { Criterion } from '../../shared/domain/icp';
import { makeCore, type TestCore } from '../support/core';

let t: TestCore;
beforeEach(async () => {
  t = await makeCore();
});
afterEach(() => t.close());

async function scoreAll(companyId: number, criteria: Criterion[], values: number[]) {
  for (const [i, c] of criteria.entries())
    await t.call('icp.score', { companyId, criterionId: c.id, score: values[i]! });
}

describe('ICP matrix', () => {
  it('starts with the framework matrix and scores companies into tiers; a weight change moves a tier', async () => {
    const { criteria, weightProblem } = await t.call('icp.matrix');
    expect(criteria.map((c) => c.weight)).toEqual([20, 15, 25, 20, 10, 10]);
    expect(weightProblem).toBeNull();
    const a = await t.call('companies.create', { name: 'Acme' });
    const b = await t.call('companies.create', { name: 'Beta' });
    const c = await t.call('companies.create', { name: 'Gamma' });
    await scoreAll(a.id, criteria, [5, 5, 5, 5, 5, 5]);
    await scoreAll(b.id, criteria, [5, 5, 5, 3, 1, 3]); // exactly 4.0
    await scoreAll(c.id, criteria, [1, 1, 3, 1, 5, 1]); // 1.9
    let m = await t.call('icp.matrix');
    const tier = (id: number) => m.rows.find((r) => r.companyId === id)!.result;
    expect(tier(a.id)).toMatchObject({ score: 5, tier: 'tier1' });
    expect(tier(b.id)).toMatchObject({ score: 4, tier: 'tier1' });
    expect(tier(c.id)).toMatchObject({ score: 1.9, tier: 'disqualified' });
    // Tech fit 10 → 20 and industry 20 → 10: Beta (tech fit 1) drops to tier 2.
    await t.call('icp.criteria.setWeights', {
      weights: criteria.map((x) => ({
        id: x.id,
        weight: x.name === 'Tech fit' ? 20 : x.name === 'Industry' ? 10 : x.weight,
      })),
    });
    m = await t.call('icp.matrix');
    expect(tier(b.id)).toMatchObject({ score: 3.6, tier: 'tier2' });
  });

  it('refuses weights that do not total 100% with the reason, and changes nothing', async () => {
    const { criteria } = await t.call('icp.matrix');
    await expect(
      t.call('icp.criteria.setWeights', { weights: criteria.map((x) => ({ id: x.id, weight: 20 })) }),
    ).rejects.toMatchObject({
      code: 'VALIDATION',
      message: expect.stringContaining('Weights add up to 120%; they must total 100% (remove 20 points).'),
    });
    expect((await t.call('icp.matrix')).criteria.map((c) => c.weight)).toEqual([20, 15, 25, 20, 10, 10]);
    await t.call('icp.criteria.update', { id: criteria[0]!.id, patch: { weight: 30 } });
    expect((await t.call('icp.matrix')).weightProblem).toMatch(/110%/);
    await expect(t.call('icp.score', { companyId: 1, criterionId: criteria[0]!.id, score: 7 })).rejects.toMatchObject({
      code: 'VALIDATION',
    });
  });

  it('a disqualifying criterion overrides the score', async () => {
    const { criteria } = await t.call('icp.matrix');
    const a = await t.call('companies.create', { name: 'Acme' });
    await scoreAll(a.id, criteria, [5, 5, 5, 5, 5, 5]);
    const statements = await t.call('icp.statements.add', {
      section: 'disqualifying',
      statement: 'Builds it in-house',
    });
    const dq = statements.find((s) => s.section === 'disqualifying')!;
    await t.call('icp.disqualify', { companyId: a.id, statementId: dq.id, on: true });
    const row = (await t.call('icp.matrix')).rows[0]!;
    expect(row.result).toMatchObject({ score: 5, tier: 'disqualified', disqualifiedBy: ['Builds it in-house'] });
    const firmo = (
      await t.call('icp.statements.add', { section: 'firmographics', statement: 'Logistics, 200–2,000 staff' })
    ).find((s) => s.section === 'firmographics')!;
    await expect(t.call('icp.disqualify', { companyId: a.id, statementId: firmo.id, on: true })).rejects.toMatchObject({
      code: 'VALIDATION',
    });
  });
});
