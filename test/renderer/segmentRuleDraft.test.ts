/** The rule builder's draft in jsdom: typed words split on commas, per-condition messages, round trip to a stored rule. */
import { describe, expect, it } from 'vitest';
import { ruleMatches, type RuleFacts } from '../../shared/domain/segmentRule';
import { checkDraft, fromRule, newCondition, sameRule } from '../../renderer/src/features/segments/ruleDraft';

const facts = (over: Partial<RuleFacts>): RuleFacts => ({
  role: '',
  careerStage: '',
  behavior: '',
  consent: 'written',
  industry: null,
  employeeRange: null,
  geography: null,
  growthStage: null,
  infrastructure: null,
  techMaturity: null,
  buyingProcess: null,
  ...over,
});

describe('rule draft', () => {
  it('splits typed words on commas and says what each condition still needs', () => {
    const industry = { ...newCondition('industry'), operator: 'contains' as const, text: ' freight ,, logistics ' };
    const stage = newCondition('careerStage');
    const { rule, problems } = checkDraft([industry, stage]);
    expect(rule).toBeNull();
    expect([...problems.entries()]).toEqual([[1, 'Career stage: choose at least one value.']]);

    const ok = checkDraft([industry, { ...stage, values: ['director', 'vp'] }]);
    expect(ok.rule).toEqual({
      all: [
        { attribute: 'industry', operator: 'contains', values: ['freight', 'logistics'] },
        { attribute: 'careerStage', operator: 'in', values: ['director', 'vp'] },
      ],
    });
    expect(sameRule(ok.rule!, checkDraft(fromRule(ok.rule!)).rule)).toBe(true);
  });

  it('matches all conditions, ignoring case in words, and never a company condition without a company', () => {
    const { rule } = checkDraft([
      { ...newCondition('industry'), operator: 'contains', text: 'LOGISTICS' },
      newCondition('behavior', ['power', 'regular']),
    ]);
    expect(ruleMatches(rule!, facts({ industry: 'Logistics & freight', behavior: 'power' }))).toBe(true);
    expect(ruleMatches(rule!, facts({ industry: 'Logistics & freight', behavior: 'new' }))).toBe(false);
    expect(ruleMatches(rule!, facts({ behavior: 'power' }))).toBe(false);
    expect(ruleMatches({ all: [] }, facts({}))).toBe(false);
  });
});
