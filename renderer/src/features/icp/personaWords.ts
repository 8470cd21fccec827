/** Words for the two kinds of persona as the ICP screen names them (the personas feature keeps its own). */
import type { PersonaSummary } from '../../../../shared/domain/persona';

export const PERSONA_KIND_WORDS: Record<PersonaSummary['kind'], string> = {
  buyer: 'Buyer persona',
  user: 'User persona',
};
