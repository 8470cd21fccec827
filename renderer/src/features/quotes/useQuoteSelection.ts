/**
 * Which quotes of the library are selected for a bulk action: a click on a card's checkbox toggles it,
 * Shift+click selects the run from the last one clicked (of the cards loaded), Escape clears. A new
 * filter clears the selection, so an action never reaches quotes the researcher no longer sees.
 */
import { useCallback, useEffect, useMemo, useState } from 'react';
import type { QuoteCard } from '../../../../shared/domain/quote';

export interface QuoteSelection {
  ids: ReadonlySet<number>;
  /** The selected cards (their codings: which tags "Remove tag…" can offer). */
  cards: QuoteCard[];
  has(id: number): boolean;
  toggle(index: number, range: boolean): void;
  clear(): void;
}

export function useQuoteSelection(filterKey: string, itemAt: (index: number) => QuoteCard | undefined): QuoteSelection {
  const [selected, setSelected] = useState<Map<number, QuoteCard>>(new Map());
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
          // Shift+click: the run between the two clicks takes the state of the clicked card's new state.
          const on = !old.has(card.id);
          for (let i = Math.min(anchor, index); i <= Math.max(anchor, index); i++) {
            const c = itemAt(i);
            if (!c) continue;
            if (on) next.set(c.id, c);
            else next.delete(c.id);
          }
        } else if (next.has(card.id)) next.delete(card.id);
        else next.set(card.id, card);
        return next;
      });
      setAnchor(index);
    },
    [anchor, itemAt],
  );
  const clear = useCallback(() => {
    setSelected(new Map());
    setAnchor(null);
  }, []);

  return useMemo(
    () => ({
      ids: new Set(selected.keys()),
      cards: [...selected.values()],
      has: (id: number) => selected.has(id),
      toggle,
      clear,
    }),
    [selected, toggle, clear],
  );
}
