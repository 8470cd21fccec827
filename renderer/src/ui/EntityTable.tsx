/**
 * A list of records as an accessible table. The first cell of each row is a button that selects
 * the record (shown in the inspector). The table is one tab stop: arrow keys, Home and End move
 * between rows; double-click opens the record for editing. A long list (over VIRTUAL_FROM rows: a
 * study's interviews or participants) keeps only the rows in view in the DOM, between two spacer rows.
 */
import { useVirtualizer } from '@tanstack/react-virtual';
import { useLayoutEffect, useRef, useState, type KeyboardEvent, type ReactNode } from 'react';

/** Lists up to this many rows render whole (a few hundred elements); longer ones are virtualised. */
const VIRTUAL_FROM = 100;
const ROW_ESTIMATE = 45;

/** The nearest ancestor that scrolls vertically: the screen's content pane. */
function scrollParent(el: HTMLElement | null): HTMLElement | null {
  for (let p = el?.parentElement ?? null; p; p = p.parentElement) {
    const overflow = getComputedStyle(p).overflowY;
    if (overflow === 'auto' || overflow === 'scroll') return p;
  }
  return null;
}

export interface Column<T> {
  key: string;
  header: string;
  cell(row: T): ReactNode;
  className?: string;
  /** Left out when the list is narrow (a laptop window with the inspector open); the inspector shows it. */
  optional?: boolean;
}

/** Text cells wrap to two lines at most; the whole text is the tooltip. */
function Cell({ content }: { content: ReactNode }) {
  if (typeof content !== 'string' || !content) return content;
  return (
    <span className="cell-text" title={content}>
      {content}
    </span>
  );
}

function columnClass(column: { className?: string; optional?: boolean }): string | undefined {
  return [column.className, column.optional ? 'col-optional' : ''].filter(Boolean).join(' ') || undefined;
}

export interface EntityTableProps<T> {
  caption: string;
  columns: Column<T>[];
  rows: T[];
  rowId(row: T): number;
  /** Text of the first, selectable cell. */
  rowLabel(row: T): string;
  labelHeader: string;
  selectedId: number | null;
  onSelect(id: number): void;
  onOpen(id: number): void;
  /** When set, Enter on a row opens it (instead of only selecting it). */
  openOnEnter?: boolean;
}

export function EntityTable<T>({
  caption,
  columns,
  rows,
  rowId,
  rowLabel,
  labelHeader,
  selectedId,
  onSelect,
  onOpen,
  openOnEnter = false,
}: EntityTableProps<T>) {
  const bodyRef = useRef<HTMLTableSectionElement>(null);
  // One tab stop for the whole table (the selected row, else the first); arrows move within it.
  const focusId = rows.some((row) => rowId(row) === selectedId) ? selectedId : rows[0] ? rowId(rows[0]) : null;
  const long = rows.length > VIRTUAL_FROM;
  // Where the rows start inside the scrolling pane (the toolbar and the header row come first), and
  // that pane; until it is found (the first layout) a long list shows its first rows only. With no
  // scrolling pane at all, the whole list renders.
  const [pane, setPane] = useState<{ el: HTMLElement | null; margin: number } | null>(null);
  useLayoutEffect(() => {
    if (!long) return;
    const body = bodyRef.current;
    const el = scrollParent(body);
    setPane({
      el,
      margin: body && el ? body.getBoundingClientRect().top - el.getBoundingClientRect().top + el.scrollTop : 0,
    });
  }, [long]);
  const virtual = long && !!pane?.el;
  const margin = pane?.margin ?? 0;
  const virtualizer = useVirtualizer({
    count: virtual ? rows.length : 0,
    getScrollElement: () => pane?.el ?? null,
    estimateSize: () => ROW_ESTIMATE,
    scrollMargin: margin,
    overscan: 10,
    getItemKey: (i) => rowId(rows[i]!),
  });
  const items = virtualizer.getVirtualItems();
  const shown = virtual
    ? items.map((item) => ({ row: rows[item.index]!, index: item.index }))
    : (long && !pane ? rows.slice(0, 40) : rows).map((row, index) => ({ row, index }));
  // The tab stop must be a rendered row: the first in view when the chosen one is scrolled away.
  const tabStop = shown.some(({ row }) => rowId(row) === focusId) ? focusId : shown[0] ? rowId(shown[0].row) : null;
  const top = virtual ? (items[0]?.start ?? margin) - margin : 0;
  const bottom = virtual ? virtualizer.getTotalSize() - ((items[items.length - 1]?.end ?? margin) - margin) : 0;

  function moveFocus(event: KeyboardEvent<HTMLTableSectionElement>) {
    if (event.key !== 'ArrowDown' && event.key !== 'ArrowUp' && event.key !== 'Home' && event.key !== 'End') return;
    const active = document.activeElement as HTMLElement | null;
    const current = Number(active?.closest('tr')?.dataset['index'] ?? -1);
    if (current === -1 || !active?.classList.contains('row-button')) return;
    event.preventDefault();
    const last = rows.length - 1;
    const next =
      event.key === 'Home'
        ? 0
        : event.key === 'End'
          ? last
          : Math.min(last, Math.max(0, current + (event.key === 'ArrowDown' ? 1 : -1)));
    const focus = () => {
      const target = bodyRef.current?.querySelector<HTMLButtonElement>(`tr[data-index="${next}"] button.row-button`);
      if (!target) return false;
      target.focus();
      target.click();
      return true;
    };
    // A row out of view is brought in first, then focused once it is rendered.
    if (!focus() && virtual) {
      virtualizer.scrollToIndex(next);
      requestAnimationFrame(() => requestAnimationFrame(() => void focus()));
    }
  }

  return (
    <div className="table-scroll">
      <table className="entity-table">
        <caption className="visually-hidden">{caption}</caption>
        <thead>
          <tr>
            <th scope="col">{labelHeader}</th>
            {columns.map((column) => (
              <th key={column.key} scope="col" className={columnClass(column)}>
                {column.header}
              </th>
            ))}
          </tr>
        </thead>
        <tbody ref={bodyRef} onKeyDown={moveFocus}>
          {top > 0 ? (
            <tr aria-hidden="true" className="entity-table-spacer">
              <td colSpan={columns.length + 1} style={{ height: top, padding: 0, border: 0 }} />
            </tr>
          ) : null}
          {shown.map(({ row, index }) => {
            const id = rowId(row);
            const selected = id === selectedId;
            return (
              <tr
                key={id}
                data-index={index}
                ref={virtual ? virtualizer.measureElement : undefined}
                className={selected ? 'is-selected' : undefined}
                aria-current={selected ? 'true' : undefined}
                onClick={() => onSelect(id)}
                onDoubleClick={() => onOpen(id)}
              >
                <th scope="row">
                  <button
                    type="button"
                    className="row-button"
                    aria-pressed={selected}
                    tabIndex={id === tabStop ? 0 : -1}
                    onClick={() => onSelect(id)}
                    onKeyDown={
                      openOnEnter
                        ? (event) => {
                            if (event.key !== 'Enter') return;
                            event.preventDefault();
                            onOpen(id);
                          }
                        : undefined
                    }
                  >
                    <span className="cell-text" title={rowLabel(row)}>
                      {rowLabel(row)}
                    </span>
                  </button>
                </th>
                {columns.map((column) => (
                  <td key={column.key} className={columnClass(column)}>
                    <Cell content={column.cell(row)} />
                  </td>
                ))}
              </tr>
            );
          })}
          {bottom > 0 ? (
            <tr aria-hidden="true" className="entity-table-spacer">
              <td colSpan={columns.length + 1} style={{ height: bottom, padding: 0, border: 0 }} />
            </tr>
          ) : null}
        </tbody>
      </table>
    </div>
  );
}
