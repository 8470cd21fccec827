/** Search: prefix search as you type over turns, quotes and notes, ranked, with filters; Enter jumps to a hit. */
import { useEffect, useId, useMemo, useRef, useState, type KeyboardEvent } from 'react';
import type { SearchHit } from '../../../../shared/domain/search';
import { useQuery } from '../../api/hooks';
import { personLabel } from '../names/display';
import { useNames } from '../names/useNames';
import { count, dayToEpoch, formatDate } from '../../ui/format';
import { Toolbar } from '../../ui/Toolbar';
import { formatClock } from '../transcript/time';
import { openWorkspace } from '../../routes';
import { Snippet } from './Snippet';
import { LongSelect } from '../../ui/LongSelect';

type Kind = 'all' | 'turn' | 'quote' | 'note';
const KIND_LABELS: Record<SearchHit['kind'], string> = { turn: 'Transcript', quote: 'Quote', note: 'Note' };

/** The last search, so coming back from a hit finds it again. */
const remembered = { text: '', kind: 'all' as Kind, interviewId: '', participantId: '', tagId: '', from: '', to: '' };

function useDebounced<T>(value: T, ms: number): T {
  const [out, setOut] = useState(value);
  useEffect(() => {
    const timer = window.setTimeout(() => setOut(value), ms);
    return () => window.clearTimeout(timer);
  }, [value, ms]);
  return out;
}

export function jumpTo(hit: SearchHit): void {
  if (hit.interviewId === null) return;
  openWorkspace(hit.interviewId, hit.quoteId ? { quoteId: hit.quoteId } : { turnId: hit.turnId });
}

interface ResultsProps {
  text: string;
  hits: SearchHit[] | undefined;
  error: string | null;
  active: number;
  setActive(n: number): void;
  listId: string;
}

function Results({ text, hits: data, error, active, setActive, listId }: ResultsProps) {
  const hits = data ?? [];
  const names = useNames();
  if (error) return <p className="notice notice-error">{error}</p>;
  if (!data) return <p className="muted search-status">Searching…</p>;
  return (
    <>
      <p className="muted search-status" role="status">
        {hits.length
          ? `${count(hits.length, 'result')}${hits.length === 50 ? ' (the best 50)' : ''}`
          : `Nothing matches “${text}”.`}
      </p>
      {hits.length ? (
        <ul id={listId} className="search-results" role="listbox" aria-label="Search results" data-query={text}>
          {hits.map((hit, i) => (
            <li
              key={`${hit.kind}-${hit.id}`}
              id={`${listId}-${i}`}
              role="option"
              aria-selected={i === active}
              className={`search-hit${i === active ? ' is-active' : ''}`}
              onMouseMove={() => setActive(i)}
              onClick={() => jumpTo(hit)}
            >
              <p className="search-hit-meta">
                <span className={`badge badge-${hit.kind === 'quote' ? 'info' : 'neutral'}`}>
                  {KIND_LABELS[hit.kind]}
                </span>
                <span className="search-hit-title">{names.text(hit.interviewTitle ?? 'Interview')}</span>
                {hit.speaker ? <span>{names.speaker(hit.speaker)}</span> : null}
                {hit.startMs !== null ? <span>{formatClock(hit.startMs)}</span> : null}
                {hit.interviewDate ? <span>{formatDate(hit.interviewDate)}</span> : null}
              </p>
              <p className="search-snippet">
                <Snippet text={names.text(hit.snippet)} />
              </p>
            </li>
          ))}
        </ul>
      ) : null}
    </>
  );
}

export function SearchScreen() {
  const id = useId();
  const listId = `${id}-results`;
  const inputRef = useRef<HTMLInputElement>(null);
  const [form, setForm] = useState(remembered);
  const [active, setActive] = useState(0);
  const debounced = useDebounced(form, 120);
  Object.assign(remembered, form);
  const interviews = useQuery('interviews.list', {}, { errors: 'toast' });
  const participants = useQuery('participants.list', {}, { errors: 'toast' });
  const names = useNames();
  const tags = useQuery('tags.list', {}, { errors: 'toast' });
  const text = debounced.text.trim();
  const num = (v: string) => (v ? Number(v) : null);
  const query = useQuery('search.query', {
    text,
    kinds: debounced.kind === 'all' ? ['turn', 'quote', 'note'] : [debounced.kind],
    interviewId: num(debounced.interviewId),
    participantId: num(debounced.participantId),
    tagId: num(debounced.tagId),
    from: debounced.from ? dayToEpoch(debounced.from) : null,
    to: debounced.to ? (dayToEpoch(debounced.to) ?? 0) + 12 * 3600 * 1000 : null,
    limit: 50,
  });
  // Keep the last results on screen while the next query runs, so nothing jumps as you type.
  const [shown, setShown] = useState<{ text: string; hits: SearchHit[] } | null>(null);
  useEffect(() => {
    if (query.data) setShown({ text, hits: query.data });
  }, [query.data, text]);
  const hits = text ? (shown?.hits ?? []) : [];
  useEffect(() => inputRef.current?.focus(), []);
  useEffect(() => setActive(0), [shown]);
  const set = (key: keyof typeof remembered) => (value: string) => setForm((f) => ({ ...f, [key]: value }));
  const liveTags = useMemo(() => (tags.data ?? []).filter((t) => !t.archived), [tags.data]);

  function onKeyDown(event: KeyboardEvent<HTMLInputElement>) {
    if (event.key === 'ArrowDown' || event.key === 'ArrowUp') {
      event.preventDefault();
      if (hits.length) setActive((active + (event.key === 'ArrowDown' ? 1 : -1) + hits.length) % hits.length);
    } else if (event.key === 'Enter') {
      event.preventDefault();
      const hit = hits[active];
      if (hit && text) jumpTo(hit);
    } else if (event.key === 'Escape' && form.text) {
      event.preventDefault();
      set('text')('');
    }
  }

  const select = (
    label: string,
    key: keyof typeof remembered,
    options: { value: string | number; label: string }[],
    all: string,
  ) => (
    <div className="search-filter">
      <label htmlFor={`search-filter-${key}`}>{label}</label>
      <LongSelect
        id={`search-filter-${key}`}
        value={form[key]}
        onChange={(v) => set(key)(v)}
        any={all}
        options={options}
      />
    </div>
  );

  return (
    <main className="screen screen-no-inspector" aria-labelledby="screen-title">
      <div className="screen-main">
        <Toolbar title="Search" subtitle="Transcripts, quotes and notes" />
        <div className="screen-content search-screen">
          <input
            ref={inputRef}
            id="search-input"
            type="search"
            className="input search-input"
            role="combobox"
            aria-label="Search transcripts, quotes and notes"
            aria-expanded={Boolean(text)}
            aria-controls={listId}
            aria-autocomplete="list"
            aria-activedescendant={text && hits[active] ? `${listId}-${active}` : undefined}
            placeholder="Search for words people said…"
            value={form.text}
            onChange={(event) => set('text')(event.target.value)}
            onKeyDown={onKeyDown}
          />
          <div className="search-filters" role="group" aria-label="Filters">
            <label className="search-filter">
              <span>Look in</span>
              <select className="input" value={form.kind} onChange={(event) => set('kind')(event.target.value)}>
                <option value="all">Everything</option>
                <option value="turn">Transcripts</option>
                <option value="quote">Quotes</option>
                <option value="note">Notes</option>
              </select>
            </label>
            {select(
              'Interview',
              'interviewId',
              (interviews.data ?? []).map((i) => ({ value: i.id, label: names.text(i.title) })),
              'Any interview',
            )}
            {select(
              'Participant',
              'participantId',
              (participants.data ?? []).map((p) => ({ value: p.id, label: personLabel(p, names.presenting) })),
              'Anyone',
            )}
            {select(
              'Tag',
              'tagId',
              liveTags.map((t) => ({ value: t.id, label: t.path })),
              'Any tag',
            )}
            <label className="search-filter">
              <span>From</span>
              <input
                type="date"
                className="input"
                value={form.from}
                onChange={(event) => set('from')(event.target.value)}
              />
            </label>
            <label className="search-filter">
              <span>To</span>
              <input
                type="date"
                className="input"
                value={form.to}
                onChange={(event) => set('to')(event.target.value)}
              />
            </label>
          </div>
          {text ? (
            <Results
              text={shown?.text ?? text}
              hits={shown?.hits}
              error={query.error?.message ?? null}
              active={active}
              setActive={setActive}
              listId={listId}
            />
          ) : (
            <p className="muted search-status">
              Type a word or the start of one. ↑ ↓ choose a result, Enter opens it in its transcript.
            </p>
          )}
        </div>
      </div>
    </main>
  );
}
