/**
 * Which quotes of the library are selected for a bulk action: a card's checkbox toggles it (click or
 * Space), Shift held selects the run from the last card toggled (of the cards loaded), "Select all"
 * takes every quote the filter selects (`quotes.selectAll`), Escape clears. A new filter clears the
 * selection, so an action never reaches quotes the researcher no longer sees. Each selected quote
 * keeps the tags it had when selected, for quotes whose card is not loaded ("Remove tag…" offers
 * those); loaded cards speak for themselves.
 */
import { useCallback, useEffect, useMemo, useState } from 'react';
import type { QuoteCard } from '../../../../shared/domain/quote';

export interface QuoteSelection {
  ids: ReadonlySet<number>;
  /** The tags of each selected quote when it was selected. */
  tagsWhenSelected: ReadonlyMap<number, readonly number[]>;
  has(id: number): boolean;
  toggle(index: number, range: boolean): void;
  /** Replaces the selection (select all). */
  set(items: readonly { id: number; tagIds: number[] }[]): void;
  clear(): void;
}

const tagIdsOf = (card: QuoteCard) => card.codings.map((c) => c.tagId);

export function useQuoteSelection(filterKey: string, itemAt: (index: number) => QuoteCard | undefined): QuoteSelection {
  const [selected, setSelected] = useState<ReadonlyMap<number, readonly number[]>>(new Map());
  const [anchor, setAnchor] = useState<number | null>(null);
  useEffect(() => {
    setSelected(new Map());
    setAnchor(null);
  }, [filterKey]);

  const toggle = useCallback(
    (index: number, range: boolean) => {
      const card = itemAt(index);
      if (!card) return;
      setSelected((old) => {
        const next = new Map(old);
        if (range && anchor !== null) {
          // Shift: the run between the two cards takes the clicked card's new state.
          const on = !old.has(card.id);
          for (let i = Math.min(anchor, index); i <= Math.max(anchor, index); i++) {
            const c = itemAt(i);
            if (!c) continue;
            if (on) next.set(c.id, tagIdsOf(c));
            else next.delete(c.id);
          }
        } else if (next.has(card.id)) next.delete(card.id);
        else next.set(card.id, tagIdsOf(card));
        return next;
      });
      setAnchor(index);
    },
    [anchor, itemAt],
  );
  const set = useCallback((items: readonly { id: number; tagIds: number[] }[]) => {
    setSelected(new Map(items.map((x) => [x.id, x.tagIds])));
    setAnchor(null);
  }, []);
  const clear = useCallback(() => {
    setSelected(new Map());
    setAnchor(null);
  }, []);

  return useMemo(
    () => ({
      ids: new Set(selected.keys()),
      tagsWhenSelected: selected,
      has: (id: number) => selected.has(id),
      toggle,
      set,
      clear,
    }),
    [selected, toggle, set, clear],
  );
}
