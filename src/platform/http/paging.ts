import { sql, type SQLWrapper } from 'drizzle-orm'
import { z } from 'zod'
import { queryRows, type Queryable } from '../db/database'
import { Invalid } from '../errors'

/**
 * Paging of every list that can grow (docs/paging.md): keyset paging with an opaque `after`
 * cursor — the position of the last item the client has — so a page stays right while newer
 * items arrive, and a deep page costs what the first one does. Counts are capped.
 */

/** A position in a list ordered by time, newest or oldest first: (at, id). */
export interface Position {
  at: Date
  id: string
}

/** A position in a list ordered by other keys (e.g. names, due dates), the id breaking ties. */
export interface KeyPosition {
  keys: string[]
  id: string
}

const uuidPattern = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/

export const encodePosition = (p: Position): string =>
  Buffer.from(`${p.at.toISOString()}|${p.id}`, 'utf8').toString('base64url')

const refused = () =>
  new Invalid('invalid_cursor', 'Not a position from a previous page.', [
    { field: 'after', code: 'invalid_value', message: 'Not a position from a previous page.' },
  ])

/** The position a cursor names; a cursor not made by `encodePosition` is refused as bad input. */
export function decodePosition(cursor: string): Position {
  const p = parsePosition(cursor)
  if (!p) throw refused()
  return p
}

function parsePosition(cursor: string): Position | null {
  const [at, id, ...rest] = Buffer.from(cursor, 'base64url').toString('utf8').split('|')
  if (rest.length > 0 || !at || !id || !uuidPattern.test(id)) return null
  const date = new Date(at)
  return Number.isNaN(date.getTime()) || date.toISOString() !== at ? null : { at: date, id }
}

/** A key position as a cursor: a JSON array of the keys and the id, base64url. */
export const encodeKeyPosition = (p: KeyPosition): string =>
  Buffer.from(JSON.stringify([...p.keys, p.id]), 'utf8').toString('base64url')

/** The key position a cursor names, with `arity` keys; anything else is refused as bad input. */
export function decodeKeyPosition(cursor: string, arity: number): KeyPosition {
  let value: unknown
  try {
    value = JSON.parse(Buffer.from(cursor, 'base64url').toString('utf8'))
  } catch {
    throw refused()
  }
  if (
    !Array.isArray(value) ||
    value.length !== arity + 1 ||
    !value.every((v) => typeof v === 'string' && v.length <= 200)
  )
    throw refused()
  const parts = value as string[]
  const id = parts[arity]!
  if (!uuidPattern.test(id)) throw refused()
  return { keys: parts.slice(0, arity), id }
}

export const cursorQuery = z.object({
  after: z
    .string()
    .max(600)
    .regex(/^[A-Za-z0-9_-]+$/)
    .optional(),
  limit: z.coerce.number().int().min(1).max(100).default(20),
})
export type CursorQuery = z.infer<typeof cursorQuery>

export const cursorPageOf = <T extends z.ZodType>(item: T) =>
  z.object({
    items: z.array(item),
    hasMore: z.boolean(),
    /** Pass as `after` for the next page; null on the last one. */
    next: z.string().nullable(),
  })

export interface CursorPage<T> {
  items: T[]
  hasMore: boolean
  next: string | null
}

/**
 * A page from `limit + 1` rows fetched in list order: the extra row only tells that more
 * exist; `next` is the position of the last row shown.
 */
export function cursorPageFrom<R, T>(
  rows: readonly R[],
  limit: number,
  present: (rows: R[]) => T[],
  positionOf: (row: R) => string,
): CursorPage<T> {
  const shown = rows.slice(0, limit)
  const hasMore = rows.length > limit
  const last = shown.at(-1)
  return { items: present(shown), hasMore, next: hasMore && last ? positionOf(last) : null }
}

/** Counts stop here: an exact count of a large organisation's list cannot be fast. */
export const COUNT_CAP = 1000

/** A capped count: `total` up to COUNT_CAP, `totalCapped` when there are more. */
export const cappedTotal = {
  total: z.number().int(),
  /** More than `total` exist; the UI says "over 1,000". */
  totalCapped: z.boolean(),
}
export interface CappedTotal {
  total: number
  totalCapped: boolean
}

/** A cursor page that also carries a capped count of the whole list. */
export const countedCursorPageOf = <T extends z.ZodType>(item: T) =>
  cursorPageOf(item).extend(cappedTotal)

/**
 * A cursor page whose count a search may leave out: a search by name looks for someone, not for
 * a size, and every match counted would also be an access check (bench/README.md, name-prefix
 * search). `total` is then null and the UI says from `hasMore` that more matched.
 */
export const searchCursorPageOf = <T extends z.ZodType>(item: T) =>
  cursorPageOf(item).extend({
    /** Null for a search by name, which is not counted. */
    total: z.number().int().nullable(),
    totalCapped: z.boolean(),
  })
export interface SearchTotal {
  total: number | null
  totalCapped: boolean
}

/** Counts the rows of `query` (any select, unordered), reading at most `cap + 1` of them. */
export async function cappedCount(
  db: Queryable,
  query: SQLWrapper,
  cap: number = COUNT_CAP,
): Promise<CappedTotal> {
  const [row] = await queryRows<{ n: number }>(
    db,
    sql`select count(*)::int as n from (select 1 from (${query}) as q limit ${cap + 1}) as capped`,
  )
  const n = row?.n ?? 0
  return { total: Math.min(n, cap), totalCapped: n > cap }
}
