/**
 * The bar over the quote library while quotes are selected: "Tag…", "Remove tag…", "Star", "Unstar"
 * and "Clear". Each action is one call and one undoable step in the core (codings.bulkApply,
 * codings.bulkRemove, quotes.bulkStar); its toast offers Undo.
 */
import { useMemo, useState } from 'react';
import type { Tag } from '../../../../shared/domain/tag';
import { TagPicker } from '../coding/TagPicker';
import { useHistory } from '../coding/history';
import { useCall } from '../coding/useCall';
import { showToast } from '../../ui/Toast';
import type { QuoteSelection } from './useQuoteSelection';

const quotesWord = (n: number) => (n === 1 ? '1 quote' : `${n} quotes`);

export function QuoteSelectionBar({ selection, tags }: { selection: QuoteSelection; tags: readonly Tag[] }) {
  const call = useCall();
  const { undo } = useHistory();
  const [picker, setPicker] = useState<'tag' | 'untag' | null>(null);
  const quoteIds = [...selection.ids];
  const n = quoteIds.length;
  // "Remove tag…" offers only the tags some selected quote has.
  const onSelected = useMemo(() => {
    const ids = new Set(selection.cards.flatMap((c) => c.codings.map((x) => x.tagId)));
    return tags.filter((t) => ids.has(t.id));
  }, [selection.cards, tags]);
  const appliedToAll = useMemo(
    () =>
      new Set(
        tags
          .filter((t) => selection.cards.length > 0 && selection.cards.every((c) => c.codings.some((x) => x.tagId === t.id)))
          .map((t) => t.id),
      ),
    [selection.cards, tags],
  );
  if (n === 0) return null;

  const done = (message: string) => showToast({ message, action: { label: 'Undo', run: () => void undo() } });
  const tagWith = async (tag: Tag) => {
    setPicker(null);
    const out = await call('codings.bulkApply', { quoteIds, tagId: tag.id }, ['coding', 'history']);
    if (out) done(`Tagged ${quotesWord(out.changed)} with “${tag.name}”`);
  };
  const untag = async (tag: Tag) => {
    setPicker(null);
    const out = await call('codings.bulkRemove', { quoteIds, tagId: tag.id }, ['coding', 'history']);
    if (out) done(`Removed “${tag.name}” from ${quotesWord(out.changed)}`);
  };
  const star = async (starred: boolean) => {
    const out = await call('quotes.bulkStar', { quoteIds, starred }, ['quote', 'history']);
    if (out) done(`${starred ? 'Starred' : 'Unstarred'} ${quotesWord(out.changed)}`);
  };

  return (
    <div className="selection-bar" role="region" aria-label="Selected quotes">
      <span className="selection-bar-count" aria-live="polite">
        {quotesWord(n)} selected
      </span>
      <button type="button" className="btn" aria-haspopup="dialog" onClick={() => setPicker('tag')}>
        Tag…
      </button>
      <button
        type="button"
        className="btn"
        aria-haspopup="dialog"
        disabled={onSelected.length === 0}
        onClick={() => setPicker('untag')}
      >
        Remove tag…
      </button>
      <button type="button" className="btn" onClick={() => void star(true)}>
        Star
      </button>
      <button type="button" className="btn" onClick={() => void star(false)}>
        Unstar
      </button>
      <button type="button" className="btn btn-quiet" onClick={selection.clear}>
        Clear selection
      </button>
      {picker ? (
        <TagPicker
          tags={picker === 'tag' ? tags : onSelected}
          applied={picker === 'tag' ? appliedToAll : new Set()}
          anchor={null}
          title={picker === 'tag' ? `Tag ${quotesWord(n)}` : `Remove a tag from ${quotesWord(n)}`}
          onApply={(tag) => void (picker === 'tag' ? tagWith(tag) : untag(tag))}
          onCreate={async (name, kind) => {
            if (picker !== 'tag') return setPicker(null);
            // A new tag is its own step: creating it, then tagging the selection with it.
            const tag = await call('tags.create', { name, kind }, ['tag']);
            if (tag) await tagWith(tag);
            else setPicker(null);
          }}
          onClose={() => setPicker(null)}
        />
      ) : null}
    </div>
  );
}
