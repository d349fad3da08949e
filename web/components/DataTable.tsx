import type { ReactNode } from 'react'

export interface Column<T> {
  key: string
  header: string
  cell: (row: T) => ReactNode
}

interface Props<T> {
  caption: string
  columns: Column<T>[]
  rows: T[]
  rowKey: (row: T) => string
  rowQa: string
  rowAttributes?: (row: T) => Record<`data-${string}`, string>
}

/**
 * A table that turns into stacked cards on a narrow screen (see .data-table in global.css).
 * The explicit roles keep its table semantics for screen readers once CSS stops laying it
 * out as a table.
 */
export function DataTable<T>({ caption, columns, rows, rowKey, rowQa, rowAttributes }: Props<T>) {
  return (
    <table className="data-table" role="table">
      <caption className="visually-hidden">{caption}</caption>
      <thead role="rowgroup">
        <tr role="row">
          {columns.map((c) => (
            <th key={c.key} scope="col" role="columnheader">
              {c.header}
            </th>
          ))}
        </tr>
      </thead>
      <tbody role="rowgroup">
        {rows.map((row) => (
          <tr key={rowKey(row)} role="row" data-qa={rowQa} {...rowAttributes?.(row)}>
            {columns.map((c) => (
              <td key={c.key} role="cell" data-qa={`cell-${c.key}`}>
                {/* The header repeated for the stacked layout; screen readers have the real one. */}
                <span className="data-table__label" aria-hidden="true">
                  {c.header}
                </span>
                <span className="data-table__value">{c.cell(row)}</span>
              </td>
            ))}
          </tr>
        ))}
      </tbody>
    </table>
  )
}
