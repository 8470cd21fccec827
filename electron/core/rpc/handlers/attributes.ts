/** attributes.*: a persona's cited statements; each returns the persona. */
import type { attributeMethods } from '../../../../shared/ipc/contract/attributes';
import * as attributes from '../../services/synthesis/attributes';
import * as personas from '../../services/synthesis/personas';
import { personaOf } from '../lookups';
import type { HandlersOf } from '../types';

export const attributeHandlers: HandlersOf<typeof attributeMethods> = {
  'attributes.add': (i, env) => {
    attributes.addAttribute(env.project(), i);
    return personas.getPersona(env.project(), i.personaId);
  },
  'attributes.update': (i, env) => {
    attributes.updateAttribute(env.project(), i.id, i.patch);
    return personas.getPersona(env.project(), personaOf(env, i.id));
  },
  'attributes.delete': (i, env) => {
    const personaId = personaOf(env, i.id);
    attributes.deleteAttribute(env.project(), i.id);
    return personas.getPersona(env.project(), personaId);
  },
};
