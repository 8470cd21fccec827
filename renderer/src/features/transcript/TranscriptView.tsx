/**
 * The transcript reader: a virtualised list of turns in normal flow (so the browser's line-by-line
 * caret movement works), highlights inline, a drawn caret, and keyboard movement between quotes.
 */
import { useVirtualizer } from '@tanstack/react-virtual';
import {
  useCallback,
  useEffect,
  useImperativeHandle,
  useMemo,
  useRef,
  useState,
  type KeyboardEvent,
  type Ref,
} from 'react';
import { highlightTint, UNKNOWN_CODER_TINT, type Coder } from '../../../../shared/domain/coder';
import type { Quote } from '../../../../shared/domain/quote';
import type { Tag } from '../../../../shared/domain/tag';
import type { Transcript } from '../../../../shared/domain/transcript';
import { HIGHLIGHT_TEXT, quoteColour, tagNames } from '../coding/colours';
import {
  caretMove,
  ensureCaret,
  focusRect,
  keepCaretInView,
  modifySelection,
  placeCaret,
  selectionInside,
} from './caret';
import { pointAt, rangeFromSelection, type SelectedRange } from './domRange';
import { quotesInReadingOrder, spansByTurn } from './highlights';
import { speakerLooks, UNKNOWN_LOOK } from './speakers';
import { TurnRow, type QuoteLook } from './TurnRow';
import { useNames } from '../names/useNames';

export interface TranscriptApi {
  focusQuote(quoteId: number): void;
  focusTurn(turnId: number, offset?: number): void;
  focusReader(): void;
  selectionRect(): DOMRect | null;
  clearSelection(): void;
  /** Selects a passage again (after the picker took focus away). */
  select(range: SelectedRange): void;
  /** The turn holding the caret, if any. */
  caretTurnId(): number | null;
}

export interface TranscriptViewProps {
  transcript: Transcript;
  quotes: readonly Quote[];
  tags: ReadonlyMap<number, Tag>;
  /**
   * The study's coders, when it lists more than one: each quote's chip then names its coder, and
   * `colourBy: 'coder'` washes each highlight in its coder's colour instead of its first tag's.
   */
  coders?: ReadonlyMap<number, Coder>;
  colourBy?: 'tag' | 'coder';
  focusedQuoteId: number | null;
  playingTurnId: number | null;
  targetTurnId: number | null;
  onSeek: ((ms: number) => void) | null;
  onFocusQuote(id: number): void;
  onSelectionChange(range: SelectedRange | null): void;
  apiRef: Ref<TranscriptApi>;
  describedBy?: string;
}

function excerpt(text: string): string {
  const flat = text.replace(/\s+/g, ' ').trim();
  return flat.length > 60 ? `${flat.slice(0, 57)}…` : flat;
}

export function TranscriptView(props: TranscriptViewProps) {
  const { transcript, quotes, tags, coders, colourBy, onSelectionChange } = props;
  const turns = transcript.turns;
  const scrollerRef = useRef<HTMLDivElement>(null);
  const listRef = useRef<HTMLDivElement>(null);
  const [caret, setCaret] = useState<{ top: number; left: number; height: number } | null>(null);

  const names = useNames();
  const speakers = useMemo(
    () => speakerLooks(transcript.speakers, names.transcriptSpeaker),
    [transcript.speakers, names],
  );
  // In presentation mode the words on screen are pseudonymised, so they no longer match the stored text:
  // a selection then makes no quote (its offsets would be wrong).
  const presentingRef = useRef(names.presenting);
  presentingRef.current = names.presenting;
  const indexOfTurn = useMemo(() => new Map(turns.map((t, i) => [t.id, i])), [turns]);
  const spans = useMemo(() => spansByTurn(quotes, turns), [quotes, turns]);
  const ordered = useMemo(() => quotesInReadingOrder(quotes, turns), [quotes, turns]);
  const looks = useMemo(() => {
    const map = new Map<number, QuoteLook>();
    for (const q of quotes) {
      const coder = (q.coderId !== null ? coders?.get(q.coderId) : undefined) ?? null;
      const tagColour = quoteColour(q, tags);
      map.set(q.id, {
        id: q.id,
        colour:
          colourBy !== 'coder' ? tagColour : coder ? highlightTint(coder.colour, HIGHLIGHT_TEXT) : UNKNOWN_CODER_TINT,
        tagColour,
        tagNames: tagNames(q, tags),
        starred: q.starred,
        excerpt: excerpt(q.exactText),
        coder: coders ? coder : undefined,
      });
    }
    return map;
  }, [quotes, tags, coders, colourBy]);
  const starting = useMemo(() => {
    const map = new Map<number, QuoteLook[]>();
    for (const q of ordered) {
      const list = map.get(q.startTurnId!) ?? [];
      list.push(looks.get(q.id)!);
      map.set(q.startTurnId!, list);
    }
    return map;
  }, [ordered, looks]);

  const virtualizer = useVirtualizer({
    count: turns.length,
    getScrollElement: () => scrollerRef.current,
    estimateSize: () => 88,
    overscan: 8,
    getItemKey: (i) => turns[i]!.id,
  });

  /** Runs `then` once the element matching `selector` is rendered (virtualised rows appear after a scroll). */
  const whenRendered = useCallback((selector: string, then: (el: HTMLElement) => void, tries = 20) => {
    const el = scrollerRef.current?.querySelector<HTMLElement>(selector);
    if (el) then(el);
    else if (tries > 0) requestAnimationFrame(() => whenRendered(selector, then, tries - 1));
  }, []);

  useImperativeHandle(
    props.apiRef,
    () => ({
      focusQuote(quoteId) {
        const q = quotes.find((x) => x.id === quoteId);
        const index = q?.startTurnId != null ? indexOfTurn.get(q.startTurnId) : undefined;
        if (index === undefined) return;
        virtualizer.scrollToIndex(index, { align: 'center' });
        whenRendered(`[data-quote-button="${quoteId}"]`, (el) => el.focus({ preventScroll: true }));
      },
      focusTurn(turnId, offset = 0) {
        const index = indexOfTurn.get(turnId);
        if (index === undefined) return;
        virtualizer.scrollToIndex(index, { align: 'center' });
        whenRendered(`[data-turn-text="${turnId}"]`, (el) => {
          scrollerRef.current?.focus({ preventScroll: true });
          placeCaret(el, offset);
        });
      },
      focusReader() {
        scrollerRef.current?.focus({ preventScroll: true });
      },
      selectionRect() {
        const sel = window.getSelection();
        if (!sel || sel.rangeCount === 0 || !scrollerRef.current || !selectionInside(scrollerRef.current)) return null;
        return sel.getRangeAt(0).getBoundingClientRect();
      },
      clearSelection() {
        const sel = window.getSelection();
        if (sel && scrollerRef.current && selectionInside(scrollerRef.current)) sel.collapseToEnd();
        onSelectionChange(null);
      },
      select(range) {
        const root = scrollerRef.current;
        const a = root?.querySelector(`[data-turn-text="${range.start.turnId}"]`);
        const b = root?.querySelector(`[data-turn-text="${range.end.turnId}"]`);
        if (!root || !a || !b) return;
        root.focus({ preventScroll: true });
        const from = pointAt(a, range.start.offset);
        const to = pointAt(b, range.end.offset);
        window.getSelection()?.setBaseAndExtent(from.node, from.offset, to.node, to.offset);
      },
      caretTurnId() {
        const node = window.getSelection()?.focusNode;
        const root = scrollerRef.current;
        if (!node || !root || !root.contains(node)) return null;
        const el = node.nodeType === 1 ? (node as Element) : node.parentElement;
        const id = el?.closest('[data-turn-id]')?.getAttribute('data-turn-id');
        return id ? Number(id) : null;
      },
    }),
    [quotes, indexOfTurn, virtualizer, whenRendered, onSelectionChange],
  );

  // Follow the DOM selection: report the selected passage and draw the caret.
  useEffect(() => {
    let last = '';
    const onChange = () => {
      const scroller = scrollerRef.current;
      const list = listRef.current;
      if (!scroller || !list || !selectionInside(scroller)) {
        setCaret(null);
        return;
      }
      const range = rangeFromSelection(window.getSelection(), scroller);
      const key = range ? JSON.stringify([range.start, range.end]) : '';
      if (key !== last) {
        last = key;
        onSelectionChange(presentingRef.current ? null : range);
      }
      const rect = focusRect();
      const box = list.getBoundingClientRect();
      setCaret(rect ? { top: rect.top - box.top, left: rect.left - box.left, height: rect.height || 20 } : null);
    };
    document.addEventListener('selectionchange', onChange);
    return () => document.removeEventListener('selectionchange', onChange);
  }, [onSelectionChange]);

  function onKeyDown(event: KeyboardEvent<HTMLDivElement>) {
    const scroller = scrollerRef.current!;
    const target = event.target as HTMLElement;
    if (target === scroller) {
      if ((event.ctrlKey || event.metaKey) && !event.shiftKey && (event.key === 'Home' || event.key === 'End')) {
        // Start or end of the whole transcript, not just of the rows that happen to be rendered.
        event.preventDefault();
        const last = event.key === 'End';
        const turn = turns[last ? turns.length - 1 : 0];
        if (!turn) return;
        virtualizer.scrollToIndex(last ? turns.length - 1 : 0, { align: last ? 'end' : 'start' });
        whenRendered(`[data-turn-text="${turn.id}"]`, (el) => placeCaret(el, last ? turn.text.length : 0));
        return;
      }
      const move = caretMove(event);
      if (!move) return;
      event.preventDefault();
      ensureCaret(scroller);
      modifySelection(...move);
      keepCaretInView(scroller);
      return;
    }
    const quoteId = Number(target.dataset.quoteButton);
    if (!quoteId || (event.key !== 'ArrowDown' && event.key !== 'ArrowUp')) return;
    // Arrow keys on a quote move to the next or previous quote in reading order.
    event.preventDefault();
    const at = ordered.findIndex((q) => q.id === quoteId);
    const next = ordered[at + (event.key === 'ArrowDown' ? 1 : -1)];
    if (!next) return;
    const index = indexOfTurn.get(next.startTurnId!);
    if (index !== undefined) virtualizer.scrollToIndex(index, { align: 'auto' });
    whenRendered(`[data-quote-button="${next.id}"]`, (el) => el.focus({ preventScroll: false }));
  }

  const items = virtualizer.getVirtualItems();
  const before = items[0]?.start ?? 0;
  const after = virtualizer.getTotalSize() - (items[items.length - 1]?.end ?? 0);

  return (
    <div
      ref={scrollerRef}
      className="transcript-scroll"
      tabIndex={0}
      role="region"
      aria-label="Transcript"
      aria-describedby={props.describedBy}
      onKeyDown={onKeyDown}
      onFocus={(event) => {
        if (event.target === scrollerRef.current) ensureCaret(scrollerRef.current);
      }}
    >
      <div ref={listRef} className="transcript-list" style={{ paddingTop: before, paddingBottom: Math.max(0, after) }}>
        {items.map((item) => {
          const turn = turns[item.index]!;
          return (
            <div key={item.key} data-index={item.index} ref={virtualizer.measureElement}>
              <TurnRow
                turn={turn}
                speaker={(turn.speakerId !== null ? speakers.get(turn.speakerId) : undefined) ?? UNKNOWN_LOOK}
                spans={spans.get(turn.id)}
                looks={looks}
                starting={starting.get(turn.id) ?? NONE}
                focusedQuoteId={props.focusedQuoteId}
                playing={turn.id === props.playingTurnId}
                target={turn.id === props.targetTurnId}
                onSeek={props.onSeek}
                onFocusQuote={props.onFocusQuote}
              />
            </div>
          );
        })}
        {caret ? (
          <span
            className="transcript-caret"
            aria-hidden="true"
            style={{ top: caret.top, left: caret.left, height: caret.height }}
          />
        ) : null}
      </div>
    </div>
  );
}

const NONE: QuoteLook[] = [];
