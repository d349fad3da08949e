import fs from 'node:fs'
import os from 'node:os'
import path from 'node:path'
import { count, sql } from 'drizzle-orm'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { customer } from '../src/domain/customers/schema'
import { organisation } from '../src/domain/organisations/schema'
import { testConfig, type Config } from '../src/platform/config'
import { queryRows, type Db } from '../src/platform/db/database'
import { openConfiguredDatabase } from '../src/platform/db/open'
import { freshDatabase, type TestDatabase } from '../src/platform/testing/database'
import { Fixtures } from '../src/platform/testing/fixtures'
import { resetDatabase, runReset } from './reset'

const onPglite = process.env.TEST_DATABASE === 'pglite'

async function counts(db: Db) {
  const [orgs] = await db.select({ n: count() }).from(organisation)
  const [customers] = await db.select({ n: count() }).from(customer)
  const [migrations] = await queryRows<{ n: number }>(
    db,
    sql`select count(*)::int as n from drizzle.__drizzle_migrations`,
  )
  return { organisations: orgs?.n, customers: customers?.n, migrations: migrations?.n }
}

// Each project resets its own kind of database: PGlite here, PostgreSQL in the postgres project.
describe.runIf(onPglite)('npm run db:reset on the embedded database', () => {
  let dataDir: string
  let config: Config
  beforeAll(() => {
    dataDir = fs.mkdtempSync(path.join(os.tmpdir(), 'saumaton-reset-'))
    config = testConfig({ DATA_DIR: dataDir, DATABASE_URL: undefined })
  })
  afterAll(() => fs.rmSync(dataDir, { recursive: true, force: true }))

  // A stand-in for an earlier database: creating a real one would only cost seconds.
  const marker = () => path.join(dataDir, 'pg', 'earlier-data')

  it('refuses without --yes, says how to go ahead, and leaves the data alone', async () => {
    fs.mkdirSync(path.dirname(marker()), { recursive: true })
    fs.writeFileSync(marker(), 'rows')
    const lines: string[] = []
    expect(await runReset([], config, (l) => lines.push(l))).toBe(1)
    expect(lines.join('\n')).toContain('--yes')
    expect(fs.existsSync(marker())).toBe(true)
  })

  it('wipes the data folder, migrates, and loads the demo network with DEMO=true', async () => {
    const lines: string[] = []
    expect(await runReset(['--yes'], { ...config, DEMO: true }, (l) => lines.push(l))).toBe(0)
    expect(lines.join('\n')).toMatch(/demo data loaded/)
    const database = await openConfiguredDatabase(config)
    const after = await counts(database.db)
    await database.close()
    expect(fs.existsSync(marker())).toBe(false)
    expect(after.migrations).toBeGreaterThan(0)
    expect(after.organisations).toBeGreaterThan(1)
    expect(after.customers).toBeGreaterThan(0)
    expect(fs.existsSync(path.join(dataDir, 'saumaton.lock'))).toBe(false)
    // A real initdb (in its own process) on a loaded two-core machine can take most of a minute.
  }, 120_000)

  it('will not wipe a data folder that another process holds', async () => {
    fs.writeFileSync(path.join(dataDir, 'saumaton.lock'), String(process.ppid))
    await expect(resetDatabase(config)).rejects.toThrow(/in use/)
    fs.rmSync(path.join(dataDir, 'saumaton.lock'))
  })
})

describe.runIf(!onPglite)('npm run db:reset on PostgreSQL', () => {
  let database: TestDatabase
  beforeAll(async () => {
    database = await freshDatabase()
  })
  afterAll(() => database?.close())

  it('drops and re-creates the schemas, then migrates', async () => {
    const f = new Fixtures(database.db)
    await f
      .customer()
      .withConsent(await f.organisation().save())
      .save()
    const config = testConfig({ DATABASE_URL: database.url!, DEMO: false })
    const lines: string[] = []
    expect(await runReset([], config, (l) => lines.push(l))).toBe(1)
    expect((await counts(database.db)).customers).toBe(1)

    expect(await runReset(['--yes'], config, (l) => lines.push(l))).toBe(0)
    const after = await counts(database.db)
    expect(after).toMatchObject({ organisations: 0, customers: 0 })
    expect(after.migrations).toBeGreaterThan(0)
    // The append-only guard came back with the migrations.
    await expect(database.db.execute(sql`truncate audit_event`)).rejects.toThrow()
  })
})
