/**
 * A list of records as an accessible table. The first cell of each row is a button that selects
 * the record (shown in the inspector). The table is one tab stop: arrow keys, Home and End move
 * between rows; double-click opens the record for editing.
 */
import { useRef, type KeyboardEvent, type ReactNode } from 'react';

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

  function moveFocus(event: KeyboardEvent<HTMLTableSectionElement>) {
    if (event.key !== 'ArrowDown' && event.key !== 'ArrowUp' && event.key !== 'Home' && event.key !== 'End') return;
    const buttons = Array.from(bodyRef.current?.querySelectorAll<HTMLButtonElement>('button.row-button') ?? []);
    const current = buttons.indexOf(document.activeElement as HTMLButtonElement);
    if (current === -1) return;
    event.preventDefault();
    const next =
      event.key === 'Home'
        ? 0
        : event.key === 'End'
          ? buttons.length - 1
          : Math.min(buttons.length - 1, Math.max(0, current + (event.key === 'ArrowDown' ? 1 : -1)));
    const target = buttons[next];
    if (target) {
      target.focus();
      target.click();
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
          {rows.map((row) => {
            const id = rowId(row);
            const selected = id === selectedId;
            return (
              <tr
                key={id}
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
                    tabIndex={id === focusId ? 0 : -1}
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
        </tbody>
      </table>
    </div>
  );
}
