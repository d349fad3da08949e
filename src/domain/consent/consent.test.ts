import { eq } from 'drizzle-orm'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { testApp, type Agent, type TestApp } from '../../platform/testing/app'
import { expectOk, expectProblem } from '../../platform/testing/expect'
import type { CustomerFixture, OrganisationFixture } from '../../platform/testing/fixtures'
import { consent } from './schema'
import { loadDemoData, DEMO_PASSWORD } from '../../demo/demo-data'
import { mailOutbox } from '../../platform/mail/schema'
import { customer } from '../customers/schema'

interface ConsentView {
  id: string
  customerId: string
  recipient: { id: string }
  status: 'given' | 'withdrawn' | 'expired' | 'awaiting_confirmation'
  method: string
  recordedBy: { id: string; displayName: string } | null
  confirmedAt: string | null
  dataCategories: string[]
  validUntil: string | null
  withdrawnAt: string | null
  version: number
}

/** The young person's consents: listing, giving, withdrawing, and the receipt. */
describe('consent', () => {
  let t: TestApp
  let te: OrganisationFixture
  let kela: OrganisationFixture
  let person: CustomerFixture
  let me: Agent
  const consents = (c: { id: string }) => `/api/v1/customers/${c.id}/consents`

  beforeAll(async () => {
    t = await testApp()
    te = await t.fixtures.organisation().save()
    kela = await t.fixtures.organisation('social_insurance').save()
    person = await t.fixtures.customer().withConsent(te).save()
    me = await t.signIn(person)
  })
  afterAll(() => t?.close())

  const give = (body: Record<string, unknown>, agent = me, who: { id: string } = person) =>
    agent.post(consents(who), { purpose: 'joint_customership', ...body })

  it('lists the young person’s own consents', async () => {
    const list = expectOk<{ items: ConsentView[] }>(await me.get(consents(person)))
    expect(list.items).toHaveLength(1)
    expect(list.items[0]).toMatchObject({ recipient: { id: te.id }, status: 'given', version: 1 })
  })

  it('gives a consent (201) and refuses a second active one to the same organisation (409)', async () => {
    const res = await give({ recipientOrganisationId: kela.id, dataCategories: ['benefits'] })
    const given = expectOk<ConsentView>(res, 201)
    expect(given).toMatchObject({
      customerId: person.id,
      recipient: { id: kela.id },
      status: 'given',
      method: 'online',
      dataCategories: ['benefits'],
      validUntil: null,
    })
    const [row] = await t.db.select().from(consent).where(eq(consent.id, given.id))
    expect(row?.givenByUserId).toBe(person.userId)
    expectProblem(
      await give({ recipientOrganisationId: kela.id, dataCategories: ['education'] }),
      409,
    )
  })

  it('refuses an end of validity in the past and an unknown organisation (400)', async () => {
    const past = new Date(t.clock().getTime() - 60_000).toISOString()
    const other = await t.fixtures.organisation('municipality').save()
    const problem = expectProblem(
      await give({
        recipientOrganisationId: other.id,
        dataCategories: ['education'],
        validUntil: past,
      }),
      400,
    )
    expect(problem.fields?.map((f) => f.field)).toContain('body.validUntil')
    const unknown = '0b5f4a52-8f57-4d4b-9d2b-4d0f7b1b3a11'
    expectProblem(
      await give({ recipientOrganisationId: unknown, dataCategories: ['education'] }),
      400,
    )
  })

  it('withdraws; a second withdrawal and a stale version are conflicts (409)', async () => {
    const org = await t.fixtures.organisation('municipality').save()
    const given = expectOk<ConsentView>(
      await give({ recipientOrganisationId: org.id, dataCategories: ['education'] }),
      201,
    )
    const withdraw = (body?: unknown) => me.post(`${consents(person)}/${given.id}/withdraw`, body)
    expectProblem(await withdraw({ version: given.version + 1 }), 409)
    const withdrawn = expectOk<ConsentView>(await withdraw({ version: given.version }))
    expect(withdrawn).toMatchObject({ status: 'withdrawn', version: given.version + 1 })
    expect(withdrawn.withdrawnAt).toBe(t.clock().toISOString())
    expectProblem(await withdraw(), 409)
    // Withdrawn is not active: the same organisation may be given a new consent.
    expectOk(await give({ recipientOrganisationId: org.id, dataCategories: ['education'] }), 201)
  })

  it('downloads a receipt structured after ISO/IEC TS 27560, without identity code or name', async () => {
    const consentId = person.consents[0]!.id
    const res = await me.get(`${consents(person)}/${consentId}/receipt`)
    const receipt = expectOk<Record<string, unknown>>(res)
    expect(res.headers['content-disposition']).toMatch(/^attachment; filename=".+\.json"$/)
    const anyString: unknown = expect.any(String)
    const containing = (part: string): unknown => expect.stringContaining(part)
    expect(receipt).toMatchObject({
      schema_version: containing('27560'),
      record_id: consentId,
      pii_principal_id: person.id,
      jurisdiction: 'FI',
      notice: { notice_version: anyString },
      pii_controllers: [{ organisation_id: te.id }],
      purposes: [
        {
          purpose: 'joint_customership',
          legal_basis: containing('consent'),
          pii_categories: person.consents[0]!.categories,
          validity: { valid_from: anyString },
        },
      ],
      status: 'given',
      events: [{ event_state: 'given', event_by: 'subject' }],
    })
    const text = JSON.stringify(receipt)
    // Checked by kind, so that a failure does not print the values themselves.
    const leaked = Object.entries({
      'identity code': person.identityCode,
      'first name': person.firstName,
      'last name': person.lastName,
      username: person.username,
    }).filter(([, value]) => text.includes(value))
    expect(leaked.map(([kind]) => kind)).toEqual([])
  })

  it('answers 404 to another customer’s consent, by either id', async () => {
    const other = await t.fixtures.customer().withConsent(te).save()
    const theirs = other.consents[0]!.id
    expectProblem(await me.get(`${consents(person)}/${theirs}/receipt`), 404)
    expectProblem(await me.post(`${consents(person)}/${theirs}/withdraw`), 404)
    expectProblem(await me.get(consents(other)), 404)
    expectProblem(await me.get(`${consents(other)}/${theirs}/receipt`), 404)
    expectProblem(await me.post(`${consents(other)}/${theirs}/withdraw`), 404)
    const [row] = await t.db.select().from(consent).where(eq(consent.id, theirs))
    expect(row?.status).toBe('given')
  })

  it('does not let a worker give or withdraw on the young person’s behalf', async () => {
    const worker = await t.signIn(await t.fixtures.worker(te).save())
    expectOk(await worker.get(`/api/v1/customers/${person.id}`))
    const other = await t.fixtures.organisation('municipality').save()
    const res = await give(
      { recipientOrganisationId: other.id, dataCategories: ['health'] },
      worker,
    )
    expect([403, 404]).toContain(expectProblem(res).status)
    const consentId = person.consents[0]!.id
    const withdrawal = await worker.post(`${consents(person)}/${consentId}/withdraw`)
    expect([403, 404]).toContain(expectProblem(withdrawal).status)
    expect([403, 404]).toContain(expectProblem(await worker.get(consents(person))).status)
    const [row] = await t.db.select().from(consent).where(eq(consent.id, consentId))
    expect(row?.status).toBe('given')
  })

  it('takes effect on the very next request after withdrawal', async () => {
    const org = await t.fixtures.organisation('municipality').save()
    const young = await t.fixtures.customer().withConsent(org).save()
    const youngAgent = await t.signIn(young)
    const worker = await t.signIn(await t.fixtures.worker(org).save())
    const listed = async () =>
      expectOk<{ items: { id: string }[] }>(await worker.get('/api/v1/customers')).items.map(
        (i) => i.id,
      )
    expect(await listed()).toEqual([young.id])
    expectOk(await worker.get(`/api/v1/customers/${young.id}`))

    expectOk(await youngAgent.post(`${consents(young)}/${young.consents[0]!.id}/withdraw`))

    expect(await listed()).toEqual([])
    expectProblem(await worker.get(`/api/v1/customers/${young.id}`), 404)
  })

  it('lets a consent with an end lapse by itself', async () => {
    const org = await t.fixtures.organisation('municipality').save()
    const end = new Date(t.clock().getTime() + 60 * 60_000).toISOString()
    const given = expectOk<ConsentView>(
      await give({
        recipientOrganisationId: org.id,
        dataCategories: ['education'],
        validUntil: end,
      }),
      201,
    )
    const worker = await t.signIn(await t.fixtures.worker(org).save())
    expectOk(await worker.get(`/api/v1/customers/${person.id}`))
    t.clock.advanceMinutes(61)
    // Signed in again: the first session has meanwhile ended by idling.
    const again = await t.signIn(await t.fixtures.worker(org).save())
    expectProblem(await again.get(`/api/v1/customers/${person.id}`), 404)
    const me2 = await t.signIn(person)
    const list = expectOk<{ items: ConsentView[] }>(await me2.get(consents(person)))
    expect(list.items.find((c) => c.id === given.id)?.status).toBe('expired')
    const receipt = expectOk<{ status: string; events: { event_state: string }[] }>(
      await me2.get(`${consents(person)}/${given.id}/receipt`),
    )
    expect(receipt.status).toBe('expired')
    expect(receipt.events.map((e) => e.event_state)).toEqual(['given', 'expired'])
  })
})

/**
 * A consent a worker records as given in person: it names the method and the worker, shows on
 * the case timeline, the young person hears of it at once and can withdraw it in one action, and
 * a special category (health) takes effect only once the young person confirms it.
 */
describe('a consent recorded in person', () => {
  let t: TestApp
  let te: Agent
  let me: Agent
  let young: CustomerFixture
  let oulu: { id: string }
  let ouluWorker: Agent
  const email = 'nuori.tapaaminen@example.test'
  const consents = () => `/api/v1/customers/${young.id}/consents`
  const timelineKinds = async () =>
    expectOk<{ items: { kind: string; actorName: string | null; recordId: string | null }[] }>(
      await te.get(`/api/v1/customers/${young.id}/case/timeline?pageSize=50`),
    ).items

  beforeAll(async () => {
    t = await testApp()
    await loadDemoData(t.db, t.clock())
    const network = await t.signIn('coordinator1', DEMO_PASSWORD)
    const net = expectOk<{
      programmes: { id: string }[]
      municipalities: { id: string; code: string }[]
    }>(await network.get('/api/v1/network'))
    const orgs = expectOk<{ items: { id: string; code: string }[] }>(
      await network.get('/api/v1/organisations'),
    )
    oulu = orgs.items.find((o) => o.code === 'oulu')!
    young = await t.fixtures.customer().save()
    await t.db.update(customer).set({ email }).where(eq(customer.id, young.id))
    me = await t.signIn(young)
    te = await t.signIn('te1', DEMO_PASSWORD)
    ouluWorker = await t.signIn('oulu1', DEMO_PASSWORD)
    // The TE office enrols the young person, who confirms the joint customership.
    const outcome = expectOk<{ outcome: string }>(
      await te.post('/api/v1/enrolments', {
        identityCode: young.identityCode,
        programmeId: net.programmes[0]!.id,
        municipalityId: net.municipalities.find((m) => m.code === '564')!.id,
        qualification: 'vocational',
        firstName: 'Kirjoitettu',
        lastName: 'Nimi',
      }),
      201,
    )
    expect(outcome.outcome).toBe('awaiting_confirmation')
    const [open] = expectOk<{ items: { id: string }[] }>(
      await me.get(`/api/v1/customers/${young.id}/enrolment-confirmations`),
    ).items
    expectOk(
      await me.post(`/api/v1/customers/${young.id}/enrolment-confirmations/${open!.id}/answer`, {
        accept: true,
      }),
    )
  })
  afterAll(() => t?.close())

  it('names the method and the worker, shows on the timeline and tells the young person', async () => {
    const mailBefore = await t.db.select().from(mailOutbox).where(eq(mailOutbox.recipient, email))
    const recorded = expectOk<ConsentView>(
      await te.post(consents(), {
        recipientOrganisationId: oulu.id,
        purpose: 'joint_customership',
        dataCategories: ['employment_and_plan'],
      }),
      201,
    )
    expect(recorded).toMatchObject({ method: 'recorded_by_worker', status: 'given' })
    expect(recorded.recordedBy?.displayName).toBeTruthy()
    // In force at once: Oulu works with the young person.
    expectOk(await ouluWorker.get(`/api/v1/customers/${young.id}`))
    const mine = expectOk<{ items: ConsentView[] }>(await me.get(consents())).items
    expect(mine.find((c) => c.id === recorded.id)?.recordedBy).toEqual(recorded.recordedBy)
    const mailAfter = await t.db.select().from(mailOutbox).where(eq(mailOutbox.recipient, email))
    expect(mailAfter.length).toBe(mailBefore.length + 1)
    const event = (await timelineKinds()).find((e) => e.recordId === recorded.id)
    expect(event).toMatchObject({
      kind: 'consent_recorded',
      actorName: recorded.recordedBy!.displayName,
    })
    // Withdrawn in one action by the young person: on the timeline, and Oulu loses access.
    expectOk(await me.post(`${consents()}/${recorded.id}/withdraw`))
    expect((await timelineKinds()).map((e) => e.kind)).toContain('consent_withdrawn')
    expectProblem(await ouluWorker.get(`/api/v1/customers/${young.id}`), 404)
  })

  it('lets health recorded in person take effect only once the young person confirms it', async () => {
    const recorded = expectOk<ConsentView>(
      await te.post(consents(), {
        recipientOrganisationId: oulu.id,
        purpose: 'joint_customership',
        dataCategories: ['employment_and_plan', 'health'],
      }),
      201,
    )
    expect(recorded.status).toBe('awaiting_confirmation')
    // No effect: Oulu sees nothing of the young person, health or other.
    expectProblem(await ouluWorker.get(`/api/v1/customers/${young.id}`), 404)
    expectProblem(
      await ouluWorker.post(`/api/v1/customers/${young.id}/case/notes`, {
        dataCategory: 'health',
        body: 'Ei saa onnistua',
      }),
      404,
    )
    // A second recording while it waits is refused; the worker cannot confirm it.
    expectProblem(
      await te.post(consents(), {
        recipientOrganisationId: oulu.id,
        purpose: 'joint_customership',
        dataCategories: ['health'],
      }),
      409,
    )
    expect([403, 404]).toContain(
      expectProblem(await te.post(`${consents()}/${recorded.id}/confirm`)).status,
    )
    const confirmed = expectOk<ConsentView>(
      await me.post(`${consents()}/${recorded.id}/confirm`, { version: recorded.version }),
    )
    expect(confirmed).toMatchObject({ status: 'given', version: recorded.version + 1 })
    expect(confirmed.confirmedAt).toBe(t.clock().toISOString())
    expectOk(await ouluWorker.get(`/api/v1/customers/${young.id}`))
    expectOk(
      await ouluWorker.post(`/api/v1/customers/${young.id}/case/notes`, {
        dataCategory: 'health',
        body: 'Terveystieto jaettu suostumuksella',
      }),
      201,
    )
    expectProblem(await me.post(`${consents()}/${recorded.id}/confirm`), 409)
    const kinds = (await timelineKinds()).filter((e) => e.recordId === recorded.id)
    expect(kinds.map((e) => e.kind).sort()).toEqual(['consent_confirmed', 'consent_recorded'])
  })

  it('is declined by withdrawing it before it took effect', async () => {
    const kela = expectOk<{ items: { id: string; code: string }[] }>(
      await te.get('/api/v1/organisations'),
    ).items.find((o) => o.code === 'kela')!
    const recorded = expectOk<ConsentView>(
      await te.post(consents(), {
        recipientOrganisationId: kela.id,
        purpose: 'joint_customership',
        dataCategories: ['health'],
      }),
      201,
    )
    const declined = expectOk<ConsentView>(await me.post(`${consents()}/${recorded.id}/withdraw`))
    expect(declined.status).toBe('withdrawn')
    expectProblem(await me.post(`${consents()}/${recorded.id}/confirm`), 409)
  })
})
