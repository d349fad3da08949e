import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { loadDemoData, DEMO_PASSWORD } from '../../demo/demo-data'
import { testApp, type Agent, type TestApp } from '../../platform/testing/app'
import { expectOk, expectProblem } from '../../platform/testing/expect'

interface Notice {
  id: string
  kind: string
  customerId: string
  customerName: { firstName: string } | null
  serviceActionId: string | null
  unread: boolean
}
interface Notices {
  items: Notice[]
  hasMore: boolean
  next: string | null
}
interface Step {
  id: string
  ownerOrganisationId: string
  ownerUserId: string | null
  version: number
}

let t: TestApp
let te3: Agent
let te5: Agent
let oulu: Agent
let kela: Agent
let young: Agent
let aino: string
let te3Id: string
let te5Id: string
let teStep: Step
let ouluStep: Step

const notices = async (a: Agent, query = '') =>
  expectOk<Notices>(await a.get(`/api/v1/notices${query}`))
const unreadOnes = async (a: Agent) =>
  (await notices(a, '?limit=100')).items.filter((n) => n.unread)
const unread = async (a: Agent) =>
  expectOk<{ total: number; totalCapped: boolean }>(await a.get('/api/v1/notices/unread'))
const userOf = async (a: Agent) =>
  expectOk<{ user: { id: string; customerId: string | null } }>(await a.get('/api/v1/me')).user

beforeAll(async () => {
  t = await testApp()
  await loadDemoData(t.db, t.clock())
  ;[te3, te5, oulu, kela, young] = (await Promise.all(
    ['te3', 'te5', 'oulu3', 'kela3', 'aino'].map((u) => t.signIn(u, DEMO_PASSWORD)),
  )) as [Agent, Agent, Agent, Agent, Agent]
  te3Id = (await userOf(te3)).id
  te5Id = (await userOf(te5)).id
  aino = (await userOf(young)).customerId!
  const cards = expectOk<{ items: { id: string; code: string; status: string }[] }>(
    await te3.get('/api/v1/event-cards'),
  )
  const card = cards.items.find((c) => c.code === 'job_application' && c.status === 'published')!
  // What the demo network recorded before is read already.
  for (const a of [te3, te5, oulu, kela]) expectOk(await a.post('/api/v1/notices/seen'))
  t.clock.advanceMinutes(1)
  const opened = expectOk<{ serviceActions: Step[] }>(
    await te3.post(`/api/v1/customers/${aino}/case/event-cards`, { eventCardVersionId: card.id }),
    201,
  )
  teStep = opened.serviceActions.find((s) => s.ownerUserId === te3Id)!
  ouluStep = opened.serviceActions.find((s) => s !== teStep)!
})
afterAll(() => t?.close())

describe("a worker's notices", () => {
  it("tells an organisation of its new steps that nobody has been given, not of one's own doings", async () => {
    expect(await unreadOnes(oulu)).toContainEqual(
      expect.objectContaining({
        kind: 'service_action_created',
        serviceActionId: ouluStep.id,
        customerId: aino,
        unread: true,
      }),
    )
    expect((await unreadOnes(oulu)).map((n) => n.serviceActionId)).not.toContain(teStep.id)
    // te3 opened the card: nothing of it is news to te3.
    expect(await unreadOnes(te3)).toEqual([])
    expect(await unread(te3)).toEqual({ total: 0, totalCapped: false })
  })

  it('shows what others do on my own cases, unread until I have read them', async () => {
    t.clock.advanceMinutes(1)
    expectOk(
      await oulu.post(`/api/v1/service-actions/${teStep.id}/comments`, { body: 'Can we meet?' }),
      201,
    )
    t.clock.advanceMinutes(1)
    expectOk(await young.post(`/api/v1/customers/${aino}/messages`, { body: 'Hello!' }), 201)
    const fresh = await unreadOnes(te3)
    expect(fresh.map((n) => n.kind)).toEqual(['message_sent', 'service_action_comment'])
    expect(fresh.every((n) => n.customerName?.firstName === 'Aino')).toBe(true)
    expect(await unread(te3)).toEqual({ total: 2, totalCapped: false })
    // Kela may see Aino, but she is not Kela's worker's own case.
    expect((await unreadOnes(kela)).map((n) => n.customerId)).not.toContain(aino)

    // Keyset paged, newest first.
    const all = await notices(te3, '?limit=100')
    const seen: string[] = []
    let after = ''
    for (;;) {
      const page = await notices(te3, `?limit=2${after}`)
      seen.push(...page.items.map((n) => n.id))
      if (!page.next) break
      after = `&after=${page.next}`
    }
    expect(seen).toEqual(all.items.map((n) => n.id))

    t.clock.advanceMinutes(1)
    expectOk(await te3.post('/api/v1/notices/seen'))
    expect(await unread(te3)).toEqual({ total: 0, totalCapped: false })
    expect(await unreadOnes(te3)).toEqual([])
    t.clock.advanceMinutes(1)
    expectOk(
      await young.post(`/api/v1/customers/${aino}/messages`, { body: 'Are you there?' }),
      201,
    )
    expect(await unread(te3)).toEqual({ total: 1, totalCapped: false })
    expect((await notices(te3)).items[0]).toMatchObject({ kind: 'message_sent', unread: true })
  })

  it('tells a colleague that a step was given to them', async () => {
    t.clock.advanceMinutes(1)
    expectOk(
      await te3.patch(`/api/v1/service-actions/${teStep.id}`, {
        version: teStep.version,
        ownerUserId: te5Id,
      }),
    )
    const theirs = await unreadOnes(te5)
    expect(theirs[0]).toMatchObject({
      kind: 'service_action_assigned',
      serviceActionId: teStep.id,
      unread: true,
    })
    expect((await unread(te5)).total).toBeGreaterThan(0)
  })

  it('is for workers only', async () => {
    expectProblem(await young.get('/api/v1/notices'), 403)
    expectProblem(await young.post('/api/v1/notices/seen'), 403)
  })
})
