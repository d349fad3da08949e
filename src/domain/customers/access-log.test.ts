import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { DEMO_PASSWORD, loadDemoData } from '../../demo/demo-data'
import { apiRoutes } from '../../routes'
import { testConfig } from '../../platform/config'
import { testApp, type Agent, type TestApp } from '../../platform/testing/app'
import { expectOk, expectProblem } from '../../platform/testing/expect'
import { actionsInLog } from './access-log-actions'

interface Entry {
  id: string
  kind: 'view' | 'list'
  from: string
  to: string
  organisation: { id: string; name: { fi: string } }
  worker: { displayName: string; title: string | null } | null
  actions: string[]
  purposes: string[]
  requests: number
}
interface LogPage {
  items: Entry[]
  hasMore: boolean
  next: string | null
}

let t: TestApp
let te: Agent
let kela: Agent
let kela2: Agent
let aino: Agent
let ainoId: string

/** Moves to the next day; sessions idle that long have ended, so everyone signs in again. */
async function nextDay(): Promise<void> {
  t.clock.advanceMinutes(60 * 24)
  te = await t.signIn('te1', DEMO_PASSWORD)
  kela = await t.signIn('kela1', DEMO_PASSWORD)
  kela2 = await t.signIn('kela2', DEMO_PASSWORD)
  aino = await t.signIn('aino', DEMO_PASSWORD)
}

beforeAll(async () => {
  t = await testApp()
  await loadDemoData(t.db, t.clock())
  await nextDay()
  ainoId = expectOk<{ user: { customerId: string } }>(await aino.get('/api/v1/me')).user.customerId
})
afterAll(() => t.close())

const log = async (query = ''): Promise<LogPage> =>
  expectOk<LogPage>(await aino.get(`/api/v1/customers/${ainoId}/access-log${query}`))

/** The requests the worker's customer page makes: summary, case and its parts. */
async function openCustomerPage(agent: Agent, customerId: string): Promise<void> {
  for (const path of [
    '',
    '/case',
    '/case/timeline',
    '/case/notes',
    '/case/team-messages',
    '/messages',
    '/consent-requests',
  ]) {
    expectOk(await agent.get(`/api/v1/customers/${customerId}${path}`))
  }
}

describe('the young person’s access log', () => {
  it('words every action a route names, so none reaches the log unexplained', () => {
    const named = apiRoutes(testConfig())
      .map((r) => r.action)
      .flatMap((a) => (a === 'public' ? [] : [a.name]))
    expect(named.filter((n) => !(n in actionsInLog))).toEqual([])
  })

  it('shows one worker’s page views as at most one entry each, naming who and why', async () => {
    await nextDay()
    const before = (await log()).items.map((e) => e.id)
    await openCustomerPage(te, ainoId)
    t.clock.advanceMinutes(3)
    await openCustomerPage(te, ainoId)
    expectOk(await te.get(`/api/v1/customers/${ainoId}/plan`))
    t.clock.advanceMinutes(3)
    expectOk(await te.get(`/api/v1/customers/${ainoId}/plan`))

    const fresh = (await log()).items.filter((e) => !before.includes(e.id))
    expect(fresh).toHaveLength(3)
    for (const e of fresh) {
      expect(e.kind).toBe('view')
      expect(e.organisation.name.fi).toMatch(/TE/)
      expect(e.worker?.displayName).toBeTruthy()
      expect(e.worker?.title).toBe('Asiantuntija')
      expect(e.purposes).toEqual(['joint_customership'])
    }
    const [plan, second, first] = fresh
    expect(plan!.actions).toEqual(['plan.read'])
    expect(second!.actions).toEqual(expect.arrayContaining(['customer.read', 'case.read']))
    expect(second!.actions).toContain('plan.read')
    expect(first!.actions).not.toContain('plan.read')
    expect(first!.requests).toBe(7)
  })

  it('groups list appearances per organisation and day, whichever worker', async () => {
    await nextDay()
    for (let i = 0; i < 7; i += 1) {
      expectOk(await (i % 2 ? kela : kela2).get('/api/v1/customers?pageSize=100'))
      t.clock.advanceMinutes(4)
    }
    const [today] = (await log()).items
    expect(today).toMatchObject({ kind: 'list', worker: null, actions: ['customer.list'] })
    expect(today!.requests).toBe(7)
    await nextDay()
    expectOk(await kela.get('/api/v1/customers?pageSize=100'))
    const [next, previous] = (await log()).items
    expect(next).toMatchObject({ kind: 'list', requests: 1 })
    expect(previous!.id).toBe(today!.id)
  })

  it('leaves out the young person’s own looks', async () => {
    await nextDay()
    const [newest] = (await log()).items
    expectOk(await aino.get(`/api/v1/customers/${ainoId}/plan`))
    expect((await log()).items[0]!.id).toBe(newest!.id)
  })

  it('pages by position: every entry once, newest first, then hasMore is false', async () => {
    for (let i = 0; i < 5; i += 1) {
      t.clock.advanceMinutes(5)
      expectOk(await kela.get(`/api/v1/customers/${ainoId}`))
    }
    const all = (await log('?limit=100')).items
    const seen: Entry[] = []
    let page = await log('?limit=2')
    for (;;) {
      expect(page.items.length).toBeLessThanOrEqual(2)
      seen.push(...page.items)
      if (!page.hasMore) break
      expect(page.next).toBeTruthy()
      // A newer access does not shift the pages that follow.
      t.clock.advanceMinutes(5)
      expectOk(await kela.get(`/api/v1/customers/${ainoId}`))
      page = await log(`?limit=2&after=${page.next}`)
    }
    expect(page.next).toBeNull()
    expect(seen.map((e) => e.id)).toEqual(all.map((e) => e.id))
    const times = seen.map((e) => e.to)
    expect([...times].sort().reverse()).toEqual(times)
  })

  it('refuses a made-up position with a problem, not a 500', async () => {
    expectProblem(await aino.get(`/api/v1/customers/${ainoId}/access-log?after=bm9wZQ`), 400)
    expectProblem(await aino.get(`/api/v1/customers/${ainoId}/access-log?after=%25%25`), 400)
    expectProblem(await aino.get(`/api/v1/customers/${ainoId}/access-log?limit=0`), 400)
  })

  it('is the young person’s own: a worker of the team may not read it', async () => {
    await nextDay()
    expectProblem(await te.get(`/api/v1/customers/${ainoId}/access-log`), 404)
  })
})
