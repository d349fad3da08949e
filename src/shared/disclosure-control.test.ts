import { describe, expect, it } from 'vitest'
import fc from 'fast-check'
import {
  DEFAULT_SUPPRESSION_THRESHOLD,
  percentage,
  statisticOf,
  suppressTable,
  suppressTogether,
  type Disclosed,
  type DisclosedTable,
} from './disclosure-control'

// What an outsider sees, as the table with its totals as one more row and column (null = hidden).
function seen(t: DisclosedTable): (number | null)[][] {
  const v = (d: Disclosed): number | null => (d.suppressed ? null : d.value)
  return [
    ...t.cells.map((row, i) => [...row.map(v), v(t.rowTotals[i]!)]),
    [...t.columnTotals.map(v), v(t.grandTotal)],
  ]
}

function truth(cells: number[][]): number[][] {
  const columns = cells[0]?.length ?? 0
  const rowSums = cells.map((r) => r.reduce((a, b) => a + b, 0))
  const columnSums = Array.from({ length: columns }, (_, j) => cells.reduce((a, r) => a + r[j]!, 0))
  const grand = rowSums.reduce((a, b) => a + b, 0)
  return [...cells.map((r, i) => [...r, rowSums[i]!]), [...columnSums, grand]]
}

// Each line of the table with its totals: the entries before the last sum to the last.
function lines(rows: number, columns: number): [number, number][][] {
  const out: [number, number][][] = []
  for (let i = 0; i <= rows; i++)
    out.push(Array.from({ length: columns + 1 }, (_, j): [number, number] => [i, j]))
  for (let j = 0; j <= columns; j++)
    out.push(Array.from({ length: rows + 1 }, (_, i): [number, number] => [i, j]))
  return out
}

/** Attack 1: a line with one hidden entry gives it away by subtraction. Returns what it recovers. */
function solveByLines(view: (number | null)[][]): [number, number][] {
  const rows = view.length - 1
  const columns = view[0]!.length - 1
  return lines(rows, columns)
    .map((line) => line.filter(([i, j]) => view[i]![j] === null))
    .filter((hidden) => hidden.length === 1)
    .map((hidden) => hidden[0]!)
}

/** Attack 2: linear algebra over all lines at once. Returns the hidden entries that are determined. */
function solveByElimination(view: (number | null)[][]): [number, number][] {
  const rows = view.length - 1
  const columns = view[0]!.length - 1
  const unknowns: [number, number][] = []
  view.forEach((r, i) => r.forEach((v, j) => v === null && unknowns.push([i, j])))
  const index = (i: number, j: number): number => unknowns.findIndex(([a, b]) => a === i && b === j)
  const equations = lines(rows, columns).map((line) => {
    const row = new Array<number>(unknowns.length).fill(0)
    line.forEach(([i, j], k) => {
      const u = index(i, j)
      if (u >= 0) row[u] = k === line.length - 1 ? -1 : 1
    })
    return row
  })
  const rank = (m: number[][]): number => {
    const a = m.map((r) => [...r])
    let r = 0
    for (let c = 0; c < unknowns.length && r < a.length; c++) {
      const p = a.findIndex((row, k) => k >= r && Math.abs(row[c]!) > 1e-9)
      if (p < 0) continue
      ;[a[r], a[p]] = [a[p]!, a[r]!]
      for (let k = 0; k < a.length; k++) {
        if (k === r) continue
        const f = a[k]![c]! / a[r]![c]!
        for (let c2 = 0; c2 < unknowns.length; c2++) a[k]![c2]! -= f * a[r]![c2]!
      }
      r++
    }
    return r
  }
  const base = rank(equations)
  return unknowns.filter((_, u) => {
    const unit = new Array<number>(unknowns.length).fill(0)
    unit[u] = 1
    return rank([...equations, unit]) === base
  })
}

/**
 * Attack 3: non-negative integer tables consistent with everything seen, searched exhaustively
 * within one of each hidden cell's true value. A hidden entry that takes two values there can
 * take at least two in all; returns the hidden entries that take one value only.
 */
function pinnedByBounds(view: (number | null)[][], actual: number[][]): [number, number][] {
  const rows = view.length - 1
  const columns = view[0]!.length - 1
  const hiddenCells: [number, number][] = []
  for (let i = 0; i < rows; i++)
    for (let j = 0; j < columns; j++) if (view[i]![j] === null) hiddenCells.push([i, j])
  const hiddenAll: [number, number][] = []
  view.forEach((r, i) => r.forEach((v, j) => v === null && hiddenAll.push([i, j])))
  const values = hiddenAll.map(() => new Set<number>())
  const trial = actual.slice(0, rows).map((r) => r.slice(0, columns))
  const search = (k: number): void => {
    if (k === hiddenCells.length) {
      const t = truth(trial)
      if (view.every((r, i) => r.every((v, j) => v === null || v === t[i]![j]))) {
        hiddenAll.forEach(([i, j], h) => values[h]!.add(t[i]![j]!))
      }
      return
    }
    const [i, j] = hiddenCells[k]!
    for (const v of [actual[i]![j]! - 1, actual[i]![j]!, actual[i]![j]! + 1]) {
      if (v < 0) continue
      trial[i]![j] = v
      search(k + 1)
    }
    trial[i]![j] = actual[i]![j]!
  }
  search(0)
  return hiddenAll.filter((_, h) => values[h]!.size < 2)
}

/**
 * Attack 3 on a nested pair at once: both tables within one of their true hidden values, with
 * the part never above the whole. Returns the hidden entries of either table or of their
 * difference (the filtered-out group, which no one publishes) that take one small count only.
 * (An entry hidden for the other table's sake may be pinned where it is not small: see
 * docs/disclosure-control.md.)
 */
function pinnedJointly(
  views: [(number | null)[][], (number | null)[][]],
  whole: number[][],
  part: number[][],
  threshold: number,
): string[] {
  const rows = whole.length
  const columns = whole[0]!.length
  const hiddenCells: [number, number][] = []
  for (let i = 0; i < rows; i++)
    for (let j = 0; j < columns; j++) if (views[0][i]![j] === null) hiddenCells.push([i, j])
  const hiddenAll: [number, number][] = []
  views[0].forEach((r, i) => r.forEach((v, j) => v === null && hiddenAll.push([i, j])))
  const values = new Map<string, Set<number>>()
  const note = (key: string, v: number): void => {
    values.set(key, (values.get(key) ?? new Set()).add(v))
  }
  const trial = [whole.map((r) => [...r]), part.map((r) => [...r])]
  const unknowns = hiddenCells.flatMap(([i, j]) =>
    [0, 1].map((t): [number, number, number] => [t, i, j]),
  )
  const search = (k: number): void => {
    if (k === unknowns.length) {
      if (trial[0]!.some((r, i) => r.some((v, j) => v < trial[1]![i]![j]!))) return
      const [ta, tb] = [truth(trial[0]!), truth(trial[1]!)]
      const fits = (view: (number | null)[][], t: number[][]): boolean =>
        view.every((r, i) => r.every((v, j) => v === null || v === t[i]![j]))
      if (!fits(views[0], ta) || !fits(views[1], tb)) return
      for (const [i, j] of hiddenAll) {
        note(`whole ${i},${j}`, ta[i]![j]!)
        note(`part ${i},${j}`, tb[i]![j]!)
        note(`difference ${i},${j}`, ta[i]![j]! - tb[i]![j]!)
      }
      return
    }
    const [t, i, j] = unknowns[k]!
    const actual = (t === 0 ? whole : part)[i]![j]!
    for (const v of [actual - 1, actual, actual + 1]) {
      if (v < 0) continue
      trial[t]![i]![j] = v
      search(k + 1)
    }
    trial[t]![i]![j] = actual
  }
  search(0)
  const small = (v: number): boolean => v > 0 && v < threshold
  return [...values].filter(([, s]) => s.size < 2 && [...s].every(small)).map(([key]) => key)
}

const hiddenEntries = (t: DisclosedTable): number =>
  seen(t)
    .flat()
    .filter((v) => v === null).length

describe('disclosure control by hand', () => {
  it('shows a table without small counts as it is, zeros included', () => {
    const t = suppressTable({
      cells: [
        [12, 0],
        [7, 30],
      ],
    })
    expect(seen(t)).toEqual([
      [12, 0, 12],
      [7, 30, 37],
      [19, 30, 49],
    ])
  })

  it('handles a table without rows or columns', () => {
    expect(suppressTable({ cells: [] }).grandTotal).toEqual({ suppressed: false, value: 0 })
    expect(seen(suppressTable({ cells: [[], []] }))).toEqual([[0], [0], [0]])
  })

  it('hides a small count and the cheapest cells that complete a rectangle, keeping the totals', () => {
    const t = suppressTable({
      cells: [
        [3, 10, 40],
        [12, 20, 50],
      ],
    })
    expect(t.cells[0]![0]).toEqual({ suppressed: true, reason: 'primary' })
    expect(seen(t)).toEqual([
      [null, null, 40, 53],
      [null, null, 50, 82],
      [15, 30, 90, 135],
    ])
    expect(t.cells[1]![1]).toEqual({ suppressed: true, reason: 'secondary' })
  })

  it('uses one pattern for two small counts in the same row and column where it can', () => {
    const t = suppressTable({
      cells: [
        [2, 9, 30],
        [9, 1, 30],
        [30, 30, 30],
      ],
    })
    expect(seen(t)).toEqual([
      [null, null, 30, 41],
      [null, null, 30, 40],
      [30, 30, 30, 90],
      [41, 40, 90, 171],
    ])
  })

  it('hides a total below the threshold and protects it like a cell', () => {
    const t = suppressTable({
      cells: [
        [1, 2],
        [10, 10],
        [8, 9],
      ],
    })
    expect(t.rowTotals[0]).toEqual({ suppressed: true, reason: 'primary' })
    expect(solveByElimination(seen(t))).toEqual([])
  })

  it('hides totals in a one-column table, where a cell is its row total', () => {
    const t = suppressTable({ cells: [[3], [20], [25]] })
    expect(solveByLines(seen(t))).toEqual([])
    expect(solveByElimination(seen(t))).toEqual([])
    expect(seen(t)[0]).toEqual([null, null])
  })

  it('takes the threshold from the caller', () => {
    expect(DEFAULT_SUPPRESSION_THRESHOLD).toBe(5)
    expect(
      suppressTable({
        cells: [
          [6, 20],
          [20, 20],
        ],
      }).threshold,
    ).toBe(5)
    expect(
      hiddenEntries(
        suppressTable({
          cells: [
            [6, 20],
            [20, 20],
          ],
        }),
      ),
    ).toBe(0)
    const t = suppressTable(
      {
        cells: [
          [6, 20],
          [20, 20],
        ],
      },
      { threshold: 10 },
    )
    expect(t.cells[0]![0]).toEqual({ suppressed: true, reason: 'primary' })
    expect(t.threshold).toBe(10)
    expect(() => suppressTable({ cells: [[1]] }, { threshold: 0 })).toThrow(RangeError)
  })

  it('hides percentages and medians that follow a hidden count', () => {
    const t = suppressTable({
      cells: [
        [3, 10, 40],
        [12, 20, 50],
      ],
      derived: [
        percentage({ kind: 'cell', row: 0, column: 0 }, { kind: 'rowTotal', row: 0 }, 5.7),
        percentage({ kind: 'cell', row: 0, column: 2 }, { kind: 'grandTotal' }, 29.6),
        statisticOf({ kind: 'cell', row: 1, column: 1 }, 61),
        statisticOf({ kind: 'columnTotal', column: 2 }, 45),
      ],
    })
    expect(t.derived).toEqual([
      { suppressed: true, reason: 'derived' },
      { suppressed: false, value: 29.6 },
      { suppressed: true, reason: 'derived' },
      { suppressed: false, value: 45 },
    ])
  })

  it('refuses counts that are not non-negative integers, ragged rows and references outside the table', () => {
    expect(() => suppressTable({ cells: [[1, -1]] })).toThrow(RangeError)
    expect(() => suppressTable({ cells: [[1.5]] })).toThrow(RangeError)
    expect(() => suppressTable({ cells: [[1, 2], [3]] })).toThrow(RangeError)
    expect(() =>
      suppressTable({
        cells: [[10]],
        derived: [statisticOf({ kind: 'cell', row: 1, column: 0 }, 3)],
      }),
    ).toThrow(RangeError)
    expect(() => suppressTogether([{ cells: [[1]] }, { cells: [[1, 2]] }])).toThrow(RangeError)
  })

  it('hides a cell whose difference under a filter would be a small count', () => {
    // All young people, and the same without one organisation's 2 in the first cell.
    const all = {
      cells: [
        [12, 30],
        [25, 40],
      ],
    }
    const filtered = {
      cells: [
        [10, 30],
        [25, 40],
      ],
    }
    const [a, b] = suppressTogether([all, filtered], { nested: [[0, 1]] })
    expect(a!.cells[0]![0]!.suppressed).toBe(true)
    expect(seen(a!).map((r) => r.map((v) => v === null))).toEqual(
      seen(b!).map((r) => r.map((v) => v === null)),
    )
    expect(solveByElimination(seen(a!))).toEqual([])
    // Apart, the filtered table alone would have shown everything.
    expect(hiddenEntries(suppressTable(filtered))).toBe(0)
  })
})

const table = (maxRows: number, maxColumns: number, maxValue: number) =>
  fc
    .tuple(fc.integer({ min: 1, max: maxRows }), fc.integer({ min: 1, max: maxColumns }))
    .chain(([r, c]) =>
      fc.array(
        fc.array(fc.oneof(fc.integer({ min: 0, max: 6 }), fc.integer({ min: 0, max: maxValue })), {
          minLength: c,
          maxLength: c,
        }),
        { minLength: r, maxLength: r },
      ),
    )
const threshold = fc.integer({ min: 2, max: 6 })

describe('trying to recover hidden counts', () => {
  it('no line of a table gives a hidden entry away by subtraction, nor do all lines together', () => {
    fc.assert(
      fc.property(table(6, 6, 60), threshold, (cells, k) => {
        const view = seen(suppressTable({ cells }, { threshold: k }))
        expect(solveByLines(view)).toEqual([])
        expect(solveByElimination(view)).toEqual([])
      }),
      { numRuns: 300 },
    )
  })

  it('every small count is hidden and no shown figure is below the threshold except zero', () => {
    fc.assert(
      fc.property(table(6, 6, 60), threshold, (cells, k) => {
        const view = seen(suppressTable({ cells }, { threshold: k }))
        for (const v of view.flat()) if (v !== null) expect(v === 0 || v >= k).toBe(true)
      }),
      { numRuns: 300 },
    )
  })

  it('the bounds that visible figures and non-negativity put on a hidden entry never pin it', () => {
    fc.assert(
      fc.property(table(3, 3, 12), threshold, (cells, k) => {
        const view = seen(suppressTable({ cells }, { threshold: k }))
        expect(pinnedByBounds(view, truth(cells))).toEqual([])
      }),
      { numRuns: 150 },
    )
  })

  it('hides nothing in a table without small counts, and each secondary entry is needed', () => {
    fc.assert(
      fc.property(table(5, 5, 60), threshold, (cells, k) => {
        const t = suppressTable({ cells }, { threshold: k })
        const actual = truth(cells)
        const anySmall = actual.flat().some((v) => v > 0 && v < k)
        if (!anySmall) expect(hiddenEntries(t)).toBe(0)
        // Showing any one secondary entry would make some hidden entry solvable.
        const view = seen(t)
        view.forEach((r, i) =>
          r.forEach((v, j) => {
            const d =
              i < cells.length
                ? j < cells[0]!.length
                  ? t.cells[i]![j]!
                  : t.rowTotals[i]!
                : j < cells[0]!.length
                  ? t.columnTotals[j]!
                  : t.grandTotal
            if (v !== null || !d.suppressed || d.reason !== 'secondary') return
            const shown = view.map((row) => [...row])
            shown[i]![j] = actual[i]![j]!
            expect(solveByElimination(shown).length).toBeGreaterThan(0)
          }),
        )
      }),
      { numRuns: 200 },
    )
  })

  const nestedPair = (maxRows: number, maxColumns: number, maxValue: number) =>
    table(maxRows, maxColumns, maxValue).chain((all) =>
      fc
        .array(fc.array(fc.nat(), { minLength: all[0]!.length, maxLength: all[0]!.length }), {
          minLength: all.length,
          maxLength: all.length,
        })
        .map((removed) => ({
          all,
          part: all.map((r, i) => r.map((v, j) => v - (removed[i]![j]! % (v + 1)))),
        })),
    )

  it('differencing a table and the same table under a filter reveals no small count', () => {
    fc.assert(
      fc.property(nestedPair(5, 5, 40), threshold, ({ all, part }, k) => {
        const [a, b] = suppressTogether([{ cells: all }, { cells: part }], {
          threshold: k,
          nested: [[0, 1]],
        })
        const va = seen(a!)
        const vb = seen(b!)
        // The difference, where both are shown, is the removed group's table: no small count in it.
        va.forEach((r, i) =>
          r.forEach((v, j) => {
            const w = vb[i]![j]!
            if (v !== null && w !== null) expect(v - w === 0 || v - w >= k).toBe(true)
            else expect(v === null && w === null).toBe(true)
          }),
        )
        const difference = truth(all.map((r, i) => r.map((v, j) => v - part[i]![j]!)))
        const vd = difference.map((r, i) => r.map((v, j) => (va[i]![j] === null ? null : v)))
        for (const view of [va, vb, vd]) {
          expect(solveByLines(view)).toEqual([])
          expect(solveByElimination(view)).toEqual([])
        }
      }),
      { numRuns: 200 },
    )
  })

  it('the bounds on a nested pair taken together never pin a small count of either or of their difference', () => {
    fc.assert(
      fc.property(nestedPair(2, 3, 12), threshold, ({ all, part }, k) => {
        const [a, b] = suppressTogether([{ cells: all }, { cells: part }], {
          threshold: k,
          nested: [[0, 1]],
        })
        const hiddenCells = a!.cells.flat().filter((d) => d.suppressed).length
        fc.pre(hiddenCells <= 4)
        expect(pinnedJointly([seen(a!), seen(b!)], all, part, k)).toEqual([])
      }),
      { numRuns: 150 },
    )
  })

  it('two adjacent months suppressed together share one pattern and each stands on its own', () => {
    fc.assert(
      fc.property(table(4, 4, 30), table(4, 4, 30), threshold, (m1, m2, k) => {
        const rows = Math.min(m1.length, m2.length)
        const columns = Math.min(m1[0]!.length, m2[0]!.length)
        const cut = (m: number[][]): number[][] => m.slice(0, rows).map((r) => r.slice(0, columns))
        const tables = [{ cells: cut(m1) }, { cells: cut(m2) }]
        const [a, b] = suppressTogether(tables, { threshold: k })
        const shape = (t: DisclosedTable): boolean[][] =>
          seen(t).map((r) => r.map((v) => v === null))
        expect(shape(a!)).toEqual(shape(b!))
        for (const t of [a!, b!]) expect(solveByElimination(seen(t))).toEqual([])
        // The same tables give the same pattern every time.
        expect(suppressTogether(tables, { threshold: k })).toEqual([a, b])
      }),
      { numRuns: 150 },
    )
  })
})
