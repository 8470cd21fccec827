/** synthesis.*, personas.*, attributes.* and citations.*. */
import type { synthesisMethods } from '../../../../shared/ipc/contract/synthesis';
import { quoteCardsByIds } from '../../repos/quoteLibrary';
import { personaDocument } from '../../services/export/personaDocument';
import { documentHtml } from '../../services/export/documentHtml';
import { documentMarkdown } from '../../services/export/documentMarkdown';
import * as attributes from '../../services/synthesis/attributes';
import { draftPersona } from '../../services/synthesis/draft';
import { evidenceCount, rankedQuoteIds } from '../../repos/evidence';
import { evidenceMatrix } from '../../services/synthesis/matrix';
import { markReviewed, reviewDiff } from '../../services/personaReviews';
import { plannedMinimumsMissed } from '../../services/plans';
import { coOccurrence, saturation } from '../../services/synthesis/patterns';
import * as personas from '../../services/synthesis/personas';
import { rollup } from '../../services/synthesis/rollup';
import type { HandlerEnv, HandlersOf } from '../types';

const fileNameFor = (name: string, ext: string) => `${name.replace(/[\\/:*?"<>|]+/g, '-').trim() || 'persona'}.${ext}`;

export const synthesisHandlers: HandlersOf<typeof synthesisMethods> = {
  'synthesis.rollup': (i, env) => rollup(env.project().db, i.filters),
  'synthesis.evidence': (i, env) => {
    const db = env.project().db;
    const focus = { tagId: i.tagId, participantId: i.participantId, segmentId: i.segmentId, stance: i.stance };
    return {
      total: evidenceCount(db, i.filters, focus),
      items: quoteCardsByIds(db, rankedQuoteIds(db, i.filters, focus, i.limit, i.offset)),
    };
  },
  'synthesis.matrix': (i, env) => evidenceMatrix(env.project().db, i.filters, i.axis, i.kinds, i.window),
  'synthesis.cooccurrence': (i, env) => coOccurrence(env.project().db, i.filters, i.scope, i.limit),
  'synthesis.saturation': (i, env) => {
    const ctx = env.project();
    const result = saturation(ctx.db, i.filters, i.kind, i.window);
    return { ...result, belowPlan: plannedMinimumsMissed(ctx, i.filters) };
  },

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
  'citations.add': (i, env) => {
    attributes.cite(env.project(), i.attributeId, i.quoteId, i.polarity);
    return personas.getPersona(env.project(), personaOf(env, i.attributeId));
  },
  'citations.remove': (i, env) => {
    attributes.uncite(env.project(), i.attributeId, i.quoteId);
    return personas.getPersona(env.project(), personaOf(env, i.attributeId));
  },
};

function personaOf(env: HandlerEnv, attributeId: number): number {
  return attributes.personaIdOf(env.project(), attributeId);
}
