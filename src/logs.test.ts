import { sql } from 'drizzle-orm'
import type { FastifyInstance } from 'fastify'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { DEMO_PASSWORD, loadDemoData } from './demo/demo-data'
import { queryRows } from './platform/db/database'
import { signIn, testClock } from './platform/testing/app'
import { freshDatabase, type TestDatabase } from './platform/testing/database'
import { testConfig } from './platform/config'
import { buildApp } from './server'

interface Person {
  firstName: string | null
  lastName: string | null
  displayName: string | null
  identityCode: string | null
  email: string | null
}

/**
 * The app's log, at its most talkative level, while the demo network is used the way people use
 * it (searching by surname, opening customers, writing with mistakes): not one name, identity
 * code or e-mail address of the demo people may end up in it.
 */
describe('the log carries no people', () => {
  let database: TestDatabase
  let app: FastifyInstance
  const lines: string[] = []
  let people: Person[]

  beforeAll(async () => {
    database = await freshDatabase()
    const clock = testClock()
    await loadDemoData(database.db, clock())
    app = await buildApp({
      config: testConfig({ LOG_LEVEL: 'trace' }),
      db: database.db,
      webDist: null,
      clock,
      logStream: { write: (line: string) => void lines.push(line) },
    })
    people = await queryRows<Person>(
      database.db,
      sql`select first_name as "firstName", last_name as "lastName", null as "displayName",
            identity_code as "identityCode", email from customer
          union all
          select null, null, display_name, null, email from user_account`,
    )
  })
  afterAll(async () => {
    await app?.close()
    await database?.close()
  })

  const as = (username: string) => signIn(app, username, DEMO_PASSWORD)

  it('after searches, reads, mistakes and refusals on the main routes', async () => {
    const customers = people.filter((p) => p.identityCode)
    expect(customers.length).toBeGreaterThan(3)

    await app.inject({
      method: 'POST',
      url: '/api/v1/session',
      payload: { username: 'aino', password: 'wrong' },
    })
    const worker = await as('te1')
    const found: string[] = []
    for (const c of customers) {
      const res = await worker.get(`/api/v1/customers?q=${encodeURIComponent(c.lastName!)}`)
      expect(res.statusCode).toBe(200)
      found.push(...res.json<{ items: { id: string }[] }>().items.map((i) => i.id))
    }
    expect(found.length).toBeGreaterThan(0)
    for (const id of found) {
      for (const part of ['', '/case', '/case/timeline', '/plan', '/consents', '/access-log']) {
        await worker.get(`/api/v1/customers/${id}${part}`)
      }
      await worker.post(`/api/v1/customers/${id}/case/notes`, {
        text: 42,
        about: customers[0]!.firstName,
      })
    }
    const someone = customers[0]!
    await worker.post('/api/v1/enrolments/check', { identityCode: someone.identityCode })
    await worker.post('/api/v1/enrolments/check', { identityCode: `${someone.identityCode}x` })
    await worker.request({
      method: 'POST',
      url: '/api/v1/enrolments',
      payload: `{"firstName":"${someone.firstName}","email":"${someone.email}"`,
      headers: { 'content-type': 'application/json' },
    })
    await worker.get(`/api/v1/no-such-route?q=${someone.lastName}&email=${someone.email}`)
    await worker.get(`/api/v1/customers?q=${'x'.repeat(5000)}${someone.lastName}`)

    const youngPerson = await as('aino')
    for (const path of ['/api/v1/me', '/api/v1/customers', '/api/v1/network']) {
      await youngPerson.get(path)
    }
    const coordinator = await as('coordinator1')
    await coordinator.get('/api/v1/dev/mailbox')
    await coordinator.get('/api/v1/network')

    const log = lines.join('')
    // The log is there and tells which routes were asked, by their pattern. (Asserted as
    // booleans: a failure must not print the log itself.)
    const timeline = '"url":"/api/v1/customers/:customerId/case/timeline"'
    expect(log.includes(timeline), 'requests are logged by route pattern').toBe(true)
    expect(log.includes('?q='), 'a query string is logged').toBe(false)
    const words = new Set(
      people.flatMap((p) => [p.firstName, p.lastName, ...(p.displayName?.split(' ') ?? [])]),
    )
    const leaks = [
      ...[...words].filter((w): w is string => !!w && new RegExp(`\\b${w}\\b`).test(log)),
      ...people
        .flatMap((p) => [p.identityCode, p.email, p.displayName])
        .filter((s): s is string => !!s && log.includes(s)),
    ]
    expect(leaks).toEqual([])
  })
})
