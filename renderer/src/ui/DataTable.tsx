/**
 * A read-only table of records (personas, segments, members, backups): a scrolling wrapper, column
 * headers, and each row's first cell as its row header unless `rowHeader` is off. For a selectable
 * list with an inspector, see EntityTable.
 */
import type { ReactNode } from 'react';

export interface DataColumn<T> {
  header: string;
  /** The header is read out but not shown (an actions column). */
  hideHeader?: boolean;
  cell(row: T): ReactNode;
  className?: string;
}

export function DataTable<T>({
  label,
  columns,
  rows,
  rowKey,
  rowHeader = true,
  className,
}: {
  label: string;
  columns: readonly DataColumn<T>[];
  rows: readonly T[];
  rowKey(row: T): string | number;
  rowHeader?: boolean;
  className?: string;
}) {
  return (
    <div className="table-scroll">
      <table className={`entity-table${className ? ` ${className}` : ''}`} aria-label={label}>
        <thead>
          <tr>
            {columns.map((c) => (
              <th key={c.header} scope="col">
                {c.hideHeader ? <span className="visually-hidden">{c.header}</span> : c.header}
              </th>
            ))}
          </tr>
        </thead>
        <tbody>
          {rows.map((row) => (
            <tr key={rowKey(row)}>
              {columns.map((c, i) =>
                i === 0 && rowHeader ? (
                  <th key={c.header} scope="row" className={c.className}>
                    {c.cell(row)}
                  </th>
                ) : (
                  <td key={c.header} className={c.className}>
                    {c.cell(row)}
                  </td>
                ),
              )}
            </tr>
          ))}
        </tbody>
      </table>
    </div>
  );
}
