/** guides.*: interview guides. */
import { AppError } from '../../../../shared/errors';
import type { guideMethods } from '../../../../shared/ipc/contract/guides';
import { getGuide, listGuides } from '../../repos/guides';
import * as guides from '../../services/guides/guides';
import type { HandlersOf } from '../types';

export const guideHandlers: HandlersOf<typeof guideMethods> = {
  'guides.list': (_i, env) => listGuides(env.project().db),
  'guides.get': (i, env) => {
    const g = getGuide(env.project().db, i.id);
    if (!g) throw new AppError('NOT_FOUND', 'That guide no longer exists.');
    return g;
  },
  'guides.create': (i, env) => guides.createGuide(env.project(), { name: i.name, description: i.description }, i.items),
  'guides.update': (i, env) => guides.updateGuide(env.project(), i.id, i.patch, i.items),
  'guides.duplicate': (i, env) => guides.duplicateGuide(env.project(), i.id),
  'guides.delete': (i, env) => guides.deleteGuide(env.project(), i.id),
  'guides.exportMarkdown': (i, env) => {
    const g = getGuide(env.project().db, i.id);
    if (!g) throw new AppError('NOT_FOUND', 'That guide no longer exists.');
    const fileName = `${g.name.replace(/[\\/:*?"<>|]+/g, '-').trim() || 'guide'}.md`;
    return { markdown: guides.guideMarkdown(g), fileName };
  },
};
