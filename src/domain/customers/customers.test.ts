import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { testApp, type Agent, type TestApp } from '../../platform/testing/app'
import { expectOk, expectProblem } from '../../platform/testing/expect'
import type {
  CustomerFixture,
  OrganisationFixture,
  MemberFixture,
} from '../../platform/testing/fixtures'

interface ListPage {
  items: { id: string; firstName: string; lastName: string; permittedActions: string[] }[]
  total: number | null
  totalCapped: boolean
  hasMore: boolean
  next: string | null
}

/** "My joint customers" and the customer summary, as each kind of user meets them. */
describe('customers: who sees whom', () => {
  let t: TestApp
  let te: OrganisationFixture
  let kela: OrganisationFixture
  let teWorker: Agent
  let a: CustomerFixture
  let b: CustomerFixture
  let c: CustomerFixture
  let worker: MemberFixture

  beforeAll(async () => {
    t = await testApp()
    te = await t.fixtures.organisation().save()
    kela = await t.fixtures.organisation('social_insurance').save()
    worker = await t.fixtures.worker(te).save()
    a = await t.fixtures.customer().withConsent(te).withConsent(kela).save()
    b = await t.fixtures.customer().withConsent(te).save()
    c = await t.fixtures.customer().withConsent(kela).save()
    teWorker = await t.signIn(worker)
  })
  afterAll(() => t?.close())

  it("lists exactly the customers from whom the worker's organisation holds a consent", async () => {
    const page = expectOk<ListPage>(await teWorker.get('/api/v1/customers'))
    expect(page.items.map((i) => i.id).sort()).toEqual([a.id, b.id].sort())
    expect(page.total).toBe(2)
    for (const item of page.items) expect(item.permittedActions).toContain('customer.read')
  })

  it('pages by position in name order, with counts that match what the worker may see', async () => {
    const first = expectOk<ListPage>(await teWorker.get('/api/v1/customers?limit=1'))
    expect(first).toMatchObject({ total: 2, totalCapped: false, hasMore: true })
    const second = expectOk<ListPage>(
      await teWorker.get(`/api/v1/customers?limit=1&after=${first.next}`),
    )
    expect(second).toMatchObject({ total: 2, hasMore: false, next: null })
    const names = [...first.items, ...second.items].map((i) => i.lastName.toLowerCase())
    expect(names).toEqual([...names].sort())
    expect([...first.items, ...second.items].map((i) => i.id).sort()).toEqual([a.id, b.id].sort())
    expectProblem(await teWorker.get('/api/v1/customers?after=bm90LWEtY3Vyc29y'), 400)
  })

  it('finds by the beginning of a surname or a first name, and by further words', async () => {
    for (const q of [b.lastName.slice(0, 10), b.firstName.slice(0, 3), `${b.firstName} test`]) {
      const hit = expectOk<ListPage>(
        await teWorker.post('/api/v1/customers/search', { scope: 'organisation', q }),
      )
      expect(hit.items.map((i) => i.id)).toContain(b.id)
      expect(hit.items.map((i) => i.id)).not.toContain(c.id)
    }
    const none = expectOk<ListPage>(
      await teWorker.post('/api/v1/customers/search', { q: `${b.firstName} zzz` }),
    )
    // A search by name is not counted: `hasMore` tells whether more matched than shown.
    expect(none).toMatchObject({ items: [], total: null, hasMore: false })
    const one = expectOk<ListPage>(
      await teWorker.post('/api/v1/customers/search', { q: b.lastName.slice(0, 10), limit: 1 }),
    )
    expect(one).toMatchObject({ total: null, totalCapped: false })
    expect(one.hasMore).toBe(one.next !== null)
  })

  it('finds by birth date, and by identity code sent in the body only', async () => {
    const byDate = expectOk<ListPage>(
      await teWorker.post('/api/v1/customers/search', { birthDate: b.birthDate }),
    )
    expect(byDate.items.map((i) => i.id)).toEqual([b.id])
    const byCode = expectOk<ListPage>(
      await teWorker.post('/api/v1/customers/search', { identityCode: a.identityCode }),
    )
    expect(byCode.items.map((i) => i.id)).toEqual([a.id])
    // A customer the organisation may not list is not found by code either.
    const other = expectOk<ListPage>(
      await teWorker.post('/api/v1/customers/search', { identityCode: c.identityCode }),
    )
    expect(other.items).toEqual([])
    // A code of the temporary 900 series with a wrong check character.
    expectProblem(
      await teWorker.post('/api/v1/customers/search', { identityCode: '010101-900A' }),
      400,
    )
    // The GET list has no identity-code parameter to put in a URL.
    const res = await teWorker.get(`/api/v1/customers?identityCode=${a.identityCode}`)
    expect(expectOk<ListPage>(res).total).toBe(2)
  })

  it('lists no one under "my cases" to a worker who is nobody\'s contact and owns no step', async () => {
    const mine = expectOk<ListPage>(await teWorker.get('/api/v1/customers?scope=mine'))
    expect(mine).toMatchObject({ items: [], total: 0, hasMore: false })
  })

  it('shows the summary with the consents its own organisation holds, and what it may do', async () => {
    const summary = expectOk<{
      id: string
      permittedActions: string[]
      consentsHeld: { recipient: { id: string } }[]
    }>(await teWorker.get(`/api/v1/customers/${a.id}`))
    expect(summary.id).toBe(a.id)
    expect(summary.consentsHeld.map((x) => x.recipient.id)).toEqual([te.id])
    expect(summary.permittedActions).toContain('customer.read')
    expect(summary.permittedActions).not.toContain('customer.read_access_log')
  })

  it('answers 404, not 403, to a worker of another organisation', async () => {
    const other = await t.signIn(
      await t.fixtures.worker(await t.fixtures.organisation().save()).save(),
    )
    expectProblem(await other.get(`/api/v1/customers/${a.id}`), 404)
    const unknown = await other.get('/api/v1/customers/7b0c2a52-8f57-4d4b-9d2b-4d0f7b1b3a11')
    expect(expectProblem(unknown, 404).detail).toBe(
      expectProblem(await other.get(`/api/v1/customers/${a.id}`), 404).detail,
    )
    expect(expectOk<ListPage>(await other.get('/api/v1/customers')).total).toBe(0)
  })

  it('does not show customers to coordinators', async () => {
    const coordination = await t.fixtures.organisation('coordinator').save()
    const coordinator = await t.signIn(await t.fixtures.coordinator(coordination).save())
    expectProblem(await coordinator.get('/api/v1/customers'), 403)
    expectProblem(await coordinator.get(`/api/v1/customers/${a.id}`), 404)
  })

  it('takes access away when the consent is withdrawn or has expired', async () => {
    const org = await t.fixtures.organisation('municipality').save()
    const agent = await t.signIn(await t.fixtures.worker(org).save())
    const withdrawn = await t.fixtures
      .customer()
      .withConsent(org, undefined, { state: 'withdrawn' })
      .save()
    const expired = await t.fixtures
      .customer()
      .withConsent(org, undefined, { state: 'expired' })
      .save()
    for (const x of [withdrawn, expired]) {
      expectProblem(await agent.get(`/api/v1/customers/${x.id}`), 404)
    }
    expect(expectOk<ListPage>(await agent.get('/api/v1/customers')).total).toBe(0)
  })

  it('ends access when the clock passes the end of validity', async () => {
    const org = await t.fixtures.organisation('municipality').save()
    const agent = await t.signIn(await t.fixtures.worker(org).save())
    const end = new Date(t.clock().getTime() + 20 * 60_000)
    const d = await t.fixtures.customer().withConsent(org, undefined, { validUntil: end }).save()
    expectOk(await agent.get(`/api/v1/customers/${d.id}`))
    t.clock.advanceMinutes(21)
    expectProblem(await agent.get(`/api/v1/customers/${d.id}`), 404)
    expect(expectOk<ListPage>(await agent.get('/api/v1/customers')).total).toBe(0)
  })

  it('lets the young person read their own summary and nobody else', async () => {
    const own = await t.signIn(a)
    const summary = expectOk<{ id: string; permittedActions: string[] }>(
      await own.get(`/api/v1/customers/${a.id}`),
    )
    expect(summary.permittedActions).toEqual(
      expect.arrayContaining(['customer.read', 'customer.read_access_log']),
    )
    expectProblem(await own.get(`/api/v1/customers/${b.id}`), 404)
    expectProblem(await own.get('/api/v1/customers'), 403)
  })
})
