/** codings.*: tags applied to quotes. */
import type { codingMethods } from '../../../../shared/ipc/contract/codings';
import * as quotes from '../../services/coding/quotes';
import type { HandlersOf } from '../types';

export const codingHandlers: HandlersOf<typeof codingMethods> = {
  'codings.apply': (i, env) => quotes.applyTag(env.project(), i.quoteId, i.tagId, i.intensity, i.stance),
  'codings.setStance': (i, env) => quotes.setStance(env.project(), i.quoteId, i.tagId, i.stance),
  'codings.remove': (i, env) => quotes.removeTag(env.project(), i.quoteId, i.tagId),
  'codings.applyNewTag': (i, env) =>
    quotes.createTagAndApply(env.project(), i.quoteId, { name: i.name, kind: i.kind, parentId: i.parentId }),
};
