import fc from 'fast-check'
import { describe, expect, it } from 'vitest'
import type { Disclosed } from '../../shared/disclosure-control'
import { dataCategories, endReasons } from '../../shared/enums'
import type { GroupCounts } from './counts'
import { protectFigureTables, type FigureTableReport } from './figures'

/** Counts of one group in one month that hang together (parts never exceed their wholes). */
const groupCounts = (g: string): fc.Arbitrary<GroupCounts> =>
  fc
    .record({
      atEnd: fc.nat(12),
      started: fc.nat(12),
      ended: fc.array(fc.nat(7), { minLength: endReasons.length, maxLength: endReasons.length }),
      actions: fc.array(fc.nat(9), {
        minLength: dataCategories.length,
        maxLength: dataCategories.length,
      }),
      shares: fc.array(fc.double({ min: 0, max: 1, noNaN: true }), {
        minLength: 7,
        maxLength: 7,
      }),
    })
    .map(({ atEnd, started, ended, actions, shares }) => {
      const part = (n: number, k: number) => Math.floor(n * shares[k]!)
      const endedTotal = ended.reduce((a, b) => a + b, 0)
      const fu3In = part(endedTotal, 3)
      const fu6In = part(endedTotal, 5)
      return {
        g,
        at_end: atEnd,
        at_end_ltu: part(atEnd, 0),
        started,
        started_ltu: part(started, 1),
        started_with_action: part(started, 2),
        median_days: 3,
        p90_days: 9,
        ended: Object.fromEntries(endReasons.map((r, i) => [r, ended[i]!])),
        fu3_in: fu3In,
        fu3_out: part(endedTotal - fu3In, 4),
        fu6_in: fu6In,
        fu6_out: part(endedTotal - fu6In, 6),
        actions: Object.fromEntries(dataCategories.map((c, i) => [c, actions[i]!])),
      }
    })

const months = fc.integer({ min: 1, max: 4 }).chain((n) => {
  const groups = Array.from({ length: n }, (_, i) => `g${i}`)
  return fc.record({
    groups: fc.constant(groups),
    now: fc.tuple(...groups.map(groupCounts)),
    prev: fc.tuple(...groups.map(groupCounts)),
    threshold: fc.integer({ min: 3, max: 6 }),
  })
})

/** The table with its totals as one more row and column (rows of cells + row total). */
function grid(t: FigureTableReport): Disclosed[][] {
  return [...t.rows.map((r) => [...r.cells, r.total]), [...t.total.cells, t.total.total]]
}

describe('suppression of the monthly report (property)', () => {
  it('holds through totals, across groups shown alone, and between adjacent months', () => {
    fc.assert(
      fc.property(months, ({ groups, now, prev, threshold }) => {
        const both = protectFigureTables(
          groups,
          now,
          prev,
          { median: 3, p90: 9 },
          { median: 3, p90: 9 },
          threshold,
        )
        both.tablesNow.forEach((tableNow, k) => {
          const tablePrev = both.tablesPrev[k]!
          const a = grid(tableNow)
          const b = grid(tablePrev)
          for (const g of [a, b]) {
            for (const row of g) {
              for (const d of row) {
                // No small count is ever shown, in a cell or in any total.
                if (!d.suppressed) expect(d.value === 0 || d.value >= threshold).toBe(true)
              }
              // No line of the table (a row with its total) has a single hidden figure, so no
              // one sum gives one away; a group shown alone is such a row.
              expect(row.filter((d) => d.suppressed).length).not.toBe(1)
            }
            for (let j = 0; j < g[0]!.length; j++) {
              expect(g.filter((row) => row[j]!.suppressed).length).not.toBe(1)
            }
          }
          // Adjacent months share one pattern: comparing them shows nothing either hides.
          expect(a.map((r) => r.map((d) => d.suppressed))).toEqual(
            b.map((r) => r.map((d) => d.suppressed)),
          )
          // A share or median follows its counts: hidden when its group's counts are.
          for (const [t, g] of [
            [tableNow, a],
            [tablePrev, b],
          ] as const) {
            t.rows.forEach((r, i) => {
              if (g[i]!.some((d) => d.suppressed) && t.id !== 'serviceActionsStarted') {
                const basisHidden =
                  t.id === 'firstAction'
                    ? r.cells[0]!.suppressed
                    : t.id.startsWith('followUp')
                      ? r.cells[0]!.suppressed || r.cells[1]!.suppressed
                      : t.id === 'ended'
                        ? r.total.suppressed || r.cells.some((c, j) => c.suppressed && j < 3)
                        : r.cells[0]!.suppressed || r.total.suppressed
                if (basisHidden) expect(r.derived.every((d) => d.suppressed)).toBe(true)
              }
            })
          }
        })
      }),
      { numRuns: 150 },
    )
  })
})
