/** Words and tones for tiers and scores on the ICP screen. */
import type { Tier } from '../../../../shared/domain/icp';
import type { Tone } from '../../ui/Badge';

export const TIER_SHORT: Record<Tier, string> = {
  tier1: 'Tier 1',
  tier2: 'Tier 2',
  tier3: 'Tier 3',
  disqualified: 'Disqualified',
};
export const TIER_TONE: Record<Tier, Tone> = {
  tier1: 'positive',
  tier2: 'info',
  tier3: 'caution',
  disqualified: 'negative',
};

/** The framework's anchors are 5, 3 and 1; 4 and 2 sit between them. */
export function scoreMeaning(score: number): string {
  switch (score) {
    case 5:
      return 'ideal';
    case 4:
      return 'between ideal and good';
    case 3:
      return 'good';
    case 2:
      return 'between good and poor';
    default:
      return 'poor';
  }
}

export function formatScore(score: number): string {
  return score.toFixed(2);
}
