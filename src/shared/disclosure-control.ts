/**
 * Disclosure control for figures shown outside a customer's own team or exported: small counts
 * are hidden (primary suppression) and enough further cells are hidden (secondary suppression)
 * that no hidden count can be worked out from the visible cells and totals, nor by differencing
 * two related tables. Pure and deterministic: the same tables always give the same pattern.
 * The method and its limits: docs/disclosure-control.md.
 */

/** Counts from 1 up to (not including) this are hidden unless a caller chooses otherwise. */
export const DEFAULT_SUPPRESSION_THRESHOLD = 5

/** A table of counts; its totals are the sums of its cells. */
export interface CountTable {
  /** rows × columns of non-negative integers; every row has the same length */
  cells: readonly (readonly number[])[]
  /** values computed from counts (percentages, medians), hidden when any of their counts is */
  derived?: readonly DerivedValue[]
}

export type CellRef =
  | { kind: 'cell'; row: number; column: number }
  | { kind: 'rowTotal'; row: number }
  | { kind: 'columnTotal'; column: number }
  | { kind: 'grandTotal' }

export interface DerivedValue {
  basedOn: readonly CellRef[]
  value: number
}

/** A percentage of two counts of the table: hidden if its numerator or denominator is. */
export const percentage = (
  numerator: CellRef,
  denominator: CellRef,
  value: number,
): DerivedValue => ({
  basedOn: [numerator, denominator],
  value,
})

/** A median (or other statistic) of the people a count counts: hidden if that count is. */
export const statisticOf = (count: CellRef, value: number): DerivedValue => ({
  basedOn: [count],
  value,
})

/**
 * Why a figure is hidden: `primary` a count below the threshold ("fewer than N"),
 * `secondary` hidden so that a small count cannot be worked out, `derived` a percentage or
 * median that follows a hidden count.
 */
export type SuppressionReason = 'primary' | 'secondary' | 'derived'

export type Disclosed =
  { suppressed: false; value: number } | { suppressed: true; reason: SuppressionReason }

export interface DisclosedTable {
  threshold: number
  cells: Disclosed[][]
  rowTotals: Disclosed[]
  columnTotals: Disclosed[]
  grandTotal: Disclosed
  derived: Disclosed[]
}

export interface SuppressionOptions {
  threshold?: number
  /**
   * Pairs [larger, smaller] of indexes into the tables where the smaller counts a part of the
   * larger's people (the same table under a filter that removes a group; this month to date and
   * last month to date). Their difference is protected as a table of its own.
   */
  nested?: readonly (readonly [number, number])[]
}

/** Hides small counts of one table, and what would reveal them. */
export function suppressTable(
  table: CountTable,
  options: Omit<SuppressionOptions, 'nested'> = {},
): DisclosedTable {
  return suppressTogether([table], options)[0]!
}

/**
 * Hides small counts of related tables of one shape together: one pattern for all, so that
 * comparing two of them shows no difference a single table would hide.
 */
export function suppressTogether(
  tables: readonly CountTable[],
  options: SuppressionOptions = {},
): DisclosedTable[] {
  const threshold = options.threshold ?? DEFAULT_SUPPRESSION_THRESHOLD
  if (!Number.isInteger(threshold) || threshold < 1)
    throw new RangeError('threshold must be a positive integer')
  if (tables.length === 0) return []
  const rows = tables[0]!.cells.length
  const columns = rows === 0 ? 0 : tables[0]!.cells[0]!.length
  for (const table of tables) checkShape(table, rows, columns)

  const augmented = tables.map((t) => augment(t.cells, rows, columns))
  const isSmall = (v: number): boolean => v > 0 && v < threshold
  const primary = grid(rows + 1, columns + 1, (i, j) => augmented.some((a) => isSmall(a[i]![j]!)))
  // The difference of a nested pair is a table an outsider can compute: protect it as one.
  const differences = (options.nested ?? []).map(([larger, smaller]) => {
    const a = augmented[larger]
    const b = augmented[smaller]
    if (!a || !b) throw new RangeError('nested refers to a table that is not given')
    return grid(rows + 1, columns + 1, (i, j) => {
      const difference = a[i]![j]! - b[i]![j]!
      if (difference < 0)
        throw new RangeError('a nested table counts more than the table it is part of')
      if (isSmall(difference)) primary[i]![j] = true
      return difference
    })
  })

  const pattern = protect(augmented, options.nested ?? [], differences, primary)
  return tables.map((table, t) => disclose(table, augmented[t]!, pattern, threshold, rows, columns))
}

type Entry = readonly [row: number, column: number]
type Pattern = (SuppressionReason | null)[][]

function checkShape(table: CountTable, rows: number, columns: number): void {
  if (table.cells.length !== rows) throw new RangeError('related tables must have the same shape')
  for (const row of table.cells) {
    if (row.length !== columns) throw new RangeError('every row must have the same number of cells')
    for (const v of row)
      if (!Number.isSafeInteger(v) || v < 0)
        throw new RangeError('counts are non-negative integers')
  }
}

/** The table with its totals as one more row and column; each line sums to its last entry. */
function augment(cells: CountTable['cells'], rows: number, columns: number): number[][] {
  const a = grid(rows + 1, columns + 1, (i, j) => (i < rows && j < columns ? cells[i]![j]! : 0))
  for (let i = 0; i < rows; i++) {
    for (let j = 0; j < columns; j++) {
      const v = a[i]![j]!
      a[i]![columns]! += v
      a[rows]![j]! += v
      a[rows]![columns]! += v
    }
  }
  return a
}

/**
 * Secondary suppression. The table with its totals is a bipartite graph (lines are nodes,
 * entries are edges), and a hidden entry can be solved from the visible ones exactly when it
 * is not on a cycle of hidden entries. Moving every entry of such a cycle by one, up and down
 * in turn, keeps every total; so that non-negativity cannot stop the move, a hidden entry that
 * counts someone in a table gets a cycle whose other entries are positive in that table (and in
 * the difference of each nested pair it belongs to, which moves with it), and one that counts
 * someone in a difference gets a cycle positive in that difference. A missing cycle is added
 * through the cheapest path of further entries: small before large, cells before totals. Only
 * where no positive path exists at all does an entry rest on a cycle through zeros, which still
 * leaves it unsolvable. Then any secondary entry the pattern holds without is given back,
 * largest first.
 */
function protect(
  tables: readonly number[][][],
  nested: readonly (readonly [number, number])[],
  differences: readonly number[][][],
  primary: boolean[][],
): Pattern {
  const rows = primary.length
  const columns = primary[0]!.length
  const pattern: Pattern = grid(rows, columns, (i, j) => (primary[i]![j] ? 'primary' : null))
  const isMargin = (i: number, j: number): boolean => i === rows - 1 || j === columns - 1
  const marginPenalty = 1 + tables.reduce((sum, a) => sum + a[rows - 1]![columns - 1]!, 0)
  const weight = grid(rows, columns, (i, j) => tables.reduce((sum, a) => sum + a[i]![j]!, 0))
  const cost = (i: number, j: number): number =>
    weight[i]![j]! + (isMargin(i, j) ? marginPenalty : 0)
  const all = [...tables, ...differences]
  const positiveIn =
    (...layers: readonly number[][][]) =>
    (i: number, j: number): boolean =>
      layers.every((a) => a[i]![j]! > 0)

  interface Requirement {
    applies: (i: number, j: number) => boolean
    eligible: (i: number, j: number) => boolean
  }
  const requirements: Requirement[] = [
    ...tables.map((table, t) => ({
      applies: positiveIn(table),
      eligible: positiveIn(
        table,
        ...differences.filter((_, d) => nested[d]![0] === t || nested[d]![1] === t),
      ),
    })),
    ...differences.map((difference) => ({
      applies: positiveIn(difference),
      eligible: positiveIn(difference),
    })),
  ]
  const anyEntry = (): boolean => true
  const linear: Requirement = { applies: anyEntry, eligible: anyEntry }
  const holds = (r: Requirement, [i, j]: Entry): boolean =>
    !r.applies(i, j) || onHiddenCycle(pattern, i, j, r.eligible)
  const hide = (path: Entry[] | null): boolean => {
    for (const [i, j] of path ?? []) pattern[i]![j] = 'secondary'
    return (path ?? []).length > 0
  }

  const hidden = (): Entry[] => entries(rows, columns).filter(([i, j]) => pattern[i]![j] !== null)
  for (let changed = true; changed;) {
    changed = false
    for (const e of hidden()) {
      for (const r of requirements) {
        if (!holds(r, e))
          changed = hide(cheapestPath(pattern, e[0], e[1], r.eligible, cost)) || changed
      }
      if (!holds(linear, e)) {
        const path =
          cheapestPath(pattern, e[0], e[1], positiveIn(...all), cost) ??
          cheapestPath(pattern, e[0], e[1], (i, j) => weight[i]![j]! > 0, cost) ??
          cheapestPath(pattern, e[0], e[1], anyEntry, cost)
        changed = hide(path) || changed
      }
    }
  }

  const secondaries = hidden().filter(([i, j]) => pattern[i]![j] === 'secondary')
  secondaries.sort((x, y) => cost(y[0], y[1]) - cost(x[0], x[1]) || y[0] - x[0] || y[1] - x[1])
  for (const [i, j] of secondaries) {
    const met = hidden()
      .filter(([hi, hj]) => hi !== i || hj !== j)
      .flatMap((e) => requirements.filter((r) => holds(r, e)).map((r) => [r, e] as const))
    pattern[i]![j] = null
    const still = hidden().every((e) => holds(linear, e)) && met.every(([r, e]) => holds(r, e))
    if (!still) pattern[i]![j] = 'secondary'
  }
  return pattern
}

// Nodes: line i of the rows is node i, column j is node rows + j. Only eligible entries count.
function onHiddenCycle(
  pattern: Pattern,
  row: number,
  column: number,
  eligible: (i: number, j: number) => boolean,
): boolean {
  const rows = pattern.length
  const columns = pattern[0]!.length
  const isOther = (i: number, j: number): boolean =>
    pattern[i]![j] !== null && eligible(i, j) && !(i === row && j === column)
  const seen = new Set<number>([row])
  const queue = [row]
  while (queue.length > 0) {
    const node = queue.shift()!
    const neighbours =
      node < rows
        ? range(columns)
            .filter((j) => isOther(node, j))
            .map((j) => rows + j)
        : range(rows).filter((i) => isOther(i, node - rows))
    for (const n of neighbours) {
      if (n === rows + column) return true
      if (!seen.has(n)) {
        seen.add(n)
        queue.push(n)
      }
    }
  }
  return false
}

/** Dijkstra from the entry's row to its column over eligible entries, hidden ones free; the entries to hide. */
function cheapestPath(
  pattern: Pattern,
  row: number,
  column: number,
  eligible: (i: number, j: number) => boolean,
  cost: (i: number, j: number) => number,
): Entry[] | null {
  const rows = pattern.length
  const columns = pattern[0]!.length
  const nodes = rows + columns
  const distance = new Array<number>(nodes).fill(Infinity)
  const via = new Array<Entry | null>(nodes).fill(null)
  const done = new Array<boolean>(nodes).fill(false)
  distance[row] = 0
  for (;;) {
    let node = -1
    for (let n = 0; n < nodes; n++)
      if (!done[n] && distance[n]! < Infinity && (node < 0 || distance[n]! < distance[node]!))
        node = n
    if (node < 0) return null
    const target = rows + column
    if (node === target) break
    done[node] = true
    for (let other = node < rows ? rows : 0; other < (node < rows ? nodes : rows); other++) {
      const [i, j] = node < rows ? [node, other - rows] : [other, node - rows]
      if (i === row && j === column) continue
      if (!eligible(i, j)) continue
      const isHidden = pattern[i]![j] !== null
      const d = distance[node]! + (isHidden ? 0 : cost(i, j))
      if (d < distance[other]!) {
        distance[other] = d
        via[other] = [i, j]
      }
    }
  }
  const path: Entry[] = []
  for (let node = rows + column; node !== row;) {
    const [i, j] = via[node]!
    if (pattern[i]![j] === null) path.push([i, j])
    node = node < rows ? rows + j : i
  }
  return path
}

function disclose(
  table: CountTable,
  augmented: number[][],
  pattern: Pattern,
  threshold: number,
  rows: number,
  columns: number,
): DisclosedTable {
  const at = (i: number, j: number): Disclosed => {
    const reason = pattern[i]![j]!
    return reason === null
      ? { suppressed: false, value: augmented[i]![j]! }
      : { suppressed: true, reason }
  }
  const position = (ref: CellRef): Entry => {
    const [i, j] =
      ref.kind === 'cell'
        ? [ref.row, ref.column]
        : ref.kind === 'rowTotal'
          ? [ref.row, columns]
          : ref.kind === 'columnTotal'
            ? [rows, ref.column]
            : [rows, columns]
    const inside = (n: number, limit: number, isTotal: boolean): boolean =>
      Number.isInteger(n) && n >= 0 && (n < limit || (isTotal && n === limit))
    if (
      !inside(i, rows, ref.kind !== 'cell' && ref.kind !== 'rowTotal') ||
      !inside(j, columns, ref.kind !== 'cell' && ref.kind !== 'columnTotal')
    )
      throw new RangeError('a derived value refers to a cell outside the table')
    return [i, j]
  }
  return {
    threshold,
    cells: range(rows).map((i) => range(columns).map((j) => at(i, j))),
    rowTotals: range(rows).map((i) => at(i, columns)),
    columnTotals: range(columns).map((j) => at(rows, j)),
    grandTotal: at(rows, columns),
    derived: (table.derived ?? []).map((d) => {
      const hidden = d.basedOn.some((ref) => {
        const [i, j] = position(ref)
        return pattern[i]![j] !== null
      })
      return hidden
        ? { suppressed: true, reason: 'derived' }
        : { suppressed: false, value: d.value }
    }),
  }
}

const range = (n: number): number[] => Array.from({ length: n }, (_, i) => i)

function grid<T>(rows: number, columns: number, f: (i: number, j: number) => T): T[][] {
  return range(rows).map((i) => range(columns).map((j) => f(i, j)))
}

function entries(rows: number, columns: number): Entry[] {
  return range(rows).flatMap((i) => range(columns).map((j): Entry => [i, j]))
}
