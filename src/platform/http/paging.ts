import { z } from 'zod'
import { Invalid } from '../errors'

export const pageQuery = z.object({
  page: z.coerce.number().int().min(1).max(100_000).default(1),
  pageSize: z.coerce.number().int().min(1).max(100).default(20),
})
export type PageQuery = z.infer<typeof pageQuery>

export const pageOf = <T extends z.ZodType>(item: T) =>
  z.object({
    items: z.array(item),
    page: z.number().int(),
    pageSize: z.number().int(),
    total: z.number().int(),
  })

export interface Page<T> {
  items: T[]
  page: number
  pageSize: number
  total: number
}

export const offsetOf = (p: PageQuery): number => (p.page - 1) * p.pageSize

/**
 * Keyset paging: `after` is the opaque position of the last item the client has, so a page
 * stays right while newer items arrive, and a deep page costs what the first one does.
 */
export interface Position {
  at: Date
  id: string
}

const uuidPattern = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/

export const encodePosition = (p: Position): string =>
  Buffer.from(`${p.at.toISOString()}|${p.id}`, 'utf8').toString('base64url')

/** The position a cursor names; a cursor not made by `encodePosition` is refused as bad input. */
export function decodePosition(cursor: string): Position {
  const p = parsePosition(cursor)
  if (!p)
    throw new Invalid('invalid_cursor', 'Not a position from a previous page.', [
      { field: 'after', code: 'invalid_value', message: 'Not a position from a previous page.' },
    ])
  return p
}

function parsePosition(cursor: string): Position | null {
  const [at, id, ...rest] = Buffer.from(cursor, 'base64url').toString('utf8').split('|')
  if (rest.length > 0 || !at || !id || !uuidPattern.test(id)) return null
  const date = new Date(at)
  return Number.isNaN(date.getTime()) || date.toISOString() !== at ? null : { at: date, id }
}

export const cursorQuery = z.object({
  after: z
    .string()
    .max(200)
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
