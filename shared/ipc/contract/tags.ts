/** The codebook: tags, their hierarchy, pins and CSV exchange. */
import { z } from 'zod';
import { Id, patchOf } from '../../domain/common';
import { Tag, TagFields } from '../../domain/tag';
import { method } from '../method';

export const tagMethods = {
  'tags.list': method(z.object({}), z.array(Tag), { writes: false }),
  'tags.create': method(TagFields, Tag, { writes: true }),
  'tags.update': method(z.object({ id: Id, patch: patchOf(TagFields) }), Tag, { writes: true }),
  'tags.move': method(
    z.object({ id: Id, parentId: Id.nullable(), position: z.number().int().nonnegative().optional() }),
    Tag,
    {
      writes: true,
    },
  ),
  'tags.merge': method(z.object({ sourceId: Id, targetId: Id }), Tag, { writes: true }),
  'tags.archive': method(z.object({ id: Id, archived: z.boolean() }), Tag, { writes: true }),
  'tags.pin': method(z.object({ id: Id, slot: z.number().int().min(1).max(9).nullable() }), Tag, { writes: true }),
  'tags.addDefaults': method(z.object({}), z.object({ created: z.number().int().nonnegative() }), { writes: true }),
  'tags.exportCsv': method(z.object({}), z.object({ csv: z.string() }), { writes: false }),
  'tags.importCsv': method(
    z.object({ csv: z.string().max(5 * 1024 * 1024) }),
    z.object({ created: z.number().int(), updated: z.number().int() }),
    { writes: true },
  ),
} as const;
