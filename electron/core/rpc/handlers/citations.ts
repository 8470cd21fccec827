/** citations.*: the quotes a persona attribute cites; each returns the persona. */
import type { citationMethods } from '../../../../shared/ipc/contract/citations';
import * as attributes from '../../services/synthesis/attributes';
import * as personas from '../../services/synthesis/personas';
import { personaOf } from '../lookups';
import type { HandlersOf } from '../types';

export const citationHandlers: HandlersOf<typeof citationMethods> = {
  'citations.add': (i, env) => {
    attributes.cite(env.project(), i.attributeId, i.quoteId, i.polarity);
    return personas.getPersona(env.project(), personaOf(env, i.attributeId));
  },
  'citations.remove': (i, env) => {
    attributes.uncite(env.project(), i.attributeId, i.quoteId);
    return personas.getPersona(env.project(), personaOf(env, i.attributeId));
  },
};
