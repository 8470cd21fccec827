/** The rule builder's editable form of a rule: free-text values stay as typed until they are split. */
import {
  RULE_ATTRIBUTE_SPECS,
  SegmentRule,
  type RuleAttribute,
  type RuleCondition,
  type RuleOperator,
} from '../../../../shared/domain/segmentRule';

export interface DraftCondition {
  key: number;
  attribute: RuleAttribute;
  operator: RuleOperator;
  /** Chosen values for attributes with fixed choices. */
  values: string[];
  /** Typed words for free-text attributes, comma-separated. */
  text: string;
}

let nextKey = 1;

export function newCondition(attribute: RuleAttribute, values: string[] = []): DraftCondition {
  return { key: nextKey++, attribute, operator: RULE_ATTRIBUTE_SPECS[attribute].operators[0]!, values, text: '' };
}

export function fromRule(rule: SegmentRule): DraftCondition[] {
  return rule.all.map((c) => ({
    key: nextKey++,
    attribute: c.attribute,
    operator: c.operator,
    values: RULE_ATTRIBUTE_SPECS[c.attribute].choices ? c.values : [],
    text: RULE_ATTRIBUTE_SPECS[c.attribute].choices ? '' : c.values.join(', '),
  }));
}

export function toConditions(draft: DraftCondition[]): RuleCondition[] {
  return draft.map((c) => ({
    attribute: c.attribute,
    operator: c.operator,
    values: RULE_ATTRIBUTE_SPECS[c.attribute].choices
      ? c.values
      : c.text
          .split(',')
          .map((v) => v.trim())
          .filter(Boolean),
  }));
}

/** The rule, or the problem with each condition (by index) in words. */
export function checkDraft(draft: DraftCondition[]): { rule: SegmentRule | null; problems: Map<number, string> } {
  const parsed = SegmentRule.safeParse({ all: toConditions(draft) });
  if (parsed.success) return { rule: parsed.data, problems: new Map() };
  const problems = new Map<number, string>();
  for (const issue of parsed.error.issues) {
    const index = issue.path[0] === 'all' && typeof issue.path[1] === 'number' ? issue.path[1] : -1;
    if (!problems.has(index)) problems.set(index, issue.message);
  }
  return { rule: null, problems };
}

export function sameRule(a: SegmentRule, b: SegmentRule | null): boolean {
  return b !== null && JSON.stringify(a) === JSON.stringify(b);
}
