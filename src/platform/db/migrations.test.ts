import { randomBytes } from 'node:crypto'
import { sql } from 'drizzle-orm'
import fs from 'node:fs'
import { describe, expect, inject, it } from 'vitest'
import { dropDatabase, onServer } from '../testing/admin'
import { databaseUrl } from '../testing/source'
import { migrationsFolder } from '../paths'
import { openPostgres, queryRows, runMigrations } from './database'

const source = inject('testDatabase')

describe.skipIf(source.kind !== 'postgres')('migrations on a fresh PostgreSQL database', () => {
  it('run once when several processes start at the same time; all of them start', async () => {
    if (source.kind !== 'postgres') return
    const name = `saumaton_migrate_${randomBytes(4).toString('hex')}`
    await onServer(source.serverUrl, (c) => c.query(`create database ${name}`))
    try {
      // Each "process" has a pool of its own, as separate app processes would.
      const starts = await Promise.all(
        Array.from({ length: 4 }, () => openPostgres(databaseUrl(source.serverUrl, name), 2)),
      )
      try {
        const results = await Promise.allSettled(starts.map((d) => runMigrations(d)))
        expect(results.map((r) => r.status)).toEqual(starts.map(() => 'fulfilled'))
        const journal = JSON.parse(
          fs.readFileSync(`${migrationsFolder}/meta/_journal.json`, 'utf8'),
        ) as { entries: unknown[] }
        const applied = await queryRows<{ n: number }>(
          starts[0]!.db,
          sql`select count(*)::int as n from drizzle.__drizzle_migrations`,
        )
        expect(applied[0]?.n).toBe(journal.entries.length)
        const tables = await queryRows<{ n: number }>(
          starts[0]!.db,
          sql`select count(*)::int as n from information_schema.tables where table_name = 'audit_event'`,
        )
        expect(tables[0]?.n).toBe(1)
      } finally {
        await Promise.all(starts.map((d) => d.close()))
      }
    } finally {
      await dropDatabase(source.serverUrl, name)
    }
  })
})
