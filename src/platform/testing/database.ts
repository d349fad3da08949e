import { randomBytes } from 'node:crypto'
import fs from 'node:fs'
import { sql } from 'drizzle-orm'
import { inject } from 'vitest'
import { openPglite, openPostgres, queryRows, type Database, type Db } from '../db/database'
import { dropDatabase, onServer } from './admin'
import { databaseUrl } from './source'

export interface TestDatabase {
  db: Db
  kind: Database['kind']
  /** The connection string of this file's database (PostgreSQL only), e.g. for scripts. */
  url: string | null
  /** The opened database itself, for what needs its client (e.g. background jobs). */
  database: Database
  close(): Promise<void>
}

// Read once per process (a file that opens a second database reuses it).
let snapshotBlob: { path: string; blob: Blob } | undefined

/**
 * A fresh, migrated database of its own for one test file (call in `beforeAll`, close in
 * `afterAll`). Files never share a database: isolation does not depend on cleanup.
 */
export async function freshDatabase(): Promise<TestDatabase> {
  const source = inject('testDatabase')
  if (!source) throw new Error('No test database: run the tests through vitest.config.ts.')
  if (source.kind === 'pglite') {
    if (snapshotBlob?.path !== source.snapshot) {
      snapshotBlob = { path: source.snapshot, blob: new Blob([fs.readFileSync(source.snapshot)]) }
    }
    const database = await openPglite(undefined, snapshotBlob.blob)
    return { db: database.db, kind: 'pglite', url: null, database, close: () => database.close() }
  }
  const name = `${source.template}_${randomBytes(4).toString('hex')}`
  await onServer(source.serverUrl, (c) =>
    c.query(`create database ${name} template ${source.template}`),
  )
  const url = databaseUrl(source.serverUrl, name)
  const drop = () => dropDatabase(source.serverUrl, name)
  const database = await openPostgres(url, 4).catch(async (e: unknown) => {
    await drop()
    throw e
  })
  return {
    db: database.db,
    kind: 'postgres',
    url,
    database,
    close: async () => {
      await database.close()
      await drop()
    },
  }
}

/** A digest of the rows of every table but `except`: equal digests, unchanged data. */
export async function tableDigests(db: Db, except: string[] = []): Promise<Record<string, string>> {
  const tables = await queryRows<{ name: string }>(
    db,
    sql`select table_name as name from information_schema.tables
        where table_schema = 'public' and table_type = 'BASE TABLE' order by 1`,
  )
  const digests: Record<string, string> = {}
  for (const { name } of tables.filter((x) => !except.includes(x.name))) {
    const [row] = await queryRows<{ digest: string | null }>(
      db,
      sql.raw(`select md5(string_agg(t::text, '|' order by t::text)) as digest from "${name}" t`),
    )
    digests[name] = row?.digest ?? 'empty'
  }
  return digests
}
