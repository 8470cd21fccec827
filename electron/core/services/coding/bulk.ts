/**
 * Actions on a selection of quotes from the quote library: tag, remove a tag, star or unstar them all.
 * Each is one transaction and one undoable step ("Tag 12 quotes with “Slow close”"), so one undo puts
 * every quote back; quotes that already are as asked are left alone (and not counted).
 */
import type { Stance } from '../../../../shared/domain/synthesis';
import { AppError } from '../../../../shared/errors';
import type { ProjectContext } from '../../context';
import { undoable } from '../../history/undo';
import { selectedQuotes } from '../../repos/quoteSelection';
import { codingFor, tagBasics } from '../../repos/tags';

const quotesWord = (n: number) => (n === 1 ? '1 quote' : `${n} quotes`);

function mustSelect(ctx: ProjectContext, ids: number[]) {
  const found = selectedQuotes(ctx.db, ids);
  if (found.length === 0) throw new AppError('NOT_FOUND', 'None of the selected quotes exists any more.');
  return found;
}

function mustTag(ctx: ProjectContext, tagId: number) {
  const tag = tagBasics(ctx.db, tagId);
  if (!tag) throw new AppError('NOT_FOUND', 'That tag no longer exists.');
  return tag;
}

function emitChanged(ctx: ProjectContext, kind: 'coding' | 'quote', ids: number[]): void {
  ctx.emit('entities.changed', { kind, ids });
  ctx.emit('entities.changed', { kind: 'history', ids: [] });
}

export function bulkApplyTag(
  ctx: ProjectContext,
  quoteIds: number[],
  tagId: number,
  stance: Stance,
): { changed: number } {
  const quotes = mustSelect(ctx, quoteIds);
  const tag = mustTag(ctx, tagId);
  if (tag.archived) throw new AppError('VALIDATION', `"${tag.name}" is archived; restore it before tagging with it.`);
  const changed = undoable(
    ctx,
    {
      label: `Tag ${quotesWord(quotes.length)} with "${tag.name}"${stance === 'contradicts' ? ' (contradicts)' : ''}`,
      action: 'bulk-tag',
      entity: 'tag',
      entityId: tagId,
      kinds: ['coding'],
    },
    (c) => {
      let n = 0;
      for (const q of quotes) {
        const existing = codingFor(ctx.db, q.id, tagId);
        if (existing) {
          if (existing.stance === stance) continue;
          c.update('codings', existing.id, { stance });
        } else
          c.insert('codings', {
            guid: ctx.newGuid(),
            quote_id: q.id,
            tag_id: tagId,
            intensity: null,
            stance,
            created_at: ctx.clock.now(),
          });
        n++;
      }
      return n;
    },
  );
  emitChanged(
    ctx,
    'coding',
    quotes.map((q) => q.id),
  );
  return { changed };
}

export function bulkRemoveTag(ctx: ProjectContext, quoteIds: number[], tagId: number): { changed: number } {
  const quotes = mustSelect(ctx, quoteIds);
  const tag = mustTag(ctx, tagId);
  const changed = undoable(
    ctx,
    {
      label: `Remove "${tag.name}" from ${quotesWord(quotes.length)}`,
      action: 'bulk-untag',
      entity: 'tag',
      entityId: tagId,
      kinds: ['coding'],
    },
    (c) => {
      let n = 0;
      for (const q of quotes) {
        const existing = codingFor(ctx.db, q.id, tagId);
        if (!existing) continue;
        c.delete('codings', existing.id);
        n++;
      }
      return n;
    },
  );
  emitChanged(
    ctx,
    'coding',
    quotes.map((q) => q.id),
  );
  return { changed };
}

export function bulkStar(ctx: ProjectContext, quoteIds: number[], starred: boolean): { changed: number } {
  const quotes = mustSelect(ctx, quoteIds);
  const changed = undoable(
    ctx,
    {
      label: `${starred ? 'Star' : 'Unstar'} ${quotesWord(quotes.length)}`,
      action: 'bulk-star',
      entity: 'quote',
      kinds: ['quote'],
    },
    (c) => {
      let n = 0;
      for (const q of quotes) {
        if (q.starred === starred) continue;
        c.update('quotes', q.id, { starred: starred ? 1 : 0, updated_at: ctx.clock.now() });
        n++;
      }
      return n;
    },
  );
  emitChanged(
    ctx,
    'quote',
    quotes.map((q) => q.id),
  );
  return { changed };
}
