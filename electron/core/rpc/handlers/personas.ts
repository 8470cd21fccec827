/** personas.*. */
import type { personaMethods } from '../../../../shared/ipc/contract/personas';
import { personaDocument } from '../../services/export/personaDocument';
import { documentHtml } from '../../services/export/documentHtml';
import { documentMarkdown } from '../../services/export/documentMarkdown';
import { draftPersona } from '../../services/synthesis/draft';
import { markReviewed, reviewDiff } from '../../services/personaReviews';
import * as personas from '../../services/synthesis/personas';
import type { HandlersOf } from '../types';

const fileNameFor = (name: string, ext: string) => `${name.replace(/[\\/:*?"<>|]+/g, '-').trim() || 'persona'}.${ext}`;

export const personaHandlers: HandlersOf<typeof personaMethods> = {
  'personas.list': (_i, env) => personas.listPersonas(env.project()),
  'personas.get': (i, env) => personas.getPersona(env.project(), i.id),
  'personas.create': (i, env) => personas.createPersona(env.project(), i),
  'personas.update': (i, env) => personas.updatePersona(env.project(), i.id, i.patch),
  'personas.delete': (i, env) => personas.deletePersona(env.project(), i.id),
  'personas.draft': (i, env) => {
    const { proposed } = draftPersona(env.project(), i.id);
    return { proposed, persona: personas.getPersona(env.project(), i.id) };
  },
  'personas.setCheck': (i, env) => personas.setManualCheck(env.project(), i.id, i.key, i.done),
  'personas.exportMarkdown': (i, env) => {
    const p = personas.getPersona(env.project(), i.id);
    return {
      markdown: documentMarkdown(personaDocument(p, { includeProposed: i.includeProposed })),
      fileName: fileNameFor(p.name, 'md'),
    };
  },
  'personas.exportHtml': (i, env) => {
    const p = personas.getPersona(env.project(), i.id);
    return {
      html: documentHtml(personaDocument(p, { includeProposed: i.includeProposed })),
      fileName: fileNameFor(p.name, 'html'),
    };
  },
  'personas.reviewDiff': (i, env) => reviewDiff(env.project(), i.id),
  'personas.markReviewed': (i, env) => markReviewed(env.project(), i.id, i.note),
  'personas.thresholds': (_i, env) => personas.thresholds(env.project()),
  'personas.setThresholds': (i, env) => personas.setThresholds(env.project(), i),
};
