import { Heading, Paragraph } from 'suomifi-ui-components'
import type { DisclosedFigure, FigureTable, MonthReport } from '../../../api/monitoring'
import type { DataCategory, EndReason } from '../../../../src/shared/enums'
import { localName } from '../../../i18n/format'
import { useI18n } from '../../../i18n/I18nProvider'

/** A figure as text: its value, or "fewer than 5" / "hidden" where disclosure control hid it. */
export function useFigureText() {
  const { t, lang } = useI18n()
  return (d: DisclosedFigure, threshold: number): string =>
    d.suppressed ? t.disclosure.cell[d.reason](threshold) : d.value.toLocaleString(lang)
}

/**
 * One figure table: its definition, a one-line text summary comparing the month with the one
 * before, and the table itself (groups, then the total) — this month's total beside last month's.
 */
export function FigureTableView({
  table,
  previous,
  report,
  groupFilter,
}: {
  table: FigureTable
  previous: FigureTable | undefined
  report: MonthReport
  groupFilter: string
}) {
  const { t, lang } = useI18n()
  const text = useFigureText()
  const id = table.id
  const copy = t.monitoring.tables[id]
  const columnLabel = (c: string, j: number): string =>
    table.columnLabels
      ? localName(table.columnLabels[j]!, lang)
      : id === 'ended'
        ? t.cases.endReasons[c as EndReason]
        : id === 'serviceActionsStarted'
          ? t.dataCategories[c as DataCategory]
          : (t.monitoring.columns[c] ?? c)
  const names = new Map(report.groups.map((g) => [g.id, localName(g.name, lang)]))
  const rows = table.rows.filter((r) => !groupFilter || r.groupId === groupFilter)
  const headingId = `figure-${id}`
  const th = report.threshold
  return (
    <section aria-labelledby={headingId} className="section figure-table" data-qa={`figure-${id}`}>
      <Heading variant="h2" id={headingId} mb="xs">
        {copy.title}
      </Heading>
      <Paragraph mb="xs">
        <strong>{t.monitoring.definition}:</strong> {copy.definition}
      </Paragraph>
      <Paragraph mb="s" data-qa="figure-summary">
        {t.monitoring.summary(
          t.monitoring.total,
          text(table.total.total, th),
          previous ? text(previous.total.total, th) : '–',
        )}
      </Paragraph>
      {table.columns.length === 0 && (
        <Paragraph mb="s" className="muted" data-qa="figure-no-columns">
          {t.monitoring.noReferralServices}
        </Paragraph>
      )}
      <div className="table-scroll">
        <table className="figures">
          <caption className="visually-hidden">{copy.title}</caption>
          <thead>
            <tr>
              <th scope="col">{t.monitoring.dimensions[report.dimension]}</th>
              {table.columns.map((c, j) => (
                <th scope="col" key={c}>
                  {columnLabel(c, j)}
                </th>
              ))}
              <th scope="col">{t.monitoring.total}</th>
              {table.derivedNames.map((d) => (
                <th scope="col" key={d}>
                  {t.monitoring.derived[d] ?? d}
                </th>
              ))}
            </tr>
          </thead>
          <tbody>
            {rows.map((r) => (
              <tr key={r.groupId} data-qa="figure-row">
                <th scope="row">{names.get(r.groupId) ?? r.groupId}</th>
                {r.cells.map((c, j) => (
                  <td key={j}>{text(c, th)}</td>
                ))}
                <td>{text(r.total, th)}</td>
                {r.derived.map((c, j) => (
                  <td key={j}>{text(c, th)}</td>
                ))}
              </tr>
            ))}
          </tbody>
          <tfoot>
            <tr data-qa="figure-total">
              <th scope="row">{t.monitoring.total}</th>
              {table.total.cells.map((c, j) => (
                <td key={j}>{text(c, th)}</td>
              ))}
              <td data-qa="figure-grand-total">{text(table.total.total, th)}</td>
              {table.total.derived.map((c, j) => (
                <td key={j}>{text(c, th)}</td>
              ))}
            </tr>
            {previous && (
              <tr data-qa="figure-previous">
                <th scope="row">{t.monitoring.previousMonth}</th>
                {previous.total.cells.map((c, j) => (
                  <td key={j}>{text(c, th)}</td>
                ))}
                <td>{text(previous.total.total, th)}</td>
                {previous.total.derived.map((c, j) => (
                  <td key={j}>{text(c, th)}</td>
                ))}
              </tr>
            )}
          </tfoot>
        </table>
      </div>
    </section>
  )
}
