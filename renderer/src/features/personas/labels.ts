/** Words for persona kinds, tiers, confidence levels and the sections each kind of persona has. */
import {
  ATTRIBUTE_SECTIONS,
  BUYER_ONLY_SECTIONS,
  USER_ONLY_SECTIONS,
  type AttributeSection,
  type Confidence,
} from '../../../../shared/domain/persona';
import type { Tone } from '../../ui/Badge';

export const KIND_LABELS = { buyer: 'Buyer persona', user: 'User persona' } as const;

export function tierLabel(tier: number | null): string {
  return tier === null ? 'No tier' : `Tier ${tier}`;
}

export function sectionsFor(kind: 'buyer' | 'user'): AttributeSection[] {
  const skip = kind === 'buyer' ? USER_ONLY_SECTIONS : BUYER_ONLY_SECTIONS;
  return ATTRIBUTE_SECTIONS.filter((s) => !skip.includes(s));
}

/** Extra detail the template asks for in some sections. */
export const SECTION_DETAIL: Partial<Record<AttributeSection, { key: string; label: string }>> = {
  pain_points: { key: 'impact', label: 'Impact' },
  objections: { key: 'root_cause', label: 'Root cause' },
  goals: { key: 'success', label: 'What success looks like' },
};

export const DETAIL_LABELS: Record<string, string> = {
  impact: 'Impact',
  root_cause: 'Root cause',
  success: 'Success looks like',
  reach: 'Reach',
};

export function confidenceText(c: Confidence): { label: string; tone: Tone } {
  switch (c.level) {
    case 'assumption':
      return { label: `Assumption · ${c.score}`, tone: 'caution' };
    case 'low':
      return { label: `Low confidence · ${c.score}`, tone: 'neutral' };
    case 'medium':
      return { label: `Medium confidence · ${c.score}`, tone: 'info' };
    case 'high':
      return { label: `High confidence · ${c.score}`, tone: 'positive' };
  }
}
