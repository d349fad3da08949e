import * as Plot from '@observablehq/plot'
import { useEffect, useRef } from 'react'
import { Heading, Paragraph } from 'suomifi-ui-components'
import type { DisclosedFigure, FigureTable, MonthReport } from '../../../api/monitoring'
import type { EndReason } from '../../../../src/shared/enums'
import type { FigureTableId } from '../../../../src/shared/monitoring'
import { localName } from '../../../i18n/format'
import { useI18n } from '../../../i18n/I18nProvider'
import { useFigureText } from './FigureTableView'

/** One bar (or stacked part of a bar): only figures that disclosure control showed. */
interface Bar {
  month: string
  kind: string
  part: string
  value: number
  label: string
}

/** A place where a hidden figure would be: drawn as a note, never as a number. */
interface Gap {
  month: string
  kind: string
  note: string
  /** the hidden figures one by one, for the note under the chart */
  detail: string
  /** where the note stands: on top of what is shown of the bar */
  top: number
}

/** The chosen group's row of a table, or the table's total when no group is chosen. */
function rowOf(table: FigureTable | undefined, groupFilter: string) {
  if (!table) return undefined
  if (!groupFilter) return table.total
  return table.rows.find((r) => r.groupId === groupFilter)
}

/** A rendered Plot chart in a container; re-rendered when its inputs change. */
function PlotFigure({ render, qa }: { render: () => SVGSVGElement | HTMLElement; qa: string }) {
  const ref = useRef<HTMLDivElement>(null)
  // Plot builds the SVG as DOM nodes; a few small charts, so rendering on every update is cheap.
  useEffect(() => {
    const node = render()
    ref.current?.replaceChildren(node)
    return () => node.remove()
  })
  return <div ref={ref} className="chart" data-qa={qa} />
}

/**
 * The dashboard's charts (Observable Plot, SVG with aria-label and aria-description): customers
 * at month end, started and ended by end reason, and the share of successful endings, for the
 * month shown and the previous one. A hidden figure is never plotted: its place is a gap with
 * the same note as in the tables ("fewer than 5"). Loaded only on this page (React.lazy).
 */
export default function MonitoringCharts({
  current,
  previous,
  groupFilter,
}: {
  current: MonthReport
  previous: MonthReport
  groupFilter: string
}) {
  const { t, lang } = useI18n()
  const text = useFigureText()
  const th = current.threshold
  const c = t.monitoring.charts
  const monthName = (ymd: string): string => {
    const [y, m] = ymd.split('-').map(Number) as [number, number]
    return new Date(Date.UTC(y, m - 1, 1)).toLocaleDateString(lang, {
      month: 'long',
      year: 'numeric',
      timeZone: 'UTC',
    })
  }
  const months = [
    { name: monthName(previous.month), report: previous },
    { name: monthName(current.month), report: current },
  ]
  const table = (report: MonthReport, id: FigureTableId) => report.tables.find((x) => x.id === id)
  const number = (v: number): string => v.toLocaleString(lang)
  const groupName = groupFilter
    ? localName(
        current.groups.find((g) => g.id === groupFilter)?.name ?? { fi: '', sv: '', en: '' },
        lang,
      )
    : t.monitoring.total

  /** Bars and gaps for one figure per month (a row total or a derived value). */
  const single = (pick: (report: MonthReport) => DisclosedFigure | undefined) => {
    const bars: Bar[] = []
    const gaps: Gap[] = []
    for (const { name, report } of months) {
      const d = pick(report)
      if (!d) continue
      if (d.suppressed)
        gaps.push({ month: name, kind: name, note: text(d, th), detail: text(d, th), top: 0 })
      else bars.push({ month: name, kind: name, part: name, value: d.value, label: '' })
    }
    for (const b of bars) b.label = c.monthValue(b.month, number(b.value))
    return { bars, gaps }
  }

  const customers = single((r) => rowOf(table(r, 'customersAtMonthEnd'), groupFilter)?.total)
  const successful = single((r) => rowOf(table(r, 'ended'), groupFilter)?.derived[0])

  const flows = { bars: [] as Bar[], gaps: [] as Gap[] }
  for (const { name, report } of months) {
    for (const [id, kind] of [
      ['started', c.started],
      ['ended', c.ended],
    ] as const) {
      const tab = table(report, id)
      const row = rowOf(tab, groupFilter)
      if (!tab || !row) continue
      const hidden: string[] = []
      row.cells.forEach((d, j) => {
        const column = tab.columns[j]!
        const part =
          id === 'ended'
            ? t.cases.endReasons[column as EndReason]
            : (t.monitoring.columns[column] ?? column)
        if (d.suppressed) hidden.push(`${part}: ${text(d, th)}`)
        else if (d.value > 0)
          flows.bars.push({
            month: name,
            kind,
            part,
            value: d.value,
            label: `${name}, ${kind}, ${part}: ${number(d.value)}`,
          })
      })
      if (hidden.length > 0) {
        const top = flows.bars
          .filter((b) => b.month === name && b.kind === kind)
          .reduce((sum, b) => sum + b.value, 0)
        const notes = [...new Set(row.cells.filter((d) => d.suppressed).map((d) => text(d, th)))]
        flows.gaps.push({
          month: name,
          kind,
          note: notes.join('\n'),
          detail: hidden.join(', '),
          top,
        })
      }
    }
  }

  const summaryOf = (bars: Bar[], gaps: Gap[]): string =>
    [
      ...bars.map((b) => b.label),
      ...gaps.map((g) =>
        c.monthValue(g.month, g.kind === g.month ? g.detail : `${g.kind}, ${g.detail}`),
      ),
    ].join('. ')

  const tickFormat = (v: number): string => number(v)
  // Room for the notes of hidden figures above the bars.
  const yMax = (bars: Bar[], stacked: boolean, floor: number): number => {
    const sums = new Map<string, number>()
    for (const b of bars) {
      const key = stacked ? `${b.month}|${b.kind}` : b.month
      sums.set(key, (sums.get(key) ?? 0) + b.value)
    }
    return Math.max(floor, ...sums.values()) * 1.25
  }
  // Counts of people: whole-number ticks only.
  const countTicks = (max: number): number[] => {
    const rough = Math.max(1, max / 8)
    const power = 10 ** Math.floor(Math.log10(rough))
    const step = [1, 2, 5, 10].map((k) => k * power).find((k) => k >= rough)!
    return Array.from({ length: Math.floor(max / step) + 1 }, (_, i) => i * step)
  }

  const renderCustomers = () =>
    Plot.plot({
      ariaLabel: c.customers,
      ariaDescription: c.customersDescription(summaryOf(customers.bars, customers.gaps)),
      marginLeft: 50,
      height: 300,
      x: { label: null, domain: months.map((m) => m.name) },
      y: {
        label: c.value,
        grid: true,
        domain: [0, yMax(customers.bars, false, 5)],
        ticks: countTicks(yMax(customers.bars, false, 5)),
        tickFormat,
      },
      marks: [
        Plot.barY(customers.bars, {
          x: 'month',
          y: 'value',
          fill: '#2a6ebb',
          title: 'label',
        }),
        Plot.text(customers.bars, {
          x: 'month',
          y: 'value',
          text: (b: Bar) => number(b.value),
          dy: -8,
        }),
        Plot.text(customers.gaps, { x: 'month', y: 0, text: 'note', dy: -10 }),
        Plot.ruleY([0], { ariaHidden: 'true' }),
      ],
    })

  const renderFlows = () =>
    Plot.plot({
      ariaLabel: c.flows,
      ariaDescription: c.flowsDescription(summaryOf(flows.bars, flows.gaps)),
      marginLeft: 50,
      marginBottom: 40,
      height: 340,
      fx: { label: null, domain: months.map((m) => m.name) },
      x: { label: null, domain: [c.started, c.ended] },
      y: {
        label: c.value,
        grid: true,
        domain: [0, yMax(flows.bars, true, 5)],
        ticks: countTicks(yMax(flows.bars, true, 5)),
        tickFormat,
      },
      color: {
        legend: true,
        scheme: 'tableau10',
        domain: [...new Set(flows.bars.map((b) => b.part))],
      },
      marks: [
        Plot.barY(flows.bars, {
          fx: 'month',
          x: 'kind',
          y: 'value',
          fill: 'part',
          title: 'label',
          order: null,
        }),
        Plot.text(flows.gaps, {
          fx: 'month',
          x: 'kind',
          y: 'top',
          text: 'note',
          lineAnchor: 'bottom',
          dy: -4,
          fontSize: 11,
        }),
        Plot.ruleY([0], { ariaHidden: 'true' }),
      ],
    })

  const renderSuccessful = () =>
    Plot.plot({
      ariaLabel: c.successful,
      ariaDescription: c.successfulDescription(summaryOf(successful.bars, successful.gaps)),
      marginLeft: 50,
      height: 300,
      x: { label: null, domain: months.map((m) => m.name) },
      y: { label: c.share, grid: true, domain: [0, 100], tickFormat },
      marks: [
        Plot.barY(successful.bars, {
          x: 'month',
          y: 'value',
          fill: '#207a43',
          title: 'label',
        }),
        Plot.text(successful.bars, {
          x: 'month',
          y: 'value',
          text: (b: Bar) => number(b.value),
          dy: -8,
        }),
        Plot.text(successful.gaps, { x: 'month', y: 0, text: 'note', dy: -10 }),
        Plot.ruleY([0], { ariaHidden: 'true' }),
      ],
    })

  const charts = [
    { id: 'customers', title: c.customers, render: renderCustomers, gaps: customers.gaps },
    { id: 'flows', title: c.flows, render: renderFlows, gaps: flows.gaps },
    { id: 'successful', title: c.successful, render: renderSuccessful, gaps: successful.gaps },
  ]
  return (
    <section aria-labelledby="monitoring-charts" className="section" data-qa="monitoring-charts">
      <Heading variant="h2" id="monitoring-charts" mb="xs">
        {c.title}
      </Heading>
      <Paragraph mb="xs">{c.intro}</Paragraph>
      <Paragraph mb="s">{c.scope(groupName)}</Paragraph>
      <div className="charts">
        {charts.map((chart) => (
          <figure key={chart.id} className="chart-figure">
            <figcaption>
              <strong>{chart.title}</strong>
            </figcaption>
            <PlotFigure render={chart.render} qa={`chart-${chart.id}`} />
            <p className="muted chart-note">
              {chart.gaps.length > 0
                ? c.hiddenParts(
                    chart.gaps
                      .map(
                        (g) => `${g.month}, ${g.kind === g.month ? '' : `${g.kind}, `}${g.detail}`,
                      )
                      .join('; '),
                  )
                : c.noHidden}
            </p>
          </figure>
        ))}
      </div>
    </section>
  )
}
