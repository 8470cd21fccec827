/** A citation's stance toward its claim (supports / contradicts), spelled once for the whole renderer. */
import type { Citation } from '../../../../shared/domain/persona';

export type Stance = Citation['polarity'];

export const STANCES: readonly Stance[] = ['supports', 'contradicts'];

/** The word, capitalised: "Supports" / "Contradicts". */
export const STANCE_WORD: Record<Stance, string> = { supports: 'Supports', contradicts: 'Contradicts' };

/** The word with its symbol, so a contradiction is told by shape and words, not colour only. */
export const STANCE_TAG: Record<Stance, string> = { supports: 'Supports', contradicts: '✕ Contradicts' };

/** Before a quote's words in a compact list: only a contradiction is announced. */
export const STANCE_PREFIX: Record<Stance, string> = { supports: '', contradicts: 'Contradicts: ' };

/** The class the styles key on: "is-supports" / "is-contradicts". */
export function stanceClass(stance: Stance): string {
  return `is-${stance}`;
}

export function contradicts(citation: { polarity: Stance }): boolean {
  return citation.polarity === 'contradicts';
}

export function countContradicting(citations: readonly { polarity: Stance }[]): number {
  return citations.filter(contradicts).length;
}
