/**
 * The quote library: every quote, filtered and sorted, in a virtualised list; each opens its place in
 * the transcript. Cards are fetched a screenful (PAGE) at a time, only for the pages in view; the first
 * page brings the count, later pages skip it. Cards can be selected for bulk tagging and starring
 * (QuoteSelectionBar), and "Export…" saves what the filter selects (QuoteExportButton).
 */
import { useVirtualizer } from '@tanstack/react-virtual';
import { useCallback, useEffect, useMemo, useRef, useState } from 'react';
import { NOT_COUNTED_WORDS, QUOTE_EVIDENCE, type QuoteCard } from '../../../../shared/domain/quote';
import type { Tag } from '../../../../shared/domain/tag';
import type { Input } from '../../../../shared/ipc/contract';
import { useQuery } from '../../api/hooks';
import { count, dayToEpoch, formatDate } from '../../ui/format';
import { ErrorNotice } from '../../ui/Notice';
import { Toolbar } from '../../ui/Toolbar';
import { formatClock } from '../transcript/time';
import { quotesParams, workspaceHref } from '../../routes';
import { NO_FILTERS, QuoteFilterPanel, type QuoteFilterState } from './QuoteFilterPanel';
import { useNames, useWho } from '../names/useNames';
import { QuoteExportButton } from './QuoteExportButton';
import { QuoteSelectionBar, SelectAllToggle } from './QuoteSelectionBar';
import { useQuoteSelection } from './useQuoteSelection';
import { CoderBadge } from '../coders/CoderBadge';
import { useCoders } from '../coders/useCoders';

function filtersFromHash(): QuoteFilterState {
  const params = quotesParams(window.location.hash);
  const evidence = params.get('evidence');
  return {
    ...NO_FILTERS,
    tagId: params.get('tag') ?? '',
    participantId: params.get('participant') ?? '',
    evidence: QUOTE_EVIDENCE.find((e) => e === evidence) ?? 'any',
  };
}

const ids = (v: string) => (v ? [Number(v)] : []);

function Card({
  quote,
  tags,
  selected,
  onSelect,
}: {
  quote: QuoteCard;
  tags: ReadonlyMap<number, Tag>;
  selected: boolean;
  /** `range`: Shift was held (select the run from the last card clicked). */
  onSelect(range: boolean): void;
}) {
  const names = useNames();
  const who = useWho();
  const coders = useCoders();
  const coder = quote.coderId === null ? null : coders.byId.get(quote.coderId);
  return (
    <article
      className={`quote-card${quote.anchorStatus === 'flagged' ? ' is-flagged' : ''}${selected ? ' is-selected' : ''}`}
      style={coder ? { borderInlineStart: `4px solid ${coder.colour}` } : undefined}
      aria-label={`Quote from ${who(quote, 'unknown speaker')}`}
    >
      <label className="quote-card-select">
        <input
          type="checkbox"
          checked={selected}
          // Shift is read from the click (keyboard Space gives a click too, with Shift when held).
          onClick={(e) => onSelect(e.shiftKey)}
          onChange={() => {}}
        />
        <span className="visually-hidden">Select quote from {who(quote, 'unknown speaker')}</span>
      </label>
      <p className="quote-card-text">
        {quote.starred ? (
          <span className="quote-card-star" aria-label="Starred">
            ★{' '}
          </span>
        ) : null}
        “{names.text(quote.exactText)}”
      </p>
      <p className="quote-card-meta">
        <CoderBadge coder={coder} />
        <span className="quote-card-who">{who(quote)}</span>
        {quote.companyName ? <span>{names.company(quote.companyName)}</span> : null}
        <span>{names.text(quote.interviewTitle)}</span>
        {quote.interviewDate ? <span>{formatDate(quote.interviewDate)}</span> : null}
        {quote.startMs !== null ? <span>{formatClock(quote.startMs)}</span> : null}
        {quote.anchorStatus === 'flagged' ? <span className="badge badge-caution">Needs review</span> : null}
        {quote.notCountedBecause ? (
          <span className="badge" title={NOT_COUNTED_WORDS[quote.notCountedBecause]}>
            Not counted as evidence
          </span>
        ) : null}
      </p>
      <div className="quote-card-foot">
        <ul className="chip-list" aria-label="Tags">
          {quote.codings.map((c) => {
            const tag = tags.get(c.tagId);
            return (
              <li key={c.tagId} className="tag-chip">
                <span className="tag-swatch" style={{ backgroundColor: tag?.colour }} aria-hidden="true" />
                {tag?.name ?? 'Unknown tag'}
                {c.intensity ? <span className="muted"> · {c.intensity}/5</span> : null}
                {c.stance === 'contradicts' ? <span className="stance-mark"> · contradicts</span> : null}
              </li>
            );
          })}
          {quote.codings.length === 0 ? <li className="muted">No tags</li> : null}
        </ul>
        <a className="btn" href={workspaceHref(quote.interviewId, { quoteId: quote.id })}>
          Open in transcript
        </a>
      </div>
    </article>
  );
}

/** Cards per request: a screenful and a half on a laptop. */
const PAGE = 40;

type ListInput = Input<'quotes.list'>;

/** Fetches one page of the list through the query cache (so it refreshes on changes) and hands it up. */
function PageLoader({
  input,
  page,
  onPage,
}: {
  input: ListInput;
  page: number;
  onPage(page: number, items: QuoteCard[] | null, total: number | null, error: string | null): void;
}) {
  const q = useQuery('quotes.list', { ...input, limit: PAGE, offset: page * PAGE, withTotal: page === 0 });
  useEffect(() => {
    onPage(page, q.data?.items ?? null, q.data?.total ?? null, q.error ? q.error.message : null);
  }, [onPage, page, q.data, q.error]);
  return null;
}

function Placeholder() {
  return (
    <article className="quote-card quote-card-pending" aria-busy="true">
      <p className="quote-card-text muted">Loading…</p>
    </article>
  );
}

export function QuotesScreen() {
  const [filters, setFilters] = useState<QuoteFilterState>(filtersFromHash);
  const [debouncedText, setDebouncedText] = useState(filters.text);
  useEffect(() => {
    const timer = window.setTimeout(() => setDebouncedText(filters.text), 150);
    return () => window.clearTimeout(timer);
  }, [filters.text]);
  const input: ListInput = useMemo(
    () => ({
      tagIds: ids(filters.tagId),
      tagKinds: filters.tagKind ? [filters.tagKind] : [],
      participantIds: ids(filters.participantId),
      companyIds: ids(filters.companyId),
      segmentIds: ids(filters.segmentId),
      coderIds: ids(filters.coderId),
      interviewIds: ids(filters.interviewId),
      methods: filters.method ? [filters.method] : [],
      from: filters.from ? dayToEpoch(filters.from) : null,
      to: filters.to ? (dayToEpoch(filters.to) ?? 0) + 12 * 3600 * 1000 : null,
      starred: filters.starred,
      flagged: filters.flagged,
      evidence: filters.evidence,
      text: debouncedText.trim(),
      sort: filters.sort,
    }),
    [filters, debouncedText],
  );
  const inputKey = JSON.stringify(input);
  // Pages loaded for these filters; a new filter set starts again from the first page.
  const [loaded, setLoaded] = useState<{
    key: string;
    pages: Map<number, QuoteCard[]>;
    total: number | null;
    error: string | null;
  }>({
    key: inputKey,
    pages: new Map(),
    total: null,
    error: null,
  });
  const current =
    loaded.key === inputKey
      ? loaded
      : { key: inputKey, pages: new Map<number, QuoteCard[]>(), total: null, error: null };
  const onPage = useCallback(
    (page: number, items: QuoteCard[] | null, total: number | null, error: string | null) =>
      setLoaded((old) => {
        const base =
          old.key === inputKey
            ? old
            : { key: inputKey, pages: new Map<number, QuoteCard[]>(), total: null, error: null };
        const pages = new Map(base.pages);
        if (items) pages.set(page, items);
        return {
          key: inputKey,
          pages,
          total: page === 0 && total !== null ? total : base.total,
          error: page === 0 ? error : base.error,
        };
      }),
    [inputKey],
  );
  const tagsQuery = useQuery('tags.list', {}, { errors: 'toast' });
  const tags = useMemo(() => new Map((tagsQuery.data ?? []).map((t) => [t.id, t])), [tagsQuery.data]);
  const total = current.total ?? 0;
  const itemAt = (i: number) => current.pages.get(Math.floor(i / PAGE))?.[i % PAGE];
  const scrollRef = useRef<HTMLDivElement>(null);
  const virtualizer = useVirtualizer({
    count: total,
    getScrollElement: () => scrollRef.current,
    estimateSize: () => 125,
    overscan: 6,
    getItemKey: (i) => itemAt(i)?.id ?? `pending-${i}`,
  });
  const rows = virtualizer.getVirtualItems();
  // The pages the visible cards fall on (the first always: it carries the count).
  const wanted = new Set<number>([0]);
  for (const row of rows) wanted.add(Math.floor(row.index / PAGE));
  const list = { loaded: current.total !== null, error: current.error };
  const selection = useQuoteSelection(inputKey, itemAt);
  const cardById = useMemo(() => {
    const byId = new Map<number, QuoteCard>();
    for (const page of current.pages.values()) for (const c of page) byId.set(c.id, c);
    return (id: number) => byId.get(id);
  }, [current.pages]);

  return (
    <main className="screen screen-no-inspector quotes-screen" aria-labelledby="screen-title">
      <div className="screen-main">
        <Toolbar title="Quotes" subtitle={list.loaded ? count(total, 'quote') : undefined}>
          <SelectAllToggle selection={selection} filter={input} total={list.loaded ? total : 0} />
          <QuoteExportButton filter={input} disabled={!list.loaded || total === 0} />
        </Toolbar>
        <div className="quotes-layout">
          <QuoteFilterPanel value={filters} onChange={setFilters} />
          <div
            className="quotes-main"
            onKeyDown={(e) => {
              if (e.key === 'Escape' && selection.ids.size && !e.defaultPrevented) selection.clear();
            }}
          >
            <QuoteSelectionBar selection={selection} tags={tagsQuery.data ?? []} cardById={cardById} />
            <div className="quotes-list" ref={scrollRef} tabIndex={-1}>
              {[...wanted].map((page) => (
                <PageLoader key={`${inputKey} ${page}`} input={input} page={page} onPage={onPage} />
              ))}
              {list.error && !list.loaded ? (
                <ErrorNotice title="Quotes could not be loaded" message={list.error} />
              ) : null}
              {!list.loaded && !list.error ? <p className="loading muted">Loading quotes…</p> : null}
              {list.loaded && total === 0 ? (
                <p className="no-matches">
                  {JSON.stringify({ ...filters, sort: 'newest' }) === JSON.stringify(NO_FILTERS)
                    ? 'No quotes yet. Open an interview, select a passage and press T to tag it.'
                    : 'No quotes match these filters.'}
                </p>
              ) : null}
              <div style={{ height: virtualizer.getTotalSize(), position: 'relative' }}>
                {rows.map((row) => (
                  <div
                    key={row.key}
                    data-index={row.index}
                    ref={virtualizer.measureElement}
                    className="quote-card-slot"
                    style={{ position: 'absolute', top: 0, left: 0, right: 0, transform: `translateY(${row.start}px)` }}
                  >
                    {itemAt(row.index) ? (
                      <Card
                        quote={itemAt(row.index)!}
                        tags={tags}
                        selected={selection.has(itemAt(row.index)!.id)}
                        onSelect={(range) => selection.toggle(row.index, range)}
                      />
                    ) : (
                      <Placeholder />
                    )}
                  </div>
                ))}
              </div>
            </div>
          </div>
        </div>
      </div>
    </main>
  );
}
