import { randomBytes } from 'node:crypto'
import fs from 'node:fs'
import pg from 'pg'
import { inject } from 'vitest'
import { openPglite, openPostgres, type Database, type Db } from '../db/database'
import { databaseUrl } from './source'

export interface TestDatabase {
  db: Db
  kind: Database['kind']
  /** The connection string of this file's database (PostgreSQL only), e.g. for scripts. */
  url: string | null
  close(): Promise<void>
}

// Read once per worker process; each file then loads its own in-memory copy.
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
    return { db: database.db, kind: 'pglite', url: null, close: () => database.close() }
  }
  const name = `${source.template}_${randomBytes(4).toString('hex')}`
  await adminQuery(source.serverUrl, `create database ${name} template ${source.template}`)
  const url = databaseUrl(source.serverUrl, name)
  const database = await openPostgres(url, 4)
  return {
    db: database.db,
    kind: 'postgres',
    url,
    close: async () => {
      await database.close()
      await adminQuery(source.serverUrl, `drop database if exists ${name} with (force)`)
    },
  }
}

async function adminQuery(serverUrl: string, statement: string): Promise<void> {
  const client = new pg.Client({ connectionString: serverUrl })
  await client.connect()
  try {
    await client.query(statement)
  } finally {
    await client.end()
  }
}
