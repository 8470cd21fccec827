/**
 * The bar over the quote library while quotes are selected: "Tag…", "Remove tag…", "Star", "Unstar"
 * and "Clear selection"; and "Select all" for the toolbar. Each action is one call and
 * one undoable step in the core (codings.bulkApply, codings.bulkRemove, quotes.bulkStar); its toast
 * offers Undo, like every other undoable action.
 */
import { useMemo, useRef, useState } from 'react';
import type { QuoteCard } from '../../../../shared/domain/quote';
import type { Tag } from '../../../../shared/domain/tag';
import type { Input } from '../../../../shared/ipc/contract';
import { useApi } from '../../api/hooks';
import { asApiError } from '../../api/errors';
import { TagPicker } from '../coding/TagPicker';
import { useHistory } from '../coding/history';
import { useCall } from '../../api/useCall';
import { showToast } from '../../ui/Toast';
import type { QuoteSelection } from './useQuoteSelection';

/** The most quotes one bulk action takes (the contract's `SelectedQuotes`). */
const MAX_SELECTION = 10_000;

const quotesWord = (n: number) => (n === 1 ? '1 quote' : `${n} quotes`);

export function QuoteSelectionBar({
  selection,
  tags,
  cardById,
}: {
  selection: QuoteSelection;
  tags: readonly Tag[];
  /** The loaded card of a quote, if it is loaded: its tags as they are now. */
  cardById(id: number): QuoteCard | undefined;
}) {
  const call = useCall();
  const { undo } = useHistory();
  const [picker, setPickerState] = useState<'tag' | 'untag' | null>(null);
  // Focus goes back to the button that opened the picker when it closes (keyboard users stay put).
  const opener = useRef<HTMLButtonElement | null>(null);
  const setPicker = (next: 'tag' | 'untag' | null, from?: HTMLButtonElement) => {
    if (from) opener.current = from;
    setPickerState(next);
    if (next === null) window.setTimeout(() => opener.current?.focus(), 0);
  };
  const quoteIds = [...selection.ids];
  const n = quoteIds.length;
  // Each selected quote's tags: from its card when loaded (current), else as when it was selected.
  const tagSets = useMemo(
    () => [...selection.tagsWhenSelected].map(([id, was]) => new Set(cardById(id)?.codings.map((c) => c.tagId) ?? was)),
    [selection.tagsWhenSelected, cardById],
  );
  // "Remove tag…" offers only the tags some selected quote has.
  const onSelected = useMemo(() => tags.filter((t) => tagSets.some((s) => s.has(t.id))), [tagSets, tags]);
  const appliedToAll = useMemo(
    () => new Set(tags.filter((t) => tagSets.length > 0 && tagSets.every((s) => s.has(t.id))).map((t) => t.id)),
    [tagSets, tags],
  );
  if (n === 0) return null;

  const done = (message: string) => showToast({ message, action: { label: 'Undo', run: () => void undo() } });
  const tagWith = async (tag: Tag) => {
    setPicker(null);
    const out = await call('codings.bulkApply', { quoteIds, tagId: tag.id });
    if (out) done(`Tagged ${quotesWord(out.changed)} with “${tag.name}”`);
  };
  const untag = async (tag: Tag) => {
    setPicker(null);
    const out = await call('codings.bulkRemove', { quoteIds, tagId: tag.id });
    if (out) done(`Removed “${tag.name}” from ${quotesWord(out.changed)}`);
  };
  const star = async (starred: boolean) => {
    const out = await call('quotes.bulkStar', { quoteIds, starred });
    if (out) done(`${starred ? 'Starred' : 'Unstarred'} ${quotesWord(out.changed)}`);
  };

  return (
    <div className="selection-bar" role="region" aria-label="Selection">
      <span className="selection-bar-count">{quotesWord(n)} selected</span>
      <span className="selection-bar-actions">
        <button type="button" className="btn" aria-haspopup="dialog" onClick={(e) => setPicker('tag', e.currentTarget)}>
          Tag…
        </button>
        <button
          type="button"
          className="btn"
          aria-haspopup="dialog"
          disabled={onSelected.length === 0}
          onClick={(e) => setPicker('untag', e.currentTarget)}
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
      </span>
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
            const tag = await call('tags.create', { name, kind });
            if (tag) await tagWith(tag);
            else setPicker(null);
          }}
          onClose={() => setPicker(null)}
        />
      ) : null}
    </div>
  );
}

/**
 * "Select all N quotes" in the library's toolbar: every quote the filter selects (`quotes.selectAll`),
 * not only the cards loaded; checked when all are, mixed when some are, and a click then clears.
 */
export function SelectAllToggle({
  selection,
  filter,
  total,
}: {
  selection: QuoteSelection;
  /** The library's current filter (what "Select all" selects). */
  filter: Input<'quotes.list'>;
  total: number;
}) {
  const { client } = useApi();
  const [selecting, setSelecting] = useState(false);
  const n = selection.ids.size;
  if (total === 0) return null;
  const selectAll = async () => {
    setSelecting(true);
    try {
      const { limit: _l, offset: _o, withTotal: _w, ...rest } = filter;
      const all = await client.call('quotes.selectAll', rest);
      selection.set(all.items);
      if (all.total > all.items.length)
        showToast({
          message: `Selected the first ${all.items.length} of ${all.total} quotes (the most one action takes)`,
        });
    } catch (err) {
      showToast({ message: asApiError(err).message, tone: 'error' });
    } finally {
      setSelecting(false);
    }
  };
  const allSelected = n > 0 && n >= Math.min(total, MAX_SELECTION);
  return (
    <label className="check select-all">
      <input
        type="checkbox"
        checked={allSelected}
        ref={(el) => {
          if (el) el.indeterminate = n > 0 && !allSelected;
        }}
        disabled={selecting}
        onChange={() => (n > 0 ? selection.clear() : void selectAll())}
      />
      <span className="check-label">{`Select all ${quotesWord(total)}`}</span>
      {/* Always in the page (the bar comes and goes), so the count is announced as it changes. */}
      <span className="visually-hidden" aria-live="polite">
        {n > 0 ? `${quotesWord(n)} selected` : ''}
      </span>
    </label>
  );
}
