import { count, sql } from 'drizzle-orm'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { FinnishSSN } from 'finnish-ssn'
import { customer } from '../../domain/customers/schema'
import { organisation } from '../../domain/organisations/schema'
import { queryRows } from '../db/database'
import { testApp, type TestApp } from './app'
import { freshDatabase } from './database'
import { expectOk } from './expect'

describe('test infrastructure', () => {
  let t: TestApp
  beforeAll(async () => {
    t = await testApp()
  })
  afterAll(() => t?.close())

  it('gives each file a migrated database of its own, empty of data', async () => {
    const [orgs] = await t.db.select({ n: count() }).from(organisation)
    expect(orgs?.n).toBe(0)
    const migrations = await queryRows<{ n: number }>(
      t.db,
      sql`select count(*)::int as n from drizzle.__drizzle_migrations`,
    )
    expect(migrations[0]?.n).toBeGreaterThan(0)
    expect(t.kind).toBe(process.env.TEST_DATABASE)
  })

  it('does not share rows between databases', async () => {
    await t.fixtures.organisation().save()
    const other = await freshDatabase()
    try {
      const [orgs] = await other.db.select({ n: count() }).from(organisation)
      expect(orgs?.n).toBe(0)
    } finally {
      await other.close()
    }
  })

  it('builds customers with valid-format synthetic identity codes and consents', async () => {
    const org = await t.fixtures.organisation().save()
    const a = await t.fixtures.customer().withConsent(org).save()
    const b = await t.fixtures
      .customer()
      .withConsent(org, ['health'], { state: 'withdrawn' })
      .save()
    for (const c of [a, b]) {
      expect(FinnishSSN.validate(c.identityCode)).toBe(true)
      // 900–999: the series the population register never gives to real people.
      expect(Number(c.identityCode.slice(7, 10))).toBeGreaterThanOrEqual(900)
    }
    expect(a.identityCode).not.toBe(b.identityCode)
    const [customers] = await t.db.select({ n: count() }).from(customer)
    expect(customers?.n).toBe(2)
  })

  it('signs fixture users in, with a session and a CSRF token', async () => {
    const org = await t.fixtures.organisation().save()
    const worker = await t.fixtures.worker(org).save()
    const agent = await t.signIn(worker)
    expect(agent.csrfToken).toEqual(expect.any(String))
    const me = expectOk<{ user: { id: string; roles: string[]; organisationId: string } }>(
      await agent.get('/api/v1/me'),
    )
    expect(me.user).toMatchObject({ id: worker.id, roles: ['worker'], organisationId: org.id })
  })
})
