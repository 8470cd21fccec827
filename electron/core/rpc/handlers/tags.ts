/** tags.*: the codebook. */
import type { tagMethods } from '../../../../shared/ipc/contract/tags';
import { listTags } from '../../repos/tags';
import { addDefaultCodebook, exportCodebookCsv, importCodebookCsv } from '../../services/coding/codebook';
import * as tags from '../../services/coding/tags';
import type { HandlersOf } from '../types';

export const tagHandlers: HandlersOf<typeof tagMethods> = {
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
};
