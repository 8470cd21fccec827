/** The default codebook and codebook CSV import/export. */
import Papa from 'papaparse';
import defaults from '../../../../resources/default-codebook.json';
import { TAG_KINDS, TagFields, type TagKind } from '../../../../shared/domain/tag';
import { AppError } from '../../../../shared/errors';
import type { ProjectContext } from '../../context';
import { ChangeSet } from '../../history/changeSet';
import { undoable } from '../../history/undo';
import { findTagByName, listTags } from '../../repos/tags';
import { insertTag } from './tags';

interface SeedTag {
  name: string;
  kind: string;
  definition: string;
  children?: SeedTag[];
}

/**
 * Adds the framework's codebook, skipping tags that already exist. From the Codebook screen it is one
 * undoable step; when a new project is created it is part of creating it (`asStep: false`).
 */
export function addDefaultCodebook(ctx: ProjectContext, asStep = true): { created: number } {
  let created = 0;
  const seed = (c: ChangeSet) => {
    const walk = (tags: SeedTag[], parentId: number | null) => {
      for (const t of tags) {
        const existing = findTagByName(ctx.db, parentId, t.name);
        const id =
          existing?.id ??
          insertTag(ctx, c, TagFields.parse({ name: t.name, kind: t.kind, parentId, definition: t.definition }));
        if (!existing) created++;
        if (t.children) walk(t.children, id);
      }
    };
    walk((defaults as { tags: SeedTag[] }).tags, null);
  };
  if (asStep) undoable(ctx, { label: 'Add the default codebook', action: 'seed', entity: 'tag', kinds: ['tag'] }, seed);
  else ctx.db.transaction(() => seed(new ChangeSet(ctx.db)))();
  ctx.emit('entities.changed', { kind: 'tag', ids: [] });
  return { created };
}

const COLUMNS = ['path', 'kind', 'colour', 'definition', 'examples', 'archived'] as const;

/** One row per tag; `path` is "Parent / Child" so the hierarchy survives a spreadsheet round trip. */
export function exportCodebookCsv(ctx: ProjectContext): string {
  const rows = listTags(ctx.db).map((t) => [
    t.path,
    t.kind,
    t.colour,
    t.definition,
    t.examples,
    t.archived ? 'yes' : 'no',
  ]);
  // A BOM so spreadsheet software reads UTF-8; CRLF is what they expect.
  return `\ufeff${Papa.unparse({ fields: [...COLUMNS], data: rows }, { newline: '\r\n' })}`;
}

/**
 * Reads a codebook CSV: creates missing tags along each path and updates kind, colour, definition and
 * examples of existing ones. All rows are checked before anything is written; one undoable step.
 */
export function importCodebookCsv(ctx: ProjectContext, csv: string): { created: number; updated: number } {
  const parsed = Papa.parse<Record<string, string>>(csv.replace(/^\ufeff/, ''), {
    header: true,
    skipEmptyLines: 'greedy',
  });
  if (parsed.errors.length > 0) {
    const e = parsed.errors[0]!;
    throw new AppError('PARSE', `The codebook CSV could not be read: row ${(e.row ?? 0) + 2}: ${e.message}.`);
  }
  const fields = parsed.meta.fields ?? [];
  const nameCol = fields.includes('path') ? 'path' : fields.includes('name') ? 'name' : null;
  if (!nameCol) throw new AppError('PARSE', 'The codebook CSV needs a "path" (or "name") column.');
  const rows = parsed.data.map((r, i) => {
    const line = i + 2;
    const parts = (r[nameCol] ?? '')
      .split('/')
      .map((p) => p.trim())
      .filter(Boolean);
    if (parts.length === 0) throw new AppError('VALIDATION', `Row ${line}: the tag has no name.`);
    const kind = (r['kind'] ?? '').trim() || 'theme';
    if (!(TAG_KINDS as readonly string[]).includes(kind)) {
      throw new AppError(
        'VALIDATION',
        `Row ${line}: "${kind}" is not a tag kind. Use one of: ${TAG_KINDS.join(', ')}.`,
      );
    }
    const colour = (r['colour'] ?? r['color'] ?? '').trim();
    if (colour && !/^#[0-9a-fA-F]{6}$/.test(colour))
      throw new AppError('VALIDATION', `Row ${line}: colour "${colour}" is not like #ffc9c9.`);
    return {
      parts,
      kind: kind as TagKind,
      colour,
      definition: (r['definition'] ?? '').trim(),
      examples: (r['examples'] ?? '').trim(),
      archived: /^(yes|true|1)$/i.test(r['archived'] ?? ''),
    };
  });
  let created = 0;
  let updated = 0;
  undoable(ctx, { label: 'Import codebook', action: 'import', entity: 'tag', kinds: ['tag'] }, (c: ChangeSet) => {
    for (const row of rows) {
      let parentId: number | null = null;
      row.parts.forEach((name, depth) => {
        const leaf = depth === row.parts.length - 1;
        const existing = findTagByName(ctx.db, parentId, name);
        if (existing) {
          if (leaf) {
            c.update('tags', existing.id, {
              kind: row.kind,
              ...(row.colour ? { colour: row.colour.toLowerCase() } : {}),
              definition: row.definition,
              examples: row.examples,
              archived: row.archived ? 1 : 0,
              updated_at: ctx.clock.now(),
            });
            updated++;
          }
          parentId = existing.id;
        } else {
          parentId = insertTag(
            ctx,
            c,
            TagFields.parse({
              name,
              kind: leaf ? row.kind : 'theme',
              parentId,
              ...(leaf && row.colour ? { colour: row.colour } : {}),
              definition: leaf ? row.definition : '',
              examples: leaf ? row.examples : '',
            }),
          );
          if (leaf && row.archived) c.update('tags', parentId, { archived: 1 });
          created++;
        }
      });
    }
  });
  ctx.emit('entities.changed', { kind: 'tag', ids: [] });
  return { created, updated };
}
