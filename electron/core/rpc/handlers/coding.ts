/** tags.*, quotes.*, codings.*, transcripts.editTurn and history.*. */
import { AppError } from '../../../../shared/errors';
import type { codingMethods } from '../../../../shared/ipc/contract/coding';
import { isEntityKind } from '../../../../shared/ipc/events';
import { mapSpeaker } from '../../services/coding/speakers';
import { historyState, step } from '../../history/undo';
import { toMatchQuery } from '../../repos/ftsQuery';
import { listQuoteCards } from '../../repos/quoteLibrary';
import { getQuote, quotesOfInterview } from '../../repos/quotes';
import { listTags } from '../../repos/tags';
import { addDefaultCodebook, exportCodebookCsv, importCodebookCsv } from '../../services/coding/codebook';
import * as quotes from '../../services/coding/quotes';
import * as tags from '../../services/coding/tags';
import type { ProjectContext } from '../../context';
import type { HandlersOf } from '../types';

function afterStep(ctx: ProjectContext, kinds: string[]): void {
  // An undo re-emits the kinds its step recorded when the service did the write (the services stay
  // the only source of "what changed"); a kind no longer in ENTITY_KINDS (an old log) is dropped.
  for (const kind of new Set([...kinds.filter(isEntityKind), 'history' as const])) {
    ctx.emit('entities.changed', { kind, ids: [] });
  }
}

export const codingHandlers: HandlersOf<typeof codingMethods> = {
  'tags.list': (_i, env) => listTags(env.project().db),
  'tags.create': (i, env) => tags.createTag(env.project(), i),
  'tags.update': (i, env) => tags.updateTag(env.project(), i.id, i.patch),
  'tags.move': (i, env) => tags.moveTag(env.project(), i.id, i.parentId, i.position),
  'tags.merge': async (i, env) => {
    await env.session.backupBefore('before-merge');
    return tags.mergeTags(env.project(), i.sourceId, i.targetId);
  },
  'tags.archive': (i, env) => tags.archiveTag(env.project(), i.id, i.archived),
  'tags.pin': (i, env) => tags.pinTag(env.project(), i.id, i.slot),
  'tags.addDefaults': (_i, env) => addDefaultCodebook(env.project()),
  'tags.exportCsv': (_i, env) => ({ csv: exportCodebookCsv(env.project()) }),
  'tags.importCsv': async (i, env) => {
    await env.session.backupBefore('before-merge');
    return importCodebookCsv(env.project(), i.csv);
  },

  'quotes.forInterview': (i, env) => quotesOfInterview(env.project().db, i.interviewId),
  'quotes.get': (i, env) => {
    const q = getQuote(env.project().db, i.id);
    if (!q) throw new AppError('NOT_FOUND', 'That quote no longer exists.');
    return q;
  },
  'quotes.list': (i, env) => listQuoteCards(env.project().db, i, i.text ? toMatchQuery(i.text) : ''),
  'quotes.create': (i, env) => quotes.createQuote(env.project(), i),
  'quotes.resize': (i, env) => quotes.resizeQuote(env.project(), i.id, i.start, i.end),
  'quotes.update': (i, env) => quotes.updateQuote(env.project(), i.id, i.patch),
  'quotes.delete': (i, env) => quotes.deleteQuote(env.project(), i.id),
  'codings.apply': (i, env) => quotes.applyTag(env.project(), i.quoteId, i.tagId, i.intensity, i.stance),
  'codings.setStance': (i, env) => quotes.setStance(env.project(), i.quoteId, i.tagId, i.stance),
  'quotes.attribute': (i, env) => quotes.attributeQuote(env.project(), i.id, i.participantId),
  'codings.remove': (i, env) => quotes.removeTag(env.project(), i.quoteId, i.tagId),
  'codings.applyNewTag': (i, env) =>
    quotes.createTagAndApply(env.project(), i.quoteId, { name: i.name, kind: i.kind, parentId: i.parentId }),
  'transcripts.mapSpeaker': (i, env) => mapSpeaker(env.project(), i),
  'transcripts.editTurn': (i, env) =>
    quotes.editTurn(env.project(), i.segmentId, {
      ...(i.text !== undefined ? { text: i.text } : {}),
      ...(i.speakerId !== undefined ? { speakerId: i.speakerId } : {}),
    }),

  'history.state': (_i, env) => historyState(env.project().db),
  'history.undo': (_i, env) => {
    const ctx = env.project();
    const done = step(ctx, 'undo');
    afterStep(ctx, done.kinds);
    return { ...historyState(ctx.db), undone: done.label };
  },
  'history.redo': (_i, env) => {
    const ctx = env.project();
    const done = step(ctx, 'redo');
    afterStep(ctx, done.kinds);
    return { ...historyState(ctx.db), redone: done.label };
  },
};
