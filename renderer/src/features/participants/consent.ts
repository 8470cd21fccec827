/** How consent reads as a badge: colour follows whether quotes may be used. */
import type { Participant } from '../../../../shared/domain/participant';
import type { Tone } from '../../ui/Badge';

export const CONSENT_TONE: Record<Participant['consent'], Tone> = {
  pending: 'caution',
  verbal: 'positive',
  written: 'positive',
  declined: 'negative',
  withdrawn: 'negative',
};
