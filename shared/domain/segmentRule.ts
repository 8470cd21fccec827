/**
 * A segment's rule: all-of conditions over participant and company attributes, validated with
 * messages a researcher can act on, and the pure matcher that both the core and the UI use.
 */
import { z } from 'zod';
import {
  BUYING_PROCESSES,
  CAREER_STAGES,
  CHOICE_LABELS,
  CONSENT_STATES,
  GROWTH_STAGES,
  INFRASTRUCTURES,
  TECH_MATURITIES,
} from './framework';

/** Behavioural labels from the framework's behavioural segmentation template ('' = not set). */
export const BEHAVIORS = ['', 'power', 'regular', 'at_risk', 'new'] as const;
export type Behavior = (typeof BEHAVIORS)[number];

export const BEHAVIOR_LABELS: Record<Behavior, string> = {
  '': 'Not set',
  power: 'Power user',
  regular: 'Regular user',
  at_risk: 'At-risk user',
  new: 'New user',
};

/** One line each, in our words, so a label means the same thing to everyone on the study. */
export const BEHAVIOR_EXPLANATIONS: Record<Exclude<Behavior, ''>, string> = {
  power: 'Uses the product daily and across many features; likely to expand and to advocate.',
  regular: 'Uses it weekly for the core features; steady, predictable.',
  at_risk: 'Use is sporadic or falling; a churn risk worth reaching out to.',
  new: 'Still onboarding; how they will use it is not known yet.',
};

export const RULE_OPERATORS = ['in', 'contains'] as const;
export type RuleOperator = (typeof RULE_OPERATORS)[number];

export const RULE_ATTRIBUTES = [
  'role',
  'careerStage',
  'behavior',
  'consent',
  'industry',
  'employeeRange',
  'geography',
  'growthStage',
  'infrastructure',
  'techMaturity',
  'buyingProcess',
] as const;
export type RuleAttribute = (typeof RULE_ATTRIBUTES)[number];

export interface RuleAttributeSpec {
  label: string;
  of: 'participant' | 'company';
  /** Allowed operators, the first is the default. */
  operators: readonly RuleOperator[];
  /** Fixed choices for 'in'; free text (matched ignoring case) when absent. */
  choices?: readonly string[];
}

export const RULE_ATTRIBUTE_SPECS: Record<RuleAttribute, RuleAttributeSpec> = {
  role: { label: 'Role', of: 'participant', operators: ['contains', 'in'] },
  careerStage: { label: 'Career stage', of: 'participant', operators: ['in'], choices: CAREER_STAGES },
  behavior: { label: 'Behaviour', of: 'participant', operators: ['in'], choices: BEHAVIORS },
  consent: { label: 'Consent', of: 'participant', operators: ['in'], choices: CONSENT_STATES },
  industry: { label: 'Company industry', of: 'company', operators: ['in', 'contains'] },
  employeeRange: { label: 'Company size', of: 'company', operators: ['in'] },
  geography: { label: 'Company geography', of: 'company', operators: ['in', 'contains'] },
  growthStage: { label: 'Company growth stage', of: 'company', operators: ['in'], choices: GROWTH_STAGES },
  infrastructure: { label: 'Company infrastructure', of: 'company', operators: ['in'], choices: INFRASTRUCTURES },
  techMaturity: { label: 'Company tech maturity', of: 'company', operators: ['in'], choices: TECH_MATURITIES },
  buyingProcess: { label: 'Company buying process', of: 'company', operators: ['in'], choices: BUYING_PROCESSES },
};

export const OPERATOR_LABELS: Record<RuleOperator, string> = { in: 'is one of', contains: 'contains' };

/** How a choice value reads on screen. */
export function choiceText(attribute: RuleAttribute, value: string): string {
  if (attribute === 'behavior') return BEHAVIOR_LABELS[value as Behavior] ?? value;
  if (RULE_ATTRIBUTE_SPECS[attribute].choices) return CHOICE_LABELS[value] ?? value;
  return value;
}

export const RuleCondition = z
  .object({
    attribute: z.enum(RULE_ATTRIBUTES, { message: 'Choose what the condition looks at.' }),
    operator: z.enum(RULE_OPERATORS, { message: 'Choose "is one of" or "contains".' }),
    values: z
      .array(z.string().trim().max(200, 'A value must be at most 200 characters.'))
      .max(50, 'A condition takes at most 50 values.'),
  })
  .superRefine((c, ctx) => {
    const spec = RULE_ATTRIBUTE_SPECS[c.attribute];
    if (!spec.operators.includes(c.operator)) {
      ctx.addIssue({
        code: 'custom',
        path: ['operator'],
        message: `${spec.label} can only be matched with "${spec.operators.map((o) => OPERATOR_LABELS[o]).join('" or "')}".`,
      });
    }
    const values = spec.choices ? c.values : c.values.filter((v) => v !== '');
    if (values.length === 0) {
      ctx.addIssue({
        code: 'custom',
        path: ['values'],
        message:
          c.operator === 'contains'
            ? `${spec.label}: type the words to look for.`
            : `${spec.label}: choose at least one value.`,
      });
    }
    if (spec.choices) {
      const unknown = c.values.filter((v) => !spec.choices!.includes(v));
      if (unknown.length)
        ctx.addIssue({ code: 'custom', path: ['values'], message: `${spec.label} has no value "${unknown[0]}".` });
    }
  });
export type RuleCondition = z.infer<typeof RuleCondition>;

/** All conditions must hold. An empty rule matches nobody (a segment without a rule is filled by hand). */
export const SegmentRule = z.object({
  all: z.array(RuleCondition).max(20, 'A rule takes at most 20 conditions.').default([]),
});
export type SegmentRule = z.output<typeof SegmentRule>;

/** Stored rules: '{}' (the column default) reads as an empty rule. */
export function parseStoredRule(json: string): SegmentRule {
  const parsed = SegmentRule.safeParse(JSON.parse(json || '{}'));
  return parsed.success ? parsed.data : { all: [] };
}

/** What a rule is evaluated against: one participant and their company (null fields when no company). */
export interface RuleFacts {
  role: string;
  careerStage: string;
  behavior: string;
  consent: string;
  industry: string | null;
  employeeRange: string | null;
  geography: string | null;
  growthStage: string | null;
  infrastructure: string | null;
  techMaturity: string | null;
  buyingProcess: string | null;
}

const fold = (s: string) => s.trim().toLocaleLowerCase('en');

export function conditionHolds(c: RuleCondition, facts: RuleFacts): boolean {
  const raw = facts[c.attribute];
  // A company condition never holds for someone without a company.
  if (raw === null) return false;
  const spec = RULE_ATTRIBUTE_SPECS[c.attribute];
  if (spec.choices) return c.values.includes(raw);
  const have = fold(raw);
  const wanted = c.values.map(fold).filter((v) => v !== '');
  return c.operator === 'contains' ? wanted.some((w) => have.includes(w)) : wanted.includes(have);
}

export function ruleMatches(rule: SegmentRule, facts: RuleFacts): boolean {
  return rule.all.length > 0 && rule.all.every((c) => conditionHolds(c, facts));
}

/** "Company industry is one of Logistics, Retail": for previews and the audit trail. */
export function describeCondition(c: RuleCondition): string {
  const spec = RULE_ATTRIBUTE_SPECS[c.attribute];
  const values = c.values.map((v) => (spec.choices ? choiceText(c.attribute, v) : `“${v}”`));
  return `${spec.label} ${OPERATOR_LABELS[c.operator]} ${values.join(c.operator === 'contains' ? ' or ' : ', ')}`;
}
