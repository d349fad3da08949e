import { sql } from 'drizzle-orm'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import * as enums from '../../shared/enums'
import { freshDatabase, type TestDatabase } from '../testing/database'
import { queryRows } from './database'

/**
 * Every list of values in a CHECK constraint of the migrated database is one of the shared
 * enumerations (src/shared/enums, applied with `inList`): a CHECK whose values were written by
 * hand and drifted from the zod schemas and the web app shows here.
 */
describe('enumeration checks', () => {
  let database: TestDatabase
  let checks: { table: string; name: string; definition: string }[]

  beforeAll(async () => {
    database = await freshDatabase()
    checks = await queryRows(
      database.db,
      sql`select c.conrelid::regclass::text as "table", c.conname as name,
            pg_get_constraintdef(c.oid) as definition
          from pg_constraint c join pg_namespace n on n.oid = c.connamespace
          where n.nspname = 'public' and c.contype = 'c'`,
    )
  })
  afterAll(() => database?.close())

  const known = (Object.values(enums) as unknown[])
    .filter((v): v is readonly string[] => Array.isArray(v))
    .map((values) => [...values].sort().join(','))

  // PostgreSQL keeps `x in ('a', 'b')` and `array['a', 'b']` as ARRAY['a'::text, 'b'::text].
  const listsOf = (definition: string): string[] =>
    [...definition.matchAll(/ARRAY\[([^\]]*)\]/g)].map((m) =>
      [...m[1]!.matchAll(/'([^']*)'/g)]
        .map((v) => v[1]!)
        .sort()
        .join(','),
    )

  it('finds the enumeration checks', () => {
    expect(checks.filter((c) => listsOf(c.definition).length > 0).length).toBeGreaterThan(10)
  })

  it('takes every listed value set from the shared enumerations', () => {
    const handWritten = checks.flatMap((c) =>
      listsOf(c.definition)
        .filter((list) => !known.includes(list))
        .map((list) => `${c.table}.${c.name}: ${list}`),
    )
    expect(handWritten).toEqual([])
  })
})
