import type { Queryable } from '../../platform/db/database'
import {
  DEFAULT_SUPPRESSION_THRESHOLD,
  statisticOf,
  suppressTogether,
  type CellRef,
  type CountTable,
  type DerivedValue,
  type Disclosed,
  type DisclosedTable,
} from '../../shared/disclosure-control'
import {
  derivedFigures,
  figureTableIds,
  figureTables,
  successfulEndReasons,
  type FigureTableId,
  type MonitoringDimension,
} from '../../shared/monitoring'
import type { LocalisedText } from '../../platform/db/columns'
import {
  countsByDimension,
  groupNames,
  referralServices,
  wholeNetwork,
  type GroupCounts,
  type MonitoringScope,
} from './counts'
import { monthFineCounts } from './snapshots'

/** The previous month's first day of a month's first day (`YYYY-MM-01`). */
export function previousMonth(month: string): string {
  const [y, m] = month.split('-').map(Number) as [number, number]
  return m === 1 ? `${y - 1}-12-01` : `${y}-${String(m - 1).padStart(2, '0')}-01`
}

const cell = (row: number, column: number): CellRef => ({ kind: 'cell', row, column })
const rowTotal = (row: number): CellRef => ({ kind: 'rowTotal', row })
const ratio = (a: number, b: number): number => (b === 0 ? 0 : Math.round((1000 * a) / b) / 10)

/** One group's cells of a table, in the order of its columns. */
function cellsOf(
  id: FigureTableId,
  c: GroupCounts | undefined,
  columns: readonly string[],
): number[] {
  if (!c) return columns.map(() => 0)
  switch (id) {
    case 'customersAtMonthEnd':
      return [c.at_end_ltu, c.at_end - c.at_end_ltu]
    case 'started':
      return [c.started_ltu, c.started - c.started_ltu]
    case 'firstAction':
      return [c.started_with_action, c.started - c.started_with_action]
    case 'ended':
      return figureTables.ended.map((r) => c.ended?.[r] ?? 0)
    case 'followUp3': {
      const ended = Object.values(c.ended ?? {}).reduce((a, b) => a + b, 0)
      return [c.fu3_in, c.fu3_out, ended - c.fu3_in - c.fu3_out]
    }
    case 'followUp6': {
      const ended = Object.values(c.ended ?? {}).reduce((a, b) => a + b, 0)
      return [c.fu6_in, c.fu6_out, ended - c.fu6_in - c.fu6_out]
    }
    case 'serviceActionsStarted':
      return figureTables.serviceActionsStarted.map((k) => c.actions?.[k] ?? 0)
    case 'referralsStarted':
      return columns.map((k) => c.referrals?.[k] ?? 0)
  }
}

const sum = (xs: readonly number[]) => xs.reduce((a, b) => a + b, 0)
const successColumns = successfulEndReasons.map((r) => figureTables.ended.indexOf(r))

/**
 * Derived values of a table: for each group then for the whole (index `groups.length`), in the
 * order of `derivedFigures[id]`. Each rests on the counts it is computed from.
 */
function derivedOf(
  id: FigureTableId,
  cells: number[][],
  counts: (GroupCounts | undefined)[],
  overall: { median: number | null; p90: number | null },
  columns: readonly string[],
): DerivedValue[] {
  const out: DerivedValue[] = []
  const columnTotals = columns.map((_, j) => sum(cells.map((r) => r[j]!)))
  const rows = [...cells.map((r, i) => ({ r, at: i })), { r: columnTotals, at: null }]
  for (const { r, at } of rows) {
    const c = (j: number): CellRef =>
      at === null ? { kind: 'columnTotal', column: j } : cell(at, j)
    const total: CellRef = at === null ? { kind: 'grandTotal' } : rowTotal(at)
    switch (id) {
      case 'customersAtMonthEnd':
      case 'started':
        out.push({ basedOn: [c(0), total], value: ratio(r[0]!, sum(r)) })
        break
      case 'firstAction': {
        const median = at === null ? overall.median : (counts[at]?.median_days ?? null)
        const p90 = at === null ? overall.p90 : (counts[at]?.p90_days ?? null)
        // A statistic of the people with a first action: hidden with that count.
        out.push(statisticOf(c(0), median === null ? 0 : Math.round(median * 10) / 10))
        out.push(statisticOf(c(0), p90 === null ? 0 : Math.round(p90 * 10) / 10))
        break
      }
      case 'ended':
        out.push({
          basedOn: [...successColumns.map(c), total],
          value: ratio(sum(successColumns.map((j) => r[j]!)), sum(r)),
        })
        break
      case 'followUp3':
      case 'followUp6':
        out.push({ basedOn: [c(0), c(1)], value: ratio(r[0]!, r[0]! + r[1]!) })
        break
      case 'serviceActionsStarted':
      case 'referralsStarted':
        break
    }
  }
  return out
}

export interface FigureTableReport {
  id: FigureTableId
  columns: string[]
  /** Names of columns that are data (the purchased services of `referralsStarted`), else null. */
  columnLabels: LocalisedText[] | null
  derivedNames: string[]
  /** Per group, then `total`: cells, the row total and the derived figures. */
  rows: { groupId: string; cells: Disclosed[]; total: Disclosed; derived: Disclosed[] }[]
  total: { cells: Disclosed[]; total: Disclosed; derived: Disclosed[] }
}

export interface MonthReport {
  month: string
  dimension: MonitoringDimension
  threshold: number
  groups: { id: string; name: { fi: string; sv: string; en: string } }[]
  tables: FigureTableReport[]
}

/** The purchased services that are the columns of `referralsStarted`. */
export type ReferralServiceColumns = readonly { id: string; name: LocalisedText }[]

const columnsOf = (id: FigureTableId, services: ReferralServiceColumns): readonly string[] =>
  id === 'referralsStarted' ? services.map((s) => s.id) : figureTables[id]

function reportOf(
  id: FigureTableId,
  disclosed: DisclosedTable,
  groups: readonly string[],
  services: ReferralServiceColumns,
): FigureTableReport {
  const per = derivedFigures[id].length
  return {
    id,
    columns: [...columnsOf(id, services)],
    columnLabels: id === 'referralsStarted' ? services.map((s) => s.name) : null,
    derivedNames: [...derivedFigures[id]],
    rows: groups.map((groupId, i) => ({
      groupId,
      cells: disclosed.cells[i]!,
      total: disclosed.rowTotals[i]!,
      derived: disclosed.derived.slice(i * per, (i + 1) * per),
    })),
    total: {
      cells: disclosed.columnTotals,
      total: disclosed.grandTotal,
      derived: disclosed.derived.slice(groups.length * per, (groups.length + 1) * per),
    },
  }
}

type Overall = { median: number | null; p90: number | null }

/**
 * Every figure table of two adjacent months, each pair protected together: one suppression
 * pattern for both months, so that comparing them recovers no hidden cell. Pure.
 */
export function protectFigureTables(
  groups: readonly string[],
  nowCounts: (GroupCounts | undefined)[],
  prevCounts: (GroupCounts | undefined)[],
  overallNow: Overall,
  overallPrev: Overall,
  threshold: number,
  services: ReferralServiceColumns = [],
): { tablesNow: FigureTableReport[]; tablesPrev: FigureTableReport[] } {
  const tablesNow: FigureTableReport[] = []
  const tablesPrev: FigureTableReport[] = []
  for (const id of figureTableIds) {
    const columns = columnsOf(id, services)
    const cellsNow = nowCounts.map((c) => cellsOf(id, c, columns))
    const cellsPrev = prevCounts.map((c) => cellsOf(id, c, columns))
    const tables: CountTable[] = [
      { cells: cellsNow, derived: derivedOf(id, cellsNow, nowCounts, overallNow, columns) },
      { cells: cellsPrev, derived: derivedOf(id, cellsPrev, prevCounts, overallPrev, columns) },
    ]
    const [a, b] = suppressTogether(tables, { threshold })
    tablesNow.push(reportOf(id, a!, groups, services))
    tablesPrev.push(reportOf(id, b!, groups, services))
  }
  return { tablesNow, tablesPrev }
}

export interface ReportOptions {
  threshold?: number
  /** Whose figures (default: the whole network). */
  scope?: MonitoringScope
  /** The time that decides which month is open (snapshots.ts). */
  now?: Date
}

/**
 * The monthly report and the previous month's, for month-to-month comparison. Each figure table
 * of the two months is protected together (one suppression pattern), so comparing the months
 * recovers no hidden cell. Every group of the dimension is a row, whether it has customers or
 * not, so that the rows do not tell which groups are empty beyond what zeros show anyway. An
 * organisation lead's report (`scope`) counts their organisation's joint customerships only,
 * with the same suppression.
 */
export async function monthlyReport(
  db: Queryable,
  month: string,
  dimension: MonitoringDimension,
  options: ReportOptions = {},
): Promise<{ current: MonthReport; previous: MonthReport }> {
  const threshold = options.threshold ?? DEFAULT_SUPPRESSION_THRESHOLD
  const scope = options.scope ?? wholeNetwork
  const now = options.now ?? new Date()
  const before = previousMonth(month)
  const [names, services, nowRows, prevRows] = await Promise.all([
    groupNames(db, dimension, scope),
    referralServices(db),
    monthFineCounts(db, month, scope, now),
    monthFineCounts(db, before, scope, now),
  ])
  const nowCounts = countsByDimension(nowRows, dimension)
  const prevCounts = countsByDimension(prevRows, dimension)
  const groups = names.map((n) => n.id)
  const byGroup = (rows: GroupCounts[]) => groups.map((g) => rows.find((r) => r.g === g))
  const serviceColumns = services.map((s) => ({
    id: s.id,
    name: { fi: s.name_fi, sv: s.name_sv, en: s.name_en },
  }))
  const { tablesNow, tablesPrev } = protectFigureTables(
    groups,
    byGroup(nowCounts.groups),
    byGroup(prevCounts.groups),
    nowCounts.overall,
    prevCounts.overall,
    threshold,
    serviceColumns,
  )
  const groupList = names.map((n) => ({
    id: n.id,
    name: { fi: n.name_fi, sv: n.name_sv, en: n.name_en },
  }))
  return {
    current: { month, dimension, threshold, groups: groupList, tables: tablesNow },
    previous: { month: before, dimension, threshold, groups: groupList, tables: tablesPrev },
  }
}
