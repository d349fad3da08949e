import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { loadDemoData, DEMO_PASSWORD } from '../../demo/demo-data'
import { testApp, type Agent, type TestApp } from '../../platform/testing/app'
import { expectOk, expectProblem } from '../../platform/testing/expect'

interface Indicator {
  id: string
  code: string
}
interface Card {
  id: string
  code: string
  version: number
  status: string
  steps: { responsibleOrganisationId: string; customerText: { en: string } }[]
}
interface Action {
  id: string
  status: string
  ownerOrganisationId: string
  customerText: { en: string }
  overdue: boolean
  version: number
  customerId: string
}
interface Case {
  serviceActions: Action[]
  indicators: { indicator: { code: string } | null; withheld: boolean }[]
  team: { organisation: { id: string } }[]
}

let t: TestApp
let te: Agent
let oulu: Agent
let kela: Agent
let coordinator: Agent
let indicators: Map<string, Indicator>
let orgs: Map<string, string>

const me = async (a: Agent) =>
  expectOk<{ user: { customerId: string | null } }>(await a.get('/api/v1/me')).user

async function signInWorkers() {
  const agents = await Promise.all(
    ['te3', 'oulu3', 'kela3', 'coordinator2'].map((u) => t.signIn(u, DEMO_PASSWORD)),
  )
  ;[te, oulu, kela, coordinator] = agents as [Agent, Agent, Agent, Agent]
}

beforeAll(async () => {
  t = await testApp()
  await loadDemoData(t.db, t.clock())
  await signInWorkers()
  const list = expectOk<{ items: Indicator[] }>(await te.get('/api/v1/cooperation-indicators'))
  indicators = new Map(list.items.map((i) => [i.code, i]))
  const o = expectOk<{ items: { id: string; code: string }[] }>(
    await te.get('/api/v1/organisations'),
  )
  orgs = new Map(o.items.map((x) => [x.code, x.id]))
})
afterAll(() => t.close())

async function enrolDemo(username: string): Promise<string> {
  const young = await t.signIn(username, DEMO_PASSWORD)
  const customerId = (await me(young)).customerId!
  return customerId
}

describe('from indicator to service actions', () => {
  it('opens the matching card as steps for the right organisations; each sees its own queue', async () => {
    // Aino is enrolled by the TE office in the demo and consents to TE, Kela and Oulu.
    const aino = await enrolDemo('aino')
    const raised = expectOk<{ raisedIndicatorId: string; offeredCards: Card[] }>(
      await te.post(`/api/v1/customers/${aino}/case/indicators`, {
        indicatorId: indicators.get('job_application')!.id,
      }),
      201,
    )
    expect(raised.offeredCards.map((c) => c.code)).toEqual(['job_application'])
    const opened = expectOk<{ serviceActions: Action[] }>(
      await te.post(`/api/v1/customers/${aino}/case/event-cards`, {
        eventCardVersionId: raised.offeredCards[0]!.id,
        raisedIndicatorId: raised.raisedIndicatorId,
      }),
      201,
    )
    expect(opened.serviceActions.map((a) => [a.ownerOrganisationId, a.status])).toEqual([
      [orgs.get('te-office'), 'open'],
      [orgs.get('oulu'), 'open'],
    ])
    const ouluStep = opened.serviceActions[1]!
    const queue = expectOk<{ items: Action[] }>(await oulu.get('/api/v1/service-actions'))
    expect(queue.items.map((a) => a.id)).toContain(ouluStep.id)
    const kelaQueue = expectOk<{ items: Action[] }>(await kela.get('/api/v1/service-actions'))
    expect(kelaQueue.items.map((a) => a.id)).not.toContain(ouluStep.id)
    // Another organisation cannot touch the step; a stale version is refused.
    expectProblem(
      await kela.patch(`/api/v1/service-actions/${ouluStep.id}`, { version: 1, status: 'done' }),
      404,
    )
    const started = expectOk<Action>(
      await oulu.patch(`/api/v1/service-actions/${ouluStep.id}`, {
        version: 1,
        status: 'in_progress',
      }),
    )
    expect(started.version).toBe(2)
    expectProblem(
      await oulu.patch(`/api/v1/service-actions/${ouluStep.id}`, { version: 1, status: 'done' }),
      409,
    )
    // Overdue steps stand out once their due date has passed.
    // (Sessions end when idle, so sign in again on either side of the jump.)
    t.clock.advanceMinutes(11 * 24 * 60)
    const ouluLater = await t.signIn('oulu3', DEMO_PASSWORD)
    const overdue = expectOk<{ items: Action[] }>(
      await ouluLater.get('/api/v1/service-actions?overdueOnly=true'),
    )
    expect(overdue.items.find((a) => a.id === ouluStep.id)?.overdue).toBe(true)
    t.clock.advanceMinutes(-11 * 24 * 60)
    await signInWorkers()
    // The young person sees one plan in plain words, without the workers' instructions.
    const young = await t.signIn('aino', DEMO_PASSWORD)
    const plan = expectOk<{ steps: { text: { en: string } }[] }>(
      await young.get(`/api/v1/customers/${aino}/plan`),
    )
    expect(plan.steps.map((s) => s.text.en)).toContain('We update your CV together.')
    expect(JSON.stringify(plan)).not.toContain('CV workshop')
  })

  it('holds a step for an organisation without consent and asks the young person', async () => {
    // Leo has no consents; the TE office enrols him (its own statutory work), which he confirms
    // in his own view, since he is a customer already.
    const leo = await enrolDemo('leo')
    const network = expectOk<{
      programmes: { id: string }[]
      municipalities: { id: string; code: string }[]
    }>(await coordinator.get('/api/v1/network'))
    const young = await t.signIn('leo', DEMO_PASSWORD)
    const summary = expectOk<{ identityCode: string; firstName: string; lastName: string }>(
      await young.get(`/api/v1/customers/${leo}`),
    )
    expectOk(
      await te.post('/api/v1/enrolments', {
        identityCode: summary.identityCode,
        firstName: summary.firstName,
        lastName: summary.lastName,
        programmeId: network.programmes[0]!.id,
        municipalityId: network.municipalities.find((m) => m.code === '678')!.id,
        qualification: 'vocational',
      }),
      201,
    )
    const [pending] = expectOk<{ items: { id: string }[] }>(
      await young.get(`/api/v1/customers/${leo}/enrolment-confirmations`),
    ).items
    expectOk(
      await young.post(`/api/v1/customers/${leo}/enrolment-confirmations/${pending!.id}/answer`, {
        accept: true,
      }),
    )
    const cards = expectOk<{ items: Card[] }>(await te.get('/api/v1/event-cards'))
    const card = cards.items.find((c) => c.code === 'job_application' && c.status === 'published')!
    const opened = expectOk<{ serviceActions: Action[] }>(
      await te.post(`/api/v1/customers/${leo}/case/event-cards`, { eventCardVersionId: card.id }),
      201,
    )
    const held = opened.serviceActions.find((a) => a.ownerOrganisationId === orgs.get('oulu'))!
    expect(held.status).toBe('waiting_for_consent')
    // Oulu cannot see Leo or the step yet.
    expectProblem(await oulu.get(`/api/v1/customers/${leo}`), 404)
    const before = expectOk<{ items: Action[] }>(await oulu.get('/api/v1/service-actions'))
    expect(before.items.map((a) => a.id)).not.toContain(held.id)
    // Leo accepts the request in his own view; the step opens and Oulu joins the team.
    const requests = expectOk<{
      items: { id: string; status: string; organisation: { id: string } }[]
    }>(await young.get(`/api/v1/customers/${leo}/consent-requests`))
    const request = requests.items.find((r) => r.organisation.id === orgs.get('oulu'))!
    expect(request.status).toBe('requested')
    const answer = expectOk<{ openedSteps: number }>(
      await young.post(`/api/v1/customers/${leo}/consent-requests/${request.id}/answer`, {
        accept: true,
      }),
    )
    expect(answer.openedSteps).toBe(1)
    const after = expectOk<{ items: Action[] }>(await oulu.get('/api/v1/service-actions'))
    expect(after.items.find((a) => a.id === held.id)?.status).toBe('open')
    const theCase = expectOk<Case>(await oulu.get(`/api/v1/customers/${leo}/case`))
    expect(theCase.team.map((m) => m.organisation.id)).toContain(orgs.get('oulu'))
    expectProblem(
      await young.post(`/api/v1/customers/${leo}/consent-requests/${request.id}/answer`, {
        accept: true,
      }),
      409,
    )
    // Asking again once the consent exists is refused at once, not left unanswerable.
    expectProblem(
      await te.post(`/api/v1/customers/${leo}/consent-requests`, {
        organisationId: orgs.get('oulu'),
        dataCategories: ['identity_and_contact'],
      }),
      409,
    )
  })

  it('tells partners only that support is needed for an indicator of a category they may not see', async () => {
    const aino = await enrolDemo('aino')
    expectOk(
      await te.post(`/api/v1/customers/${aino}/case/indicators`, {
        indicatorId: indicators.get('health_problem')!.id,
      }),
      201,
    )
    // Kela's consent names identity, plan and benefits; its statute covers none of Aino's case.
    const forKela = expectOk<Case>(await kela.get(`/api/v1/customers/${aino}/case`))
    const withheld = forKela.indicators.filter((i) => i.withheld)
    // Health, and the demo's "guidance to studies" (education), raised by the TE office.
    expect(withheld).toHaveLength(2)
    expect(withheld.every((i) => i.indicator === null)).toBe(true)
    expect(JSON.stringify(forKela)).not.toMatch(/health_problem|guidance_to_studies/)
    // The TE office's statute covers both, for the customers it enrolled.
    const forTe = expectOk<Case>(await te.get(`/api/v1/customers/${aino}/case`))
    expect(forTe.indicators.map((i) => i.indicator?.code)).toEqual(
      expect.arrayContaining(['health_problem', 'guidance_to_studies']),
    )
  })
})

describe('event card versions', () => {
  it('publishing a new version never changes a case that started on the old one', async () => {
    const eetu = await enrolDemo('eetu')
    const before = expectOk<Case>(await te.get(`/api/v1/customers/${eetu}/case`))
    const texts = before.serviceActions.map((a) => a.customerText.en)
    const cards = expectOk<{ items: Card[] }>(await coordinator.get('/api/v1/event-cards'))
    const current = cards.items.find(
      (c) => c.code === 'job_application' && c.status === 'published',
    )!
    const t3 = (s: string) => ({ fi: s, sv: s, en: s })
    const draft = expectOk<Card>(
      await coordinator.post('/api/v1/event-cards', {
        code: 'job_application',
        name: t3('Job search support v2'),
        waysOfWorking: t3('Faster.'),
        indicatorIds: [indicators.get('job_application')!.id],
        steps: [
          {
            responsibleOrganisationId: orgs.get('te-office'),
            dueInDays: 1,
            instruction: t3('New'),
            customerText: t3('A new first step.'),
          },
        ],
      }),
      201,
    )
    expect(draft).toMatchObject({ version: current.version + 1, status: 'draft' })
    expectProblem(await te.post(`/api/v1/event-cards/versions/${draft.id}/publish`), 403)
    expectOk(await coordinator.post(`/api/v1/event-cards/versions/${draft.id}/publish`))
    const old = expectOk<Card>(await coordinator.get(`/api/v1/event-cards/versions/${current.id}`))
    expect(old.status).toBe('retired')
    expectProblem(
      await coordinator.request({
        method: 'PUT',
        url: `/api/v1/event-cards/versions/${draft.id}`,
        body: { name: t3('x'), waysOfWorking: t3('x'), indicatorIds: [], steps: [] },
      }),
      409,
    )
    const after = expectOk<Case>(await te.get(`/api/v1/customers/${eetu}/case`))
    expect(after.serviceActions.map((a) => a.customerText.en)).toEqual(texts)
  })
})
