import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { freshDatabase, type TestDatabase } from '../../platform/testing/database'
import type { Disclosed } from '../../shared/disclosure-control'
import { monthlyReport, type FigureTableReport } from './figures'
import { loadMonitoringFixture } from './fixture'
import { rebuildSnapshots } from './snapshots'

let database: TestDatabase
let ids: Awaited<ReturnType<typeof loadMonitoringFixture>>

beforeAll(async () => {
  database = await freshDatabase()
  ids = await loadMonitoringFixture(database.db)
})
afterAll(() => database?.close())

const v = (d: Disclosed | undefined) => (d && !d.suppressed ? d.value : 'hidden')
const values = (t: FigureTableReport | undefined, group: string) => {
  const row = t!.rows.find((r) => r.groupId === group)!
  return { cells: row.cells.map(v), total: v(row.total), derived: row.derived.map(v) }
}
const totals = (t: FigureTableReport | undefined) => ({
  cells: t!.total.cells.map(v),
  total: v(t!.total.total),
  derived: t!.total.derived.map(v),
})

describe('the monthly figures of a fixture with known figures', () => {
  it('reproduces every figure exactly (nothing suppressed at threshold 1)', async () => {
    const { current, previous } = await monthlyReport(database.db, '2024-03-01', 'municipality', {
      threshold: 1,
    })
    const table = (id: string) => current.tables.find((t) => t.id === id)
    expect(values(table('customersAtMonthEnd'), ids.m1)).toEqual({
      cells: [1, 1],
      total: 2,
      derived: [50],
    })
    expect(values(table('customersAtMonthEnd'), ids.m2)).toEqual({
      cells: [0, 1],
      total: 1,
      derived: [0],
    })
    expect(totals(table('customersAtMonthEnd'))).toEqual({
      cells: [1, 2],
      total: 3,
      derived: [33.3],
    })
    expect(values(table('started'), ids.m1)).toEqual({ cells: [1, 1], total: 2, derived: [50] })
    expect(totals(table('started'))).toEqual({ cells: [1, 2], total: 3, derived: [33.3] })
    expect(values(table('firstAction'), ids.m1)).toEqual({
      cells: [2, 0],
      total: 2,
      derived: [1.5, 1.9],
    })
    expect(totals(table('firstAction'))).toEqual({ cells: [2, 1], total: 3, derived: [1.5, 1.9] })
    const ended = table('ended')!
    const col = (r: string) => ended.columns.indexOf(r)
    const m1Ended = values(ended, ids.m1)
    expect(m1Ended.cells[col('employed_open_market')]).toBe(1)
    expect(m1Ended.total).toBe(1)
    expect(values(ended, ids.m2).cells[col('education')]).toBe(1)
    expect(totals(ended)).toMatchObject({ total: 2, derived: [100] })
    expect(values(table('followUp3'), ids.m1)).toEqual({
      cells: [1, 0, 0],
      total: 1,
      derived: [100],
    })
    expect(values(table('followUp6'), ids.m1)).toEqual({ cells: [0, 1, 0], total: 1, derived: [0] })
    expect(totals(table('followUp3'))).toEqual({ cells: [2, 0, 0], total: 2, derived: [100] })
    const actions = table('serviceActionsStarted')!
    expect(totals(actions).cells[actions.columns.indexOf('employment_and_plan')]).toBe(1)
    expect(totals(actions).cells[actions.columns.indexOf('education')]).toBe(1)
    expect(totals(actions).total).toBe(2)
    // The previous month, for comparison.
    const prev = (id: string) => previous.tables.find((t) => t.id === id)
    expect(previous.month).toBe('2024-02-01')
    expect(values(prev('customersAtMonthEnd'), ids.m1)).toEqual({
      cells: [1, 0],
      total: 1,
      derived: [100],
    })
    expect(values(prev('customersAtMonthEnd'), ids.m2)).toEqual({
      cells: [0, 1],
      total: 1,
      derived: [0],
    })
    const prevEnded = prev('ended')!
    expect(values(prevEnded, ids.m2).cells[prevEnded.columns.indexOf('moved_away')]).toBe(1)
    // Purchased services started, by service (columns in the order of their Finnish names).
    const referrals = table('referralsStarted')!
    expect(referrals.columns).toEqual([ids.training, ids.coaching])
    expect(referrals.columnLabels?.map((l) => l.en)).toEqual(['Training', 'Coaching'])
    expect(values(referrals, ids.m1)).toEqual({ cells: [1, 1], total: 2, derived: [] })
    expect(values(referrals, ids.m2)).toEqual({ cells: [0, 0], total: 0, derived: [] })
    expect(totals(referrals)).toEqual({ cells: [1, 1], total: 2, derived: [] })
    expect(values(prev('referralsStarted'), ids.m2)).toEqual({
      cells: [0, 1],
      total: 1,
      derived: [],
    })
  })

  it('counts the referrals started in April, not the one never started', async () => {
    const { current } = await monthlyReport(database.db, '2024-04-01', 'municipality', {
      threshold: 1,
    })
    const referrals = current.tables.find((t) => t.id === 'referralsStarted')!
    expect(totals(referrals)).toEqual({ cells: [0, 1], total: 1, derived: [] })
    expect(values(referrals, ids.m2)).toEqual({ cells: [0, 1], total: 1, derived: [] })
  })

  it('gives the same figures from snapshots as from the base tables, open month included', async () => {
    const base = new Date('2000-01-15T12:00:00Z') // every month in the future: from the base tables
    // In May, case 2's spell passes 12 months while the case goes on (the open month's changes).
    // On 15 March the nightly tally holds case 2's action of the 7th, and case 3's of the 16th
    // is counted live; on the 31st both are in the tally; on the 1st neither.
    for (const day of ['2024-02-15', '2024-03-01', '2024-03-15', '2024-03-31', '2024-05-15']) {
      const now = new Date(`${day}T12:00:00Z`)
      const open = day.slice(0, 7)
      await rebuildSnapshots(database.db, now)
      for (const month of ['2024-02-01', '2024-03-01', '2024-04-01', '2024-05-01']) {
        for (const by of ['municipality', 'organisation'] as const) {
          const snap = await monthlyReport(database.db, month, by, { threshold: 1, now })
          const live = await monthlyReport(database.db, month, by, { threshold: 1, now: base })
          expect(snap, `${month} by ${by}, open ${open}`).toEqual(live)
        }
      }
    }
  })

  it("gives an organisation lead their organisation's figures only", async () => {
    const own = await monthlyReport(database.db, '2024-03-01', 'organisation', {
      threshold: 1,
      scope: { organisationId: ids.org },
    })
    expect(own.current.groups.map((g) => g.id)).toEqual([ids.org])
    expect(totals(own.current.tables.find((t) => t.id === 'customersAtMonthEnd')).total).toBe(3)
    const other = await monthlyReport(database.db, '2024-03-01', 'municipality', {
      threshold: 1,
      scope: { organisationId: ids.provider },
    })
    for (const t of other.current.tables) expect(totals(t).total).toBe(0)
  })

  it('gives the same figures by organisation and by programme in total', async () => {
    for (const by of ['organisation', 'programme'] as const) {
      const { current } = await monthlyReport(database.db, '2024-03-01', by, { threshold: 1 })
      expect(totals(current.tables.find((t) => t.id === 'customersAtMonthEnd')).total).toBe(3)
      expect(totals(current.tables.find((t) => t.id === 'ended')).total).toBe(2)
    }
  })

  it('hides every small count, and what follows it, at the default threshold', async () => {
    const { current, previous } = await monthlyReport(database.db, '2024-03-01', 'municipality')
    for (const report of [current, previous]) {
      for (const t of report.tables) {
        for (const row of [...t.rows, t.total]) {
          for (const d of [...row.cells, row.total]) {
            if (!d.suppressed) expect(d.value === 0 || d.value >= 5).toBe(true)
          }
        }
      }
    }
  })
})
