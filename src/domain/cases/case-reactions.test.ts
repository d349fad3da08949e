import { inArray } from 'drizzle-orm'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { loadDemoData, DEMO_PASSWORD } from '../../demo/demo-data'
import { mailOutbox } from '../../platform/mail/schema'
import { mailTemplates } from '../../platform/mail/templates'
import { testApp, type Agent, type TestApp } from '../../platform/testing/app'
import { expectOk, expectProblem } from '../../platform/testing/expect'
import { recordConsentExpiries } from '../consent/expiry'

interface Step {
  id: string
  status: string
  statusReason: string | null
  ownerOrganisationId: string
  handedOverFromOrganisationId: string | null
  version: number
}
interface Case {
  jointCustomership: { version: number }
  serviceActions: Step[]
  indicators: {
    id: string
    active: boolean
    indicator: { code: string } | null
    offeredCards: { id: string }[]
  }[]
}
interface Timeline {
  items: { kind: string; recordId: string | null; details: Record<string, unknown> }[]
}
interface Consent {
  id: string
  status: string
  recipient: { id: string }
}

let t: TestApp
let te: Agent
let coordinator: Agent
let indicators: Map<string, string>
let orgs: Map<string, string>

const me = async (a: Agent) =>
  expectOk<{ user: { customerId: string | null } }>(await a.get('/api/v1/me')).user

/** Sessions idle out when the clock moves: sign the workers in again. */
async function signInWorkers() {
  te = await t.signIn('te1', DEMO_PASSWORD)
  coordinator = await t.signIn('coordinator1', DEMO_PASSWORD)
}

const teamMails = async () => {
  const subjects = Object.values(mailTemplates).map((m) => m.teamStepsChanged.subject)
  return t.db.select().from(mailOutbox).where(inArray(mailOutbox.subject, subjects))
}

async function withdraw(young: Agent, customerId: string, orgId: string) {
  const { items } = expectOk<{ items: Consent[] }>(
    await young.get(`/api/v1/customers/${customerId}/consents`),
  )
  const consent = items.find((c) => c.recipient.id === orgId && c.status === 'given')!
  expectOk(await young.post(`/api/v1/customers/${customerId}/consents/${consent.id}/withdraw`))
}

async function raise(customerId: string, indicatorId: string) {
  return expectOk<{ raisedIndicatorId: string; offeredCards: { id: string }[] }>(
    await te.post(`/api/v1/customers/${customerId}/case/indicators`, { indicatorId }),
    201,
  )
}

async function enrol(self: Agent, customerId: string) {
  const network = expectOk<{ programmes: { id: string }[] }>(
    await coordinator.get('/api/v1/network'),
  )
  const person = expectOk<{
    identityCode: string
    firstName: string
    lastName: string
    municipality: { id: string }
  }>(await self.get(`/api/v1/customers/${customerId}`))
  expectOk(
    await te.post('/api/v1/enrolments', {
      identityCode: person.identityCode,
      firstName: person.firstName,
      lastName: person.lastName,
      programmeId: network.programmes[0]!.id,
      municipalityId: person.municipality.id,
      qualification: 'vocational',
    }),
    201,
  )
  // A person known already confirms the new joint customership in their own view.
  const [pending] = expectOk<{ items: { id: string }[] }>(
    await self.get(`/api/v1/customers/${customerId}/enrolment-confirmations`),
  ).items
  if (pending) {
    expectOk(
      await self.post(
        `/api/v1/customers/${customerId}/enrolment-confirmations/${pending.id}/answer`,
        { accept: true },
      ),
    )
  }
}

beforeAll(async () => {
  t = await testApp()
  await loadDemoData(t.db, t.clock())
  await signInWorkers()
  const list = expectOk<{ items: { id: string; code: string }[] }>(
    await te.get('/api/v1/cooperation-indicators'),
  )
  indicators = new Map(list.items.map((i) => [i.code, i.id]))
  const o = expectOk<{ items: { id: string; code: string }[] }>(
    await te.get('/api/v1/organisations'),
  )
  orgs = new Map(o.items.map((x) => [x.code, x.id]))
})
afterAll(() => t.close())

describe('a withdrawn consent', () => {
  it("puts the organisation's open steps back to wait, says why, records it and tells the team", async () => {
    // Eetu was enrolled by the TE office (te1, its contact) with TE and Oulu steps open.
    const young = await t.signIn('eetu', DEMO_PASSWORD)
    const eetu = (await me(young)).customerId!
    const oulu = orgs.get('oulu')!
    const before = expectOk<Case>(await te.get(`/api/v1/customers/${eetu}/case`))
    const ouluSteps = before.serviceActions.filter((s) => s.ownerOrganisationId === oulu)
    expect(ouluSteps.length).toBeGreaterThan(0)
    expect(ouluSteps.every((s) => s.status === 'open')).toBe(true)
    const mailsBefore = (await teamMails()).length

    await withdraw(young, eetu, oulu)

    const after = expectOk<Case>(await te.get(`/api/v1/customers/${eetu}/case`))
    const nowOulu = after.serviceActions.filter((s) => s.ownerOrganisationId === oulu)
    expect(nowOulu.map((s) => [s.status, s.statusReason])).toEqual(
      ouluSteps.map(() => ['waiting_for_consent', 'consent_withdrawn']),
    )
    // The TE office's own steps are untouched.
    expect(
      after.serviceActions
        .filter((s) => s.ownerOrganisationId !== oulu)
        .every((s) => s.statusReason === null),
    ).toBe(true)
    // The young person's plan says why, too.
    const plan = expectOk<{ steps: { id: string; status: string; statusReason: string | null }[] }>(
      await young.get(`/api/v1/customers/${eetu}/plan`),
    )
    const planned = plan.steps.filter((s) => ouluSteps.some((o) => o.id === s.id))
    expect(planned.map((s) => [s.status, s.statusReason])).toEqual(
      ouluSteps.map(() => ['waiting_for_consent', 'consent_withdrawn']),
    )
    const timeline = expectOk<Timeline>(await te.get(`/api/v1/customers/${eetu}/case/timeline`))
    const changes = timeline.items.filter(
      (e) => e.kind === 'service_action_status_changed' && e.details.reason === 'consent_withdrawn',
    )
    expect(changes.map((e) => e.recordId).sort()).toEqual(ouluSteps.map((s) => s.id).sort())
    // The team's contact (te1) is told, without personal content.
    const mails = await teamMails()
    expect(mails.length).toBe(mailsBefore + 1)
    expect(mails.at(-1)!.body).not.toMatch(/Eetu|Eskola/)

    // Consenting again through a request reopens the steps and clears the reason.
    const request = expectOk<{ id: string }>(
      await te.post(`/api/v1/customers/${eetu}/consent-requests`, {
        organisationId: oulu,
        dataCategories: ['identity_and_contact', 'employment_and_plan'],
      }),
      201,
    )
    const answer = expectOk<{ openedSteps: number }>(
      await young.post(`/api/v1/customers/${eetu}/consent-requests/${request.id}/answer`, {
        accept: true,
      }),
    )
    expect(answer.openedSteps).toBe(ouluSteps.length)
    const reopened = expectOk<Case>(await te.get(`/api/v1/customers/${eetu}/case`))
    expect(
      reopened.serviceActions
        .filter((s) => s.ownerOrganisationId === oulu)
        .map((s) => [s.status, s.statusReason]),
    ).toEqual(ouluSteps.map(() => ['open', null]))

    // Withdrawn once more, then given again from the young person's own page: the steps open too.
    await withdraw(young, eetu, oulu)
    expectOk(
      await young.post(`/api/v1/customers/${eetu}/consents`, {
        recipientOrganisationId: oulu,
        purpose: 'joint_customership',
        dataCategories: ['identity_and_contact', 'employment_and_plan'],
      }),
      201,
    )
    const regiven = expectOk<Case>(await te.get(`/api/v1/customers/${eetu}/case`))
    expect(
      regiven.serviceActions
        .filter((s) => s.ownerOrganisationId === oulu)
        .map((s) => [s.status, s.statusReason]),
    ).toEqual(ouluSteps.map(() => ['open', null]))
  })

  it("hands a step to the enrolling organisation where the step's card says so", async () => {
    const young = await t.signIn('aino', DEMO_PASSWORD)
    const aino = (await me(young)).customerId!
    const oulu = orgs.get('oulu')!
    const t3 = (s: string) => ({ fi: s, sv: s, en: s })
    const indicator = expectOk<{ id: string }>(
      await coordinator.post('/api/v1/cooperation-indicators', {
        code: 'urgent_housing',
        name: t3('Urgent housing'),
        dataCategory: 'employment_and_plan',
      }),
      201,
    )
    const draft = expectOk<{ id: string; steps: { onConsentLoss: string }[] }>(
      await coordinator.post('/api/v1/event-cards', {
        code: 'urgent_housing',
        name: t3('Urgent housing'),
        waysOfWorking: t3('Oulu finds a place; the enrolling office goes on without a break.'),
        indicatorIds: [indicator.id],
        steps: [
          {
            responsibleOrganisationId: oulu,
            dueInDays: 3,
            onConsentLoss: 'hand_to_enrolling_organisation',
            instruction: t3('Find emergency housing.'),
            customerText: t3('We find you a place to live.'),
          },
        ],
      }),
      201,
    )
    expect(draft.steps[0]!.onConsentLoss).toBe('hand_to_enrolling_organisation')
    expectOk(await coordinator.post(`/api/v1/event-cards/versions/${draft.id}/publish`))
    const raised = await raise(aino, indicator.id)
    const opened = expectOk<{ serviceActions: Step[] }>(
      await te.post(`/api/v1/customers/${aino}/case/event-cards`, {
        eventCardVersionId: raised.offeredCards[0]!.id,
        raisedIndicatorId: raised.raisedIndicatorId,
      }),
      201,
    )
    const step = opened.serviceActions[0]!
    expect(step).toMatchObject({ ownerOrganisationId: oulu, status: 'open' })

    await withdraw(young, aino, oulu)

    const after = expectOk<Case>(await te.get(`/api/v1/customers/${aino}/case`))
    expect(after.serviceActions.find((s) => s.id === step.id)).toMatchObject({
      ownerOrganisationId: orgs.get('te-office'),
      status: 'open',
      statusReason: 'consent_withdrawn',
      handedOverFromOrganisationId: oulu,
    })
    // No step stays with Oulu as if it could still act.
    expect(
      after.serviceActions.some(
        (s) => s.ownerOrganisationId === oulu && ['open', 'in_progress'].includes(s.status),
      ),
    ).toBe(false)
    const timeline = expectOk<Timeline>(await te.get(`/api/v1/customers/${aino}/case/timeline`))
    expect(
      timeline.items.find((e) => e.kind === 'service_action_handed_over' && e.recordId === step.id)
        ?.details,
    ).toEqual({
      fromOrganisationId: oulu,
      toOrganisationId: orgs.get('te-office'),
      reason: 'consent_withdrawn',
    })
    // The TE office now works on it: its own change clears the reason.
    const started = expectOk<Step>(
      await te.patch(`/api/v1/service-actions/${step.id}`, {
        version: after.serviceActions.find((s) => s.id === step.id)!.version,
        status: 'in_progress',
      }),
    )
    expect(started.statusReason).toBeNull()
  })
})

describe('an expired consent and an ended case', () => {
  it('the expiry check records the expiry once, and the steps wait; ending cancels requests and steps', async () => {
    // Leo had no consents; the TE office enrols him and he consents to Oulu for two days.
    const young = await t.signIn('leo', DEMO_PASSWORD)
    const leo = (await me(young)).customerId!
    await enrol(young, leo)
    const oulu = orgs.get('oulu')!
    expectOk(
      await young.post(`/api/v1/customers/${leo}/consents`, {
        recipientOrganisationId: oulu,
        purpose: 'joint_customership',
        dataCategories: ['identity_and_contact', 'employment_and_plan'],
        validUntil: new Date(t.clock().getTime() + 2 * 86_400_000).toISOString(),
      }),
      201,
    )
    const raised = await raise(leo, indicators.get('job_application')!)
    const opened = expectOk<{ serviceActions: Step[] }>(
      await te.post(`/api/v1/customers/${leo}/case/event-cards`, {
        eventCardVersionId: raised.offeredCards[0]!.id,
        raisedIndicatorId: raised.raisedIndicatorId,
      }),
      201,
    )
    const ouluStep = opened.serviceActions.find((s) => s.ownerOrganisationId === oulu)!
    expect(ouluStep.status).toBe('open')
    // Nothing has run out yet (the demo's long-expired consents are recorded on the first run).
    await recordConsentExpiries(t.db, t.clock())
    expect(await recordConsentExpiries(t.db, t.clock())).toBe(0)

    t.clock.advanceMinutes(3 * 24 * 60)
    expect(await recordConsentExpiries(t.db, t.clock())).toBe(1)
    expect(await recordConsentExpiries(t.db, t.clock())).toBe(0)
    await signInWorkers()
    const after = expectOk<Case>(await te.get(`/api/v1/customers/${leo}/case`))
    expect(after.serviceActions.find((s) => s.id === ouluStep.id)).toMatchObject({
      status: 'waiting_for_consent',
      statusReason: 'consent_expired',
    })
    const timeline = expectOk<Timeline>(await te.get(`/api/v1/customers/${leo}/case/timeline`))
    expect(timeline.items.filter((e) => e.kind === 'consent_expired')).toHaveLength(1)
    expect(
      timeline.items.some(
        (e) => e.recordId === ouluStep.id && e.details.reason === 'consent_expired',
      ),
    ).toBe(true)

    // A request for Kela waits for Leo's answer; ending the case cancels it and every open step.
    expectOk(
      await te.post(`/api/v1/customers/${leo}/consent-requests`, {
        organisationId: orgs.get('kela'),
        dataCategories: ['identity_and_contact'],
      }),
      201,
    )
    const today = t.clock().toISOString().slice(0, 10)
    const ended = expectOk<{ cancelledSteps: number; cancelledConsentRequests: number }>(
      await te.post(`/api/v1/customers/${leo}/case/end`, {
        reason: 'employed_open_market',
        endedOn: today,
        version: after.jointCustomership.version,
      }),
    )
    expect(ended.cancelledConsentRequests).toBeGreaterThanOrEqual(1)
    const leoAgain = await t.signIn('leo', DEMO_PASSWORD)
    const requests = expectOk<{ items: { status: string }[] }>(
      await leoAgain.get(`/api/v1/customers/${leo}/consent-requests`),
    )
    expect(requests.items.some((r) => r.status === 'requested')).toBe(false)
    expect(requests.items.some((r) => r.status === 'cancelled')).toBe(true)
    const closed = expectOk<Case>(await te.get(`/api/v1/customers/${leo}/case`))
    expect(closed.serviceActions.map((s) => [s.status, s.statusReason])).toEqual(
      closed.serviceActions.map(() => ['cancelled', 'case_ended']),
    )
    expect(closed.indicators.every((i) => !i.active && i.offeredCards.length === 0)).toBe(true)
    const endTimeline = expectOk<Timeline>(await te.get(`/api/v1/customers/${leo}/case/timeline`))
    expect(endTimeline.items.find((e) => e.kind === 'ended')?.details).toMatchObject({
      cancelledSteps: ended.cancelledSteps,
      cancelledConsentRequests: ended.cancelledConsentRequests,
    })
  })
})

describe('a raised indicator', () => {
  it('keeps its offered cards until one is opened, and is not raised twice while active', async () => {
    const young = await t.signIn('eetu', DEMO_PASSWORD)
    const eetu = (await me(young)).customerId!
    const lifeId = indicators.get('guidance_to_studies')!
    const raised = await raise(eetu, lifeId)
    // A reload shows the same offer.
    const reloaded = expectOk<Case>(await te.get(`/api/v1/customers/${eetu}/case`))
    const shown = reloaded.indicators.find((i) => i.id === raised.raisedIndicatorId)!
    expect(shown.active).toBe(true)
    expect(shown.offeredCards.map((c) => c.id)).toEqual(raised.offeredCards.map((c) => c.id))
    // Raising it again points to the active one.
    const again = expectProblem(
      await te.post(`/api/v1/customers/${eetu}/case/indicators`, { indicatorId: lifeId }),
      409,
    )
    expect(again.code).toBe('indicator_already_active')
    expect((again as { existingId?: string }).existingId).toBe(raised.raisedIndicatorId)
    const count = expectOk<Case>(await te.get(`/api/v1/customers/${eetu}/case`)).indicators.filter(
      (i) => i.indicator?.code === 'guidance_to_studies',
    ).length
    expect(count).toBe(1)
    // Closing it drops its offer; then it may be raised anew.
    const close = await te.post(
      `/api/v1/customers/${eetu}/case/indicators/${raised.raisedIndicatorId}/close`,
    )
    expect(close.statusCode).toBe(204)
    const afterClose = expectOk<Case>(await te.get(`/api/v1/customers/${eetu}/case`))
    expect(afterClose.indicators.find((i) => i.id === raised.raisedIndicatorId)).toMatchObject({
      active: false,
      offeredCards: [],
    })
    expectProblem(
      await te.post(`/api/v1/customers/${eetu}/case/indicators/${raised.raisedIndicatorId}/close`),
      409,
    )
    const second = await raise(eetu, lifeId)
    // Opening a card settles the offer.
    expect(second.offeredCards.length).toBeGreaterThan(0)
    expectOk(
      await te.post(`/api/v1/customers/${eetu}/case/event-cards`, {
        eventCardVersionId: second.offeredCards[0]!.id,
        raisedIndicatorId: second.raisedIndicatorId,
      }),
      201,
    )
    const settled = expectOk<Case>(await te.get(`/api/v1/customers/${eetu}/case`))
    expect(settled.indicators.find((i) => i.id === second.raisedIndicatorId)).toMatchObject({
      active: true,
      offeredCards: [],
    })
  })
})
