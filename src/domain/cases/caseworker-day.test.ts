import { sql } from 'drizzle-orm'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { loadDemoData, DEMO_PASSWORD } from '../../demo/demo-data'
import { queryRows } from '../../platform/db/database'
import { testApp, type Agent, type TestApp } from '../../platform/testing/app'
import { expectOk, expectProblem } from '../../platform/testing/expect'

interface Step {
  id: string
  customerId: string
  ownerOrganisationId: string
  ownerUserId: string | null
  status: string
  doneAt: string | null
  doneComment: string | null
  assignedAt: string | null
  openedEventCardId: string | null
  version: number
  customerName?: { firstName: string; lastName: string } | null
}
interface Queue {
  items: Step[]
  total: number
  totalCapped: boolean
  hasMore: boolean
  next: string | null
}
interface CustomerPage {
  items: { id: string }[]
  total: number
}

let t: TestApp
let te3: Agent
let te5: Agent
let kela: Agent
let te5Id: string
let te3Id: string
let kelaId: string
let aino: string
let teStep: Step
let ouluStep: Step

const userOf = async (a: Agent) =>
  expectOk<{ user: { id: string; customerId: string | null } }>(await a.get('/api/v1/me')).user

async function signInAll() {
  ;[te3, te5, kela] = (await Promise.all(
    ['te3', 'te5', 'kela3'].map((u) => t.signIn(u, DEMO_PASSWORD)),
  )) as [Agent, Agent, Agent]
}

const auditCount = async () =>
  (await queryRows<{ n: number }>(t.db, sql`select count(*)::int as n from audit_event`))[0]!.n

const queueOf = async (a: Agent, query = '') =>
  expectOk<Queue>(await a.get(`/api/v1/service-actions?scope=mine${query}`))
const mine = async (a: Agent, query = '') =>
  expectOk<CustomerPage>(await a.get(`/api/v1/customers?scope=mine${query}`))

beforeAll(async () => {
  t = await testApp()
  await loadDemoData(t.db, t.clock())
  await signInAll()
  te3Id = (await userOf(te3)).id
  te5Id = (await userOf(te5)).id
  kelaId = (await userOf(kela)).id
  aino = (await userOf(await t.signIn('aino', DEMO_PASSWORD))).customerId!
  // Aino is enrolled by the TE office in the demo; te3 opens the job-application card.
  const cards = expectOk<{ items: { id: string; code: string; status: string }[] }>(
    await te3.get('/api/v1/event-cards'),
  )
  const card = cards.items.find((c) => c.code === 'job_application' && c.status === 'published')!
  const opened = expectOk<{ serviceActions: Step[] }>(
    await te3.post(`/api/v1/customers/${aino}/case/event-cards`, { eventCardVersionId: card.id }),
    201,
  )
  const orgs = expectOk<{ items: { id: string; code: string }[] }>(
    await te3.get('/api/v1/organisations'),
  )
  const te = orgs.items.find((o) => o.code === 'te-office')!.id
  teStep = opened.serviceActions.find((s) => s.ownerOrganisationId === te)!
  ouluStep = opened.serviceActions.find((s) => s.ownerOrganisationId !== te)!
})
afterAll(() => t?.close())

describe("the caseworker's day", () => {
  it('lists the worker who opened a card as owning its step: the case is among their own', async () => {
    expect(teStep.ownerUserId).toBe(te3Id)
    expect(teStep.assignedAt).not.toBeNull()
    expect((await mine(te3)).items.map((i) => i.id)).toContain(aino)
    expect((await mine(te5)).items.map((i) => i.id)).not.toContain(aino)
    // "All my organisation may see" still lists her to te5.
    const all = expectOk<CustomerPage>(await te5.get('/api/v1/customers?scope=organisation'))
    expect(all.items.map((i) => i.id)).toContain(aino)
  })

  it("lists an organisation's workers to its own workers only", async () => {
    const colleagues = expectOk<{
      items: { id: string; displayName: string; isMe: boolean }[]
      hasMore: boolean
      next: string | null
    }>(await te3.get('/api/v1/colleagues?limit=100'))
    const ids = colleagues.items.map((c) => c.id)
    expect(ids).toEqual(expect.arrayContaining([te3Id, te5Id]))
    expect(ids).not.toContain(kelaId)
    expect(colleagues.items.find((c) => c.id === te3Id)?.isMe).toBe(true)
    const names = colleagues.items.map((c) => c.displayName.toLowerCase())
    expect(names).toEqual([...names].sort())
    // Keyset paged: two at a time reach the same workers.
    const seen: string[] = []
    let after = ''
    for (;;) {
      const page = expectOk<{ items: { id: string }[]; next: string | null }>(
        await te3.get(`/api/v1/colleagues?limit=2${after}`),
      )
      seen.push(...page.items.map((c) => c.id))
      if (!page.next) break
      after = `&after=${page.next}`
    }
    expect(seen).toEqual(ids)
    const coordinator = await t.signIn('coordinator1', DEMO_PASSWORD)
    expectProblem(await coordinator.get('/api/v1/colleagues'), 403)
  })

  it("gives a step to a colleague: it leaves the giver's queue and appears in the colleague's", async () => {
    expect((await queueOf(te3)).items.map((s) => s.id)).toContain(teStep.id)
    expect((await queueOf(te5)).items.map((s) => s.id)).not.toContain(teStep.id)
    // Not to a worker of another organisation, and nobody else may give it.
    expectProblem(
      await te3.patch(`/api/v1/service-actions/${teStep.id}`, {
        version: teStep.version,
        ownerUserId: kelaId,
      }),
      400,
    )
    expectProblem(
      await kela.patch(`/api/v1/service-actions/${teStep.id}`, {
        version: teStep.version,
        ownerUserId: kelaId,
      }),
      404,
    )
    t.clock.advanceMinutes(5)
    const given = expectOk<Step>(
      await te3.patch(`/api/v1/service-actions/${teStep.id}`, {
        version: teStep.version,
        ownerUserId: te5Id,
      }),
    )
    expect(given.ownerUserId).toBe(te5Id)
    expect(given.assignedAt).toBe(t.clock().toISOString())
    teStep = given
    const colleagueQueue = await queueOf(te5)
    const row = colleagueQueue.items.find((s) => s.id === teStep.id)
    expect(row?.customerName?.firstName).toBe('Aino')
    expect((await queueOf(te3)).items.map((s) => s.id)).not.toContain(teStep.id)
    expect((await mine(te5)).items.map((i) => i.id)).toContain(aino)
    // The step's history tells to whom it went.
    const detail = expectOk<{ history: { kind: string; ownerUserId: string | null }[] }>(
      await te5.get(`/api/v1/service-actions/${teStep.id}`),
    )
    expect(detail.history).toContainEqual(
      expect.objectContaining({ kind: 'service_action_assigned', ownerUserId: te5Id }),
    )
  })

  it('records when a step was done and an optional comment; reopening clears both', async () => {
    expectProblem(
      await te5.patch(`/api/v1/service-actions/${teStep.id}`, {
        version: teStep.version,
        status: 'in_progress',
        doneComment: 'Not yet',
      }),
      400,
    )
    t.clock.advanceMinutes(3)
    const done = expectOk<Step>(
      await te5.patch(`/api/v1/service-actions/${teStep.id}`, {
        version: teStep.version,
        status: 'done',
        doneComment: 'CV updated together at the office.',
      }),
    )
    expect(done).toMatchObject({
      status: 'done',
      doneAt: t.clock().toISOString(),
      doneComment: 'CV updated together at the office.',
    })
    const reopened = expectOk<Step>(
      await te5.patch(`/api/v1/service-actions/${teStep.id}`, {
        version: done.version,
        status: 'open',
      }),
    )
    expect(reopened).toMatchObject({ status: 'open', doneAt: null, doneComment: null })
    teStep = reopened
    // The young person's plan never shows the team's comment.
    const young = await t.signIn('aino', DEMO_PASSWORD)
    expect(
      JSON.stringify(expectOk(await young.get(`/api/v1/customers/${aino}/plan`))),
    ).not.toContain('CV updated')
  })

  it('pages the work queue by position in due-date order, with a capped count', async () => {
    const all = expectOk<Queue>(await te3.get('/api/v1/service-actions?limit=100'))
    expect(all).toMatchObject({ totalCapped: false, hasMore: false, next: null })
    expect(all.total).toBe(all.items.length)
    const seen: string[] = []
    let after = ''
    for (;;) {
      const page = expectOk<Queue>(await te3.get(`/api/v1/service-actions?limit=1${after}`))
      expect(page.total).toBe(all.total)
      seen.push(...page.items.map((s) => s.id))
      if (!page.next) break
      after = `&after=${page.next}`
    }
    expect(seen).toEqual(all.items.map((s) => s.id))
    expectProblem(await te3.get('/api/v1/service-actions?after=xyz'), 400)
  })

  it('filters customers by open and overdue steps of my organisation, and by municipality', async () => {
    const open = expectOk<CustomerPage>(
      await te5.get('/api/v1/customers?scope=organisation&openSteps=true'),
    )
    expect(open.items.map((i) => i.id)).toContain(aino)
    // Only customers with open steps of the TE office: not all it may see.
    const all = expectOk<CustomerPage>(await te5.get('/api/v1/customers?scope=organisation'))
    expect(open.total).toBeLessThan(all.total)
    t.clock.advanceMinutes(40 * 24 * 60)
    await signInAll()
    const overdueLater = expectOk<CustomerPage>(
      await te5.get('/api/v1/customers?scope=organisation&overdue=true'),
    )
    expect(overdueLater.items.map((i) => i.id)).toContain(aino)
    const summary = expectOk<{ municipality: { id: string } }>(
      await te5.get(`/api/v1/customers/${aino}`),
    )
    const here = expectOk<CustomerPage>(
      await te5.post('/api/v1/customers/search', {
        scope: 'organisation',
        municipalityId: summary.municipality.id,
        overdue: true,
      }),
    )
    expect(here.items.map((i) => i.id)).toContain(aino)
    const elsewhere = expectOk<CustomerPage>(
      await te5.post('/api/v1/customers/search', {
        scope: 'organisation',
        municipalityId: '7b0c2a52-8f57-4d4b-9d2b-4d0f7b1b3a11',
      }),
    )
    expect(elsewhere).toMatchObject({ items: [], total: 0 })
  })

  it('groups the steps of a case by the event card they came from', async () => {
    const theCase = expectOk<{
      serviceActions: Step[]
      eventCards: { id: string; card: { code: string } | null; withheld: boolean }[]
    }>(await te3.get(`/api/v1/customers/${aino}/case`))
    const card = theCase.eventCards.find((c) => c.id === teStep.openedEventCardId)
    expect(card).toMatchObject({ card: { code: 'job_application' }, withheld: false })
    const fromCard = theCase.serviceActions.filter((s) => s.openedEventCardId === card!.id)
    expect(fromCard.map((s) => s.id).sort()).toEqual([teStep.id, ouluStep.id].sort())
    const detail = expectOk<{
      eventCard: { id: string } | null
      customerName: { firstName: string } | null
    }>(await te3.get(`/api/v1/service-actions/${teStep.id}`))
    expect(detail.eventCard?.id).toBe(card!.id)
    expect(detail.customerName?.firstName).toBe('Aino')
  })

  it("answers the case view in one request: the case, the plan and the timeline's first page", async () => {
    const base = `/api/v1/customers/${aino}`
    const kelaOrg = expectOk<{ user: { organisationId: string } }>(await kela.get('/api/v1/me'))
      .user.organisationId
    const [one, theCase, plan, timeline] = (await Promise.all(
      [
        `${base}/case-view?timelineLimit=3`,
        `${base}/case`,
        `${base}/plan`,
        `${base}/case/timeline?limit=3`,
      ].map(async (url) => expectOk<Record<string, unknown>>(await kela.get(url))),
    )) as [Record<string, unknown>, unknown, unknown, unknown]
    expect(one).toEqual({ case: theCase, plan, timeline })
    expect((one.timeline as { hasMore: boolean }).hasMore).toBe(true)
    const steps = (
      one.case as {
        serviceActions: { ownerOrganisationId: string; permittedActions: string[] }[]
      }
    ).serviceActions
    expect(steps.length).toBeGreaterThan(0)
    // Each step carries what Kela may do with it: read and comment on all, change only its own.
    for (const s of steps) {
      const own = s.ownerOrganisationId === kelaOrg
      expect(s.permittedActions).toEqual([
        'service_action.read',
        ...(own ? ['service_action.update'] : []),
        'service_action.comment',
      ])
    }
    // One audit event for the request, naming the young person and the steps it showed.
    const before = await auditCount()
    expectOk(await kela.get(`${base}/case-view`))
    expect(await auditCount()).toBe(before + 1)
    const [event] = await queryRows<{ action: string; personIds: string[]; records: number }>(
      t.db,
      sql`select action, person_ids::text[] as "personIds", cardinality(record_ids) as records
          from audit_event order by seq desc limit 1`,
    )
    expect(event).toMatchObject({ action: 'case.read', personIds: [aino] })
    expect(event!.records).toBeGreaterThanOrEqual(steps.length)
    // A worker of an organisation outside the team hears of no case at all.
    const other = await t.signIn('pudasjarvi1', DEMO_PASSWORD)
    expectProblem(await other.get(`${base}/case-view`), 404)
  })
})
