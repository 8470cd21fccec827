/**
 * Actions on a selection of quotes from the quote library: tag, remove a tag, star or unstar them all.
 * Each is one transaction and one undoable step ("Tag 12 quotes with “Slow close”"), so one undo puts
 * every quote back; quotes that already are as asked are left alone (and not counted).
 */
import type { Stance } from '../../../../shared/domain/synthesis';
import { AppError } from '../../../../shared/errors';
import type { ProjectContext } from '../../context';
import type { ChangeSet } from '../../history/changeSet';
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

type Selected = ReturnType<typeof selectedQuotes>[number];

/**
 * One undoable step over the selection: `change` makes a quote's writes and says whether it changed
 * anything (a quote already as asked is left alone and not counted). `undoable()` says the history
 * changed; this says which quotes did.
 */
function eachQuote(
  ctx: ProjectContext,
  quotes: Selected[],
  meta: { label: string; action: string; entity: string; entityId?: number },
  kind: 'coding' | 'quote',
  change: (c: ChangeSet, quote: Selected) => boolean,
): { changed: number } {
  const changed = undoable(ctx, { ...meta, kinds: [kind] }, (c) => {
    let n = 0;
    for (const q of quotes) if (change(c, q)) n++;
    return n;
  });
  ctx.emit('entities.changed', { kind, ids: quotes.map((q) => q.id) });
  return { changed };
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
  const label = `Tag ${quotesWord(quotes.length)} with "${tag.name}"${stance === 'contradicts' ? ' (contradicts)' : ''}`;
  return eachQuote(ctx, quotes, { label, action: 'bulk-tag', entity: 'tag', entityId: tagId }, 'coding', (c, q) => {
    const existing = codingFor(ctx.db, q.id, tagId);
    if (existing?.stance === stance) return false;
    if (existing) c.update('codings', existing.id, { stance });
    else
      c.insert('codings', {
        guid: ctx.newGuid(),
        quote_id: q.id,
        tag_id: tagId,
        intensity: null,
        stance,
        created_at: ctx.clock.now(),
      });
    return true;
  });
}

export function bulkRemoveTag(ctx: ProjectContext, quoteIds: number[], tagId: number): { changed: number } {
  const quotes = mustSelect(ctx, quoteIds);
  const tag = mustTag(ctx, tagId);
  const label = `Remove "${tag.name}" from ${quotesWord(quotes.length)}`;
  return eachQuote(ctx, quotes, { label, action: 'bulk-untag', entity: 'tag', entityId: tagId }, 'coding', (c, q) => {
    const existing = codingFor(ctx.db, q.id, tagId);
    if (existing) c.delete('codings', existing.id);
    return !!existing;
  });
}

export function bulkStar(ctx: ProjectContext, quoteIds: number[], starred: boolean): { changed: number } {
  const quotes = mustSelect(ctx, quoteIds);
  const label = `${starred ? 'Star' : 'Unstar'} ${quotesWord(quotes.length)}`;
  return eachQuote(ctx, quotes, { label, action: 'bulk-star', entity: 'quote' }, 'quote', (c, q) => {
    if (q.starred === starred) return false;
    c.update('quotes', q.id, { starred: starred ? 1 : 0, updated_at: ctx.clock.now() });
    return true;
  });
}
