/** quotes.*, from transcripts and from notes. */
import { AppError } from '../../../../shared/errors';
import type { quoteMethods } from '../../../../shared/ipc/contract/quotes';
import { toMatchQuery } from '../../repos/ftsQuery';
import { listQuoteCards } from '../../repos/quoteLibrary';
import { getQuote, quotesOfInterview } from '../../repos/quotes';
import * as quotes from '../../services/coding/quotes';
import { createQuoteFromNote } from '../../services/coding/quotes';
import type { HandlersOf } from '../types';

export const quoteHandlers: HandlersOf<typeof quoteMethods> = {
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
  'quotes.attribute': (i, env) => quotes.attributeQuote(env.project(), i.id, i.participantId),
  'quotes.createFromNote': (i, env) => createQuoteFromNote(env.project(), i),
};
