/**
 * "Filter, then add": a dialog with a filter field over a short in-memory list (fuzzy matching is
 * the caller's, fuse.js as DESIGN.md says) and one button per row that adds it, or says it is already
 * in. Plain buttons in a list keep it keyboard- and screen-reader-friendly: type to filter, Tab to a
 * row's button, Enter or Space to add, Escape to close. The question bank's picker (guides) and the
 * ICP's persona picker are both this component.
 */
import { useMemo, useState, type ReactNode } from 'react';
import { Dialog } from './Dialog';

export interface AddPickerProps<T> {
  title: string;
  description: string;
  /** The filter field's name, e.g. "Filter bank questions". */
  filterLabel: string;
  /** The list's accessible name, e.g. "Bank questions". */
  listLabel: string;
  items: readonly T[];
  /** The rows to show for what is typed (all of them, in the caller's order, when it is empty). */
  filter(items: readonly T[], query: string): T[];
  keyOf(item: T): string | number;
  /** The row's words. */
  render(item: T): ReactNode;
  /** The row's plain name for its button's accessible name. */
  nameOf(item: T): string;
  isAdded(item: T): boolean;
  /** What the button says: "Add" and, once added, e.g. "In the guide". */
  addLabel?: string;
  addedLabel: string;
  onAdd(item: T): void;
  /** What shows when nothing matches the query, or the list is empty. */
  empty(query: string): ReactNode;
  /** One line in the footer, e.g. "3 in the guide". */
  footerHint: ReactNode;
  onClose(): void;
}

export function AddPicker<T>(props: AddPickerProps<T>) {
  const { items, filter, addLabel = 'Add', addedLabel } = props;
  const [query, setQuery] = useState('');
  const matches = useMemo(() => filter(items, query), [filter, items, query]);
  return (
    <Dialog title={props.title} description={props.description} onClose={props.onClose} size="wide">
      <div className="dialog-body add-picker">
        <input
          type="search"
          className="input"
          aria-label={props.filterLabel}
          placeholder={props.filterLabel}
          value={query}
          onChange={(e) => setQuery(e.target.value)}
          data-autofocus
        />
        <ul className="add-picker-list" aria-label={props.listLabel}>
          {matches.map((item) => {
            const added = props.isAdded(item);
            return (
              <li key={props.keyOf(item)} className="add-picker-row">
                <span className="add-picker-text">{props.render(item)}</span>
                <button
                  type="button"
                  className="btn"
                  disabled={added}
                  onClick={() => props.onAdd(item)}
                  aria-label={`${added ? addedLabel : addLabel}: ${props.nameOf(item)}`}
                >
                  {added ? addedLabel : addLabel}
                </button>
              </li>
            );
          })}
          {matches.length === 0 ? <li className="no-matches">{props.empty(query)}</li> : null}
        </ul>
      </div>
      <footer className="dialog-footer">
        <span className="dialog-footer-hint">{props.footerHint}</span>
        <button type="button" className="btn btn-primary" onClick={props.onClose}>
          Done
        </button>
      </footer>
    </Dialog>
  );
}
