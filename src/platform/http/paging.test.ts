import { sql } from 'drizzle-orm'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { freshDatabase, type TestDatabase } from '../testing/database'
import {
  cappedCount,
  COUNT_CAP,
  cursorPageFrom,
  decodeKeyPosition,
  decodePosition,
  encodeKeyPosition,
  encodePosition,
} from './paging'

const id = '7b0c2a52-8f57-4d4b-9d2b-4d0f7b1b3a11'

describe('the paging helper', () => {
  let db: TestDatabase
  beforeAll(async () => {
    db = await freshDatabase()
  })
  afterAll(() => db?.close())

  it('counts up to the cap and says when there are more', async () => {
    expect(await cappedCount(db.db, sql`select generate_series(1, 12)`)).toEqual({
      total: 12,
      totalCapped: false,
    })
    expect(await cappedCount(db.db, sql`select generate_series(1, ${COUNT_CAP})`)).toEqual({
      total: COUNT_CAP,
      totalCapped: false,
    })
    expect(await cappedCount(db.db, sql`select generate_series(1, 50000)`)).toEqual({
      total: COUNT_CAP,
      totalCapped: true,
    })
    expect(await cappedCount(db.db, sql`select generate_series(1, 500)`, 100)).toEqual({
      total: 100,
      totalCapped: true,
    })
  })

  it('gives positions back as they were, and refuses what it did not make', () => {
    const at = new Date('2026-03-01T10:00:00.000Z')
    expect(decodePosition(encodePosition({ at, id }))).toEqual({ at, id })
    const keys = ['åkerström|"x"', 'eemil']
    expect(decodeKeyPosition(encodeKeyPosition({ keys, id }), 2)).toEqual({ keys, id })
    const bad = (s: string) => Buffer.from(s).toString('base64url')
    for (const cursor of [bad('[1,2,3]'), bad('["a","b"]'), bad('not json'), bad(`["a","${id}"]`)])
      expect(() => decodeKeyPosition(cursor, 2)).toThrow(/position/)
    expect(() => decodePosition(bad('yesterday|x'))).toThrow(/position/)
  })

  it('tells from one extra row that there are more, and points after the last shown', () => {
    const rows = [1, 2, 3]
    const page = cursorPageFrom(
      rows,
      2,
      (r) => r.map(String),
      (r) => `at-${r}`,
    )
    expect(page).toEqual({ items: ['1', '2'], hasMore: true, next: 'at-2' })
    expect(cursorPageFrom(rows, 3, (r) => r, String)).toEqual({
      items: rows,
      hasMore: false,
      next: null,
    })
  })
})
