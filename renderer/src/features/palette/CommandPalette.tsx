/**
 * Ctrl/Cmd+K: one box that finds interviews, participants, tags, personas, questions, places and
 * commands. Typing is debounced (a burst of keys searches once) and searches a word index built when
 * the records change (paletteIndex.ts), not every record per keystroke.
 */
import { useEffect, useId, useMemo, useState, type KeyboardEvent } from 'react';
import { useQuery } from '../../api/hooks';
import { Dialog } from '../../ui/Dialog';
import { useNames } from '../names/useNames';
import { useCoders } from '../coders/useCoders';
import { paletteItems, type PaletteItem } from './commands';
import { PaletteIndex } from './paletteIndex';

/** How long typing must pause before the list follows it. */
const DEBOUNCE_MS = 60;

export interface CommandPaletteProps {
  onClose(): void;
  undo(): void;
  redo(): void;
}

export function CommandPalette({ onClose, undo, redo }: CommandPaletteProps) {
  const id = useId();
  const interviews = useQuery('interviews.list', {}, { errors: 'toast' });
  const participants = useQuery('participants.list', {}, { errors: 'toast' });
  const tags = useQuery('tags.list', {}, { errors: 'toast' });
  const personas = useQuery('personas.list', {}, { errors: 'toast' });
  const questions = useQuery('questions.list', {}, { errors: 'toast' });
  const names = useNames();
  const coders = useCoders();
  const [query, setQuery] = useState('');
  const [active, setActive] = useState(0);
  const items = useMemo(
    () =>
      paletteItems({
        interviews: interviews.data ?? [],
        participants: participants.data ?? [],
        tags: tags.data ?? [],
        personas: personas.data ?? [],
        questions: questions.data ?? [],
        names,
        coderCount: coders.list.length,
        undo,
        redo,
      }),
    [
      interviews.data,
      participants.data,
      tags.data,
      personas.data,
      questions.data,
      names,
      coders.list.length,
      undo,
      redo,
    ],
  );
  const index = useMemo(() => new PaletteIndex(items), [items]);
  const [searched, setSearched] = useState('');
  useEffect(() => {
    if (query === searched) return;
    const timer = window.setTimeout(() => setSearched(query), query.trim() === '' ? 0 : DEBOUNCE_MS);
    return () => window.clearTimeout(timer);
  }, [query, searched]);
  const results = useMemo(() => index.search(searched, 30), [index, searched]);

  function run(item: PaletteItem | undefined) {
    if (!item) return;
    onClose();
    item.run();
  }

  function onKeyDown(event: KeyboardEvent<HTMLInputElement>) {
    if (event.key === 'ArrowDown' || event.key === 'ArrowUp') {
      event.preventDefault();
      if (results.length)
        setActive((a) => (a + (event.key === 'ArrowDown' ? 1 : -1) + results.length) % results.length);
    } else if (event.key === 'Enter') {
      event.preventDefault();
      run(results[active]);
    }
  }

  const listId = `${id}-list`;
  return (
    <Dialog title="Go to anything" size="small" onClose={onClose}>
      <div className="dialog-body palette">
        <input
          className="input palette-input"
          role="combobox"
          aria-label="Find an interview, participant, tag, persona, question or command"
          aria-expanded="true"
          aria-controls={listId}
          aria-autocomplete="list"
          aria-activedescendant={results[active] ? `${listId}-${active}` : undefined}
          placeholder="Interviews, participants, tags, personas, questions, commands…"
          value={query}
          onChange={(event) => {
            setQuery(event.target.value);
            setActive(0);
          }}
          onKeyDown={onKeyDown}
          data-autofocus
        />
        {results.length ? (
          <ul id={listId} className="palette-list" role="listbox" aria-label="Matches">
            {results.map((item, i) => (
              <li
                key={item.id}
                id={`${listId}-${i}`}
                role="option"
                aria-selected={i === active}
                className={`palette-option${i === active ? ' is-active' : ''}`}
                onMouseMove={() => setActive(i)}
                onClick={() => run(item)}
              >
                <span className="palette-kind">{item.kind}</span>
                <span className="palette-label">{item.label}</span>
                {item.detail ? <span className="palette-detail">{item.detail}</span> : null}
              </li>
            ))}
          </ul>
        ) : (
          <p id={listId} className="muted" role="status">
            Nothing matches “{query}”.
          </p>
        )}
      </div>
    </Dialog>
  );
}
