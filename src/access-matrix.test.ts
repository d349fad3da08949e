import { eq } from 'drizzle-orm'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { actorForAccount } from './actor'
import { DEMO_PASSWORD, loadDemoData } from './demo/demo-data'
import { customer } from './domain/customers/schema'
import { permittedTargets, type Action } from './platform/access'
import { userAccount } from './platform/auth/schema'
import { testConfig } from './platform/config'
import { newContext, type Actor } from './platform/context'
import type { UserAccountId } from './platform/ids'
import { testApp, type TestApp } from './platform/testing/app'
import { expectOk } from './platform/testing/expect'
import { apiRoutes } from './routes'

/**
 * Every route that acts on one customer, walked for every relation an actor can have to that
 * customer. The expectations below are the policy stated once more, independently of the rules
 * in the code: a route whose action is missing here fails the test until someone decides.
 */
type Relation =
  | 'self'
  | 'enrolling_worker'
  | 'consented_worker'
  | 'withdrawn_worker'
  | 'expired_worker'
  | 'unrelated_worker'
  | 'other_young_person'
  | 'coordinator'

const policy: Record<string, Relation[]> = {
  'customer.read': ['self', 'enrolling_worker', 'consented_worker'],
  'customer.read_access_log': ['self'],
  'consent.read': ['self'],
  'consent.give': ['self', 'enrolling_worker'],
  'consent.withdraw': ['self'],
  'case.read': ['enrolling_worker', 'consented_worker'],
  'case.write': ['enrolling_worker', 'consented_worker'],
  'plan.read': ['self', 'enrolling_worker', 'consented_worker'],
  'message.read': ['self', 'enrolling_worker', 'consented_worker'],
  'message.send': ['self', 'enrolling_worker', 'consented_worker'],
  'consent_request.read': ['self', 'enrolling_worker', 'consented_worker'],
  'consent_request.answer': ['self'],
}

// (actor's username, target young person, the relation between them) in the demo network:
// Aino is enrolled by the TE office and consents to TE, Kela and Oulu; Onni withdrew his consent
// to Kela; Venla's consent to Kela expired; Leo is enrolled below by Raahe without any consent.
const scenarios: [string, string, Relation][] = [
  ['aino', 'aino', 'self'],
  ['leo', 'aino', 'other_young_person'],
  ['te1', 'aino', 'enrolling_worker'],
  ['raahe1', 'leo', 'enrolling_worker'],
  ['kela1', 'aino', 'consented_worker'],
  ['kela1', 'onni', 'withdrawn_worker'],
  ['kela1', 'venla', 'expired_worker'],
  ['pudasjarvi1', 'aino', 'unrelated_worker'],
  ['oulu1', 'leo', 'unrelated_worker'],
  ['coordinator1', 'aino', 'coordinator'],
]

let t: TestApp
const customerIds = new Map<string, string>()
const actors = new Map<string, Actor>()

beforeAll(async () => {
  t = await testApp()
  await loadDemoData(t.db, t.clock())
  const people = await t.db
    .select({ id: customer.id, username: userAccount.username })
    .from(customer)
    .innerJoin(userAccount, eq(userAccount.id, customer.userAccountId))
  for (const p of people) customerIds.set(p.username, p.id)
  // Raahe enrols Leo (no consents): its access rests on its own statutory work.
  const raahe = await t.signIn('raahe1', DEMO_PASSWORD)
  const network = expectOk<{ programmes: { id: string }[] }>(
    await (await t.signIn('coordinator1', DEMO_PASSWORD)).get('/api/v1/network'),
  )
  const leo = expectOk<{
    identityCode: string
    firstName: string
    lastName: string
    municipality: { id: string }
  }>(
    await (await t.signIn('leo', DEMO_PASSWORD)).get(`/api/v1/customers/${customerIds.get('leo')}`),
  )
  expectOk(
    await raahe.post('/api/v1/enrolments', {
      identityCode: leo.identityCode,
      firstName: leo.firstName,
      lastName: leo.lastName,
      municipalityId: leo.municipality.id,
      programmeId: network.programmes[0]!.id,
      qualification: 'vocational',
    }),
    201,
  )
  const accounts = await t.db.select().from(userAccount)
  for (const [username] of scenarios) {
    const a = accounts.find((x) => x.username === username)!
    actors.set(
      username,
      await actorForAccount(t.db, {
        userId: a.id as UserAccountId,
        displayName: a.displayName,
        locale: a.locale,
      }),
    )
  }
})
afterAll(() => t.close())

const customerRoutes = apiRoutes(testConfig()).filter(
  (r) => r.url.includes(':customerId') && r.action !== 'public',
)

describe('every route × every relation to the customer', () => {
  it('has a stated policy for every action that targets a customer', () => {
    const actions = new Set(customerRoutes.map((r) => (r.action as Action).name))
    expect([...actions].filter((a) => !(a in policy))).toEqual([])
    // Each such route checks its action against the customer in the URL.
    expect(customerRoutes.filter((r) => !r.target).map((r) => `${r.method} ${r.url}`)).toEqual([])
  })

  it('permits exactly what the policy says, no more', async () => {
    const mismatches: string[] = []
    for (const route of customerRoutes) {
      const action = route.action as Action
      for (const [username, target, relation] of scenarios) {
        const ctx = newContext(t.db, actors.get(username)!, 'matrix', t.clock())
        const id = customerIds.get(target)!
        const allowed = (await permittedTargets(ctx, action, [id])).has(id)
        const expected = policy[action.name]!.includes(relation)
        if (allowed !== expected) {
          mismatches.push(
            `${route.method} ${route.url} (${action.name}) ${relation}: ${allowed ? 'allowed' : 'refused'}`,
          )
        }
      }
    }
    expect(mismatches).toEqual([])
  })

  it('over HTTP, every read of a customer refused by the policy answers 403/404 and leaks nothing', async () => {
    const leaks: string[] = []
    const reads = customerRoutes.filter(
      (r) => r.method === 'GET' && !/:(?!customerId)\w+/.test(r.url),
    )
    for (const [username, target, relation] of scenarios) {
      const agent = await t.signIn(username, DEMO_PASSWORD)
      const id = customerIds.get(target)!
      for (const route of reads) {
        const res = await agent.get(route.url.replace(':customerId', id))
        const allowed = policy[(route.action as Action).name]!.includes(relation)
        if (!allowed && ![403, 404].includes(res.statusCode)) {
          leaks.push(`${route.url} ${relation} → ${res.statusCode}`)
        }
        if (allowed && res.statusCode >= 500)
          leaks.push(`${route.url} ${relation} → ${res.statusCode}`)
      }
    }
    expect(leaks).toEqual([])
  })
})
