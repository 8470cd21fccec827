/**
 * The tag picker: an accessible combobox (input + listbox, aria-activedescendant) filtered as you
 * type. Enter applies the highlighted tag, or creates one named as typed when nothing matches (as in
 * Dovetail); Ctrl/Cmd+Enter always creates a tag named as typed; Escape closes.
 */
import { useEffect, useId, useLayoutEffect, useMemo, useRef, useState, type KeyboardEvent } from 'react';
import { TAG_KIND_LABELS, TAG_KINDS, type Tag, type TagKind } from '../../../../shared/domain/tag';
import { matchTags, tagFuse } from './tagSearch';
import { MOD_LABEL } from '../../keys/labels';

export interface TagPickerProps {
  tags: readonly Tag[];
  applied: ReadonlySet<number>;
  /** Where to float (the selection or the quote); centred when null. */
  anchor: DOMRect | null;
  title: string;
  onApply(tag: Tag): void;
  onCreate(name: string, kind: TagKind): void;
  /** Escape restores the selection; leaving the picker (a click elsewhere) just closes it. */
  onClose(reason: 'escape' | 'blur'): void;
}

export function TagPicker({ tags, applied, anchor, title, onApply, onCreate, onClose }: TagPickerProps) {
  const id = useId();
  const inputRef = useRef<HTMLInputElement>(null);
  const panelRef = useRef<HTMLDivElement>(null);
  const [query, setQuery] = useState('');
  const [active, setActive] = useState(0);
  const [kind, setKind] = useState<TagKind>('theme');
  const [position, setPosition] = useState<{ top: number; left: number } | null>(null);
  const live = useMemo(() => tags.filter((t) => !t.archived), [tags]);
  const fuse = useMemo(() => tagFuse(live), [live]);
  const results = useMemo(() => matchTags(fuse, live, query), [fuse, live, query]);
  const exact = live.some((t) => t.name.toLowerCase() === query.trim().toLowerCase());

  useEffect(() => inputRef.current?.focus(), []);
  useEffect(() => setActive(0), [query]);
  useLayoutEffect(() => {
    const panel = panelRef.current;
    if (!panel) return;
    const w = panel.offsetWidth;
    const h = panel.offsetHeight;
    const vw = window.innerWidth;
    const vh = window.innerHeight;
    if (!anchor) return setPosition({ top: Math.max(16, (vh - h) / 3), left: (vw - w) / 2 });
    const below = anchor.bottom + 8;
    const top = below + h < vh - 8 ? below : Math.max(8, anchor.top - h - 8);
    setPosition({ top, left: Math.min(Math.max(8, anchor.left), vw - w - 8) });
  }, [anchor]);

  function onKeyDown(event: KeyboardEvent) {
    if (event.key === 'Escape') {
      event.preventDefault();
      event.stopPropagation();
      onClose('escape');
    } else if (event.key === 'ArrowDown' || event.key === 'ArrowUp') {
      event.preventDefault();
      const step = event.key === 'ArrowDown' ? 1 : -1;
      setActive((a) => (results.length ? (a + step + results.length) % results.length : 0));
    } else if (event.key === 'Enter' && (event.ctrlKey || event.metaKey)) {
      event.preventDefault();
      if (query.trim()) onCreate(query.trim(), kind);
    } else if (event.key === 'Enter') {
      event.preventDefault();
      const tag = results[active];
      if (tag) onApply(tag);
      else if (query.trim()) onCreate(query.trim(), kind);
    }
  }

  const listId = `${id}-list`;
  const optionId = (i: number) => `${id}-opt-${i}`;
  return (
    <div
      ref={panelRef}
      className="picker"
      role="dialog"
      aria-label={title}
      style={position ? { top: position.top, left: position.left } : { opacity: 0 }}
      onKeyDown={onKeyDown}
      onBlur={(event) => {
        if (!panelRef.current?.contains(event.relatedTarget as Node | null)) onClose('blur');
      }}
    >
      <p className="picker-title">{title}</p>
      <input
        ref={inputRef}
        className="input picker-input"
        role="combobox"
        aria-label="Tag name"
        aria-expanded="true"
        aria-controls={listId}
        aria-autocomplete="list"
        aria-activedescendant={results[active] ? optionId(active) : undefined}
        placeholder="Type to find a tag…"
        value={query}
        onChange={(event) => setQuery(event.target.value)}
      />
      {results.length ? (
        <ul id={listId} className="picker-list" role="listbox" aria-label="Matching tags">
          {results.map((tag, i) => (
            <li
              key={tag.id}
              id={optionId(i)}
              role="option"
              aria-selected={i === active}
              className={`picker-option${i === active ? ' is-active' : ''}`}
              onMouseDown={(event) => event.preventDefault()}
              onClick={() => onApply(tag)}
              onMouseMove={() => setActive(i)}
            >
              <span className="tag-swatch" style={{ backgroundColor: tag.colour }} aria-hidden="true" />
              <span className="picker-name">
                {tag.name}
                {tag.path !== tag.name ? (
                  <span className="picker-path"> · {tag.path.split(' / ').slice(0, -1).join(' / ')}</span>
                ) : null}
              </span>
              {applied.has(tag.id) ? <span className="picker-applied">applied</span> : null}
              {tag.pinnedSlot ? <kbd className="kbd">{tag.pinnedSlot}</kbd> : null}
            </li>
          ))}
        </ul>
      ) : (
        <p id={listId} className="picker-empty" role="status">
          {query.trim() ? `No tag matches “${query.trim()}”.` : 'The codebook has no tags yet.'}
        </p>
      )}
      <div className="picker-footer">
        <div className="picker-kind">
          <label htmlFor={`${id}-kind`}>New tag kind</label>
          <select
            id={`${id}-kind`}
            className="input"
            value={kind}
            onChange={(event) => setKind(event.target.value as TagKind)}
          >
            {TAG_KINDS.map((k) => (
              <option key={k} value={k}>
                {TAG_KIND_LABELS[k]}
              </option>
            ))}
          </select>
        </div>
        <p className="picker-hint">
          {results.length === 0 && query.trim() ? (
            <>
              <kbd className="kbd">Enter</kbd> create “{query.trim()}” ·{' '}
            </>
          ) : (
            <>
              <kbd className="kbd">Enter</kbd> apply · <kbd className="kbd">{MOD_LABEL}</kbd>+
              <kbd className="kbd">Enter</kbd>{' '}
              {query.trim() && !exact ? `create “${query.trim()}”` : 'create a new tag'} ·{' '}
            </>
          )}
          <kbd className="kbd">Esc</kbd> close
        </p>
      </div>
    </div>
  );
}
