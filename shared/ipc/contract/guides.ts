/** Interview guides: ordered questions from the bank, duplicated, exported as Markdown. */
import { z } from 'zod';
import { Id, IdInput, patchOf } from '../../domain/common';
import { Guide, GuideFields, GuideItemInput } from '../../domain/guide';
import { method } from '../method';

const Items = z.array(z.union([z.object({ id: Id }), GuideItemInput])).max(200, 'A guide holds at most 200 questions.');

export const guideMethods = {
  'guides.list': method(z.object({}), z.array(Guide), { writes: false }),
  'guides.get': method(IdInput, Guide, { writes: false }),
  'guides.create': method(GuideFields.extend({ items: Items.default([]) }), Guide, { writes: true }),
  'guides.update': method(
    z.object({ id: Id, patch: patchOf(GuideFields).default({}), items: Items.optional() }),
    Guide,
    { writes: true },
  ),
  'guides.duplicate': method(IdInput, Guide, { writes: true }),
  'guides.delete': method(IdInput, z.object({ deleted: Id }), { writes: true }),
  'guides.exportMarkdown': method(IdInput, z.object({ markdown: z.string(), fileName: z.string() }), { writes: false }),
} as const;
