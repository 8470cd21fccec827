/** Words for segment approaches and behaviour labels, from the framework's segmentation matrix. */
import type { Segment } from '../../../../shared/ipc/contract/segments';
import { BEHAVIOR_LABELS, BEHAVIORS, type Behavior } from '../../../../shared/domain/segmentRule';
import type { Choice } from '../../ui/Field';

export const APPROACH_LABELS: Record<Segment['approach'], string> = {
  manual: 'Hand-picked',
  demographic: 'Demographic (role, career stage)',
  firmographic: 'Firmographic (company traits)',
  behavioral: 'Behavioural (how they use the product)',
  needs: 'Needs-based (what they need)',
  value: 'Value-based (revenue, lifetime value)',
  psychographic: 'Psychographic (attitudes, values)',
};

export const APPROACH_SHORT: Record<Segment['approach'], string> = {
  manual: 'Hand-picked',
  demographic: 'Demographic',
  firmographic: 'Firmographic',
  behavioral: 'Behavioural',
  needs: 'Needs-based',
  value: 'Value-based',
  psychographic: 'Psychographic',
};

export function behaviorChoices(none = 'Not set'): Choice[] {
  return BEHAVIORS.map((b) => ({ value: b, label: b === '' ? none : BEHAVIOR_LABELS[b] }));
}

export const behaviorText = (b: Behavior) => (b === '' ? '' : BEHAVIOR_LABELS[b]);
