import { eq } from 'drizzle-orm'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { customer } from '../customers/schema'
import { mailOutbox } from '../../platform/mail/schema'
import type { CustomerFixture } from '../../platform/testing/fixtures'
import { loadDemoData, DEMO_PASSWORD } from '../../demo/demo-data'
import { syntheticIdentityCode } from '../../demo/identity-codes'
import { testApp, type Agent, type TestApp } from '../../platform/testing/app'
import { expectOk, expectProblem } from '../../platform/testing/expect'

interface Network {
  programmes: { id: string; municipalityIds: string[] }[]
  municipalities: { id: string; code: string }[]
}

let t: TestApp
let te: Agent
let kela: Agent
let programmeId: string
let oulu: string

beforeAll(async () => {
  t = await testApp()
  await loadDemoData(t.db, t.clock())
  te = await t.signIn('te2', DEMO_PASSWORD)
  kela = await t.signIn('kela2', DEMO_PASSWORD)
  const coordinator = await t.signIn('coordinator1', DEMO_PASSWORD)
  const network = expectOk<Network>(await coordinator.get('/api/v1/network'))
  programmeId = network.programmes[0]!.id
  oulu = network.municipalities.find((m) => m.code === '564')!.id
})
afterAll(() => t.close())

const person = (birthDate: string, serial: number, overrides: Record<string, unknown> = {}) => ({
  identityCode: syntheticIdentityCode(birthDate, serial, 1),
  programmeId,
  municipalityId: oulu,
  qualification: 'vocational',
  firstName: 'Testi',
  lastName: `Henkilö${serial}`,
  ...overrides,
})

const checkOf = ({
  identityCode,
  programmeId,
  municipalityId,
  qualification,
}: ReturnType<typeof person>) => ({
  identityCode,
  programmeId,
  municipalityId,
  qualification,
})

describe('eligibility and enrolment', () => {
  it('refuses an invalid identity code with the field named', async () => {
    const body = person('2001-05-05', 71)
    const bad = {
      ...body,
      identityCode: `${body.identityCode.slice(0, 10)}${body.identityCode[10] === 'A' ? 'B' : 'A'}`,
    }
    const problem = expectProblem(await te.post('/api/v1/enrolments/check', checkOf(bad)), 400)
    expect(problem.code).toBe('validation_failed')
    expect(problem.fields).toEqual([
      expect.objectContaining({ field: 'body.identityCode', code: 'identity_code_checksum' }),
    ])
    const short = expectProblem(
      await te.post('/api/v1/enrolments/check', checkOf({ ...body, identityCode: '010106A90' })),
      400,
    )
    expect(short.fields?.[0]?.code).toBe('identity_code_length')
    const noDay = expectProblem(
      await te.post('/api/v1/enrolments/check', checkOf({ ...body, identityCode: '310206A901X' })),
      400,
    )
    expect(noDay.fields?.[0]?.code).toBe('identity_code_date')
  })

  it('names each failing field with a code and its limit', async () => {
    const body = person('2001-05-05', 76)
    const problem = expectProblem(
      await te.post('/api/v1/enrolments', {
        ...body,
        firstName: 'x'.repeat(101),
        lastName: '  ',
        phone: 'abc',
      }),
      400,
    )
    expect(problem.fields).toEqual(
      expect.arrayContaining([
        expect.objectContaining({
          field: 'body.firstName',
          code: 'too_long',
          params: { max: 100 },
        }),
        expect.objectContaining({ field: 'body.lastName', code: 'required' }),
        expect.objectContaining({ field: 'body.phone', code: 'invalid_format' }),
      ]),
    )
    // JSON leaves an undefined member out.
    const withoutName = { ...body, firstName: undefined }
    const missing = expectProblem(await te.post('/api/v1/enrolments', withoutName), 400)
    expect(missing.fields).toEqual([
      expect.objectContaining({ field: 'body.firstName', code: 'required' }),
    ])
  })

  it('checks the rules before anything is written, and finds a person already known', async () => {
    const check = expectOk<{ eligible: boolean; existingCustomerId: string | null }>(
      await te.post('/api/v1/enrolments/check', checkOf(person('2001-05-05', 72))),
    )
    expect(check).toMatchObject({ eligible: true, existingCustomerId: null })
  })

  it('enrols an eligible young person; the enrolling organisation sees them, others do not', async () => {
    const body = person('2001-05-05', 73)
    const res = expectOk<{ customerId: string; overriddenRules: string[] }>(
      await te.post('/api/v1/enrolments', body),
      201,
    )
    expect(res.overriddenRules).toEqual([])
    expectOk(await te.get(`/api/v1/customers/${res.customerId}`))
    expectProblem(await kela.get(`/api/v1/customers/${res.customerId}`), 404)
    const list = expectOk<{ items: { id: string }[] }>(
      await te.get('/api/v1/customers?q=Henkilö73'),
    )
    expect(list.items.map((i) => i.id)).toEqual([res.customerId])
    // Search before create: the same person again is found, and a second enrolment refused.
    const check = expectOk<{ existingCustomerId: string; alreadyEnrolled: boolean }>(
      await te.post('/api/v1/enrolments/check', checkOf(body)),
    )
    expect(check).toEqual(
      expect.objectContaining({ existingCustomerId: res.customerId, alreadyEnrolled: true }),
    )
    expect(expectProblem(await te.post('/api/v1/enrolments', body), 409).code).toBe(
      'already_enrolled',
    )
  })

  it('refuses an ineligible person unless the worker records a reason', async () => {
    // 30 years old on the test clock's date (2026-03-02).
    const body = person('1996-03-01', 74, { qualification: 'upper_secondary_general' })
    const problem = expectProblem(await te.post('/api/v1/enrolments', body), 400)
    expect(problem.code).toBe('eligibility_rules_not_met')
    expect(problem.fields?.map((f) => f.field).sort()).toEqual(['rules.age', 'rules.qualification'])
    const blank = expectProblem(
      await te.post('/api/v1/enrolments', { ...body, overrideReason: '  ' }),
      400,
    )
    expect(blank.fields?.length).toBe(2)
    const res = expectOk<{ overriddenRules: string[] }>(
      await te.post('/api/v1/enrolments', {
        ...body,
        overrideReason: 'Agreed in the network meeting',
      }),
      201,
    )
    expect(res.overriddenRules.sort()).toEqual(['age', 'qualification'])
  })

  it('lets only workers enrol', async () => {
    const young = await t.signIn('leo', DEMO_PASSWORD)
    expectProblem(await young.post('/api/v1/enrolments', person('2002-02-02', 75)), 403)
    expectProblem(await t.anonymous.post('/api/v1/enrolments', person('2002-02-02', 75)), 401)
  })
})

interface Outcome {
  outcome: 'enrolled' | 'awaiting_confirmation' | 'join_requested'
  customerId: string | null
  jointCustomershipId: string | null
}
interface Check {
  rules: { rule: string; ok: boolean }[]
  eligible: boolean
  existingCustomerId: string | null
  alreadyEnrolled: boolean
}

/**
 * The back door closed: a worker who knows an identity code learns nothing stored about a person
 * their organisation has no basis for, and cannot make one without the person's own answer.
 */
describe('enrolling a person who is known already', () => {
  const storedEmail = 'tallennettu@example.test'
  let young: CustomerFixture
  let me: Agent

  /** What the worker types: the identity code they know, and names of their own. */
  const typed = (who: CustomerFixture) => ({
    identityCode: who.identityCode,
    programmeId,
    municipalityId: oulu,
    qualification: 'vocational',
    firstName: 'Kirjoitettu',
    lastName: 'Nimi',
  })
  const confirmations = (who: CustomerFixture) =>
    `/api/v1/customers/${who.id}/enrolment-confirmations`
  const answer = async (agent: Agent, who: CustomerFixture, accept: boolean) => {
    const list = expectOk<{ items: { id: string; status: string }[] }>(
      await agent.get(confirmations(who)),
    )
    const open = list.items.find((i) => i.status === 'awaiting_confirmation')!
    return agent.post(`${confirmations(who)}/${open.id}/answer`, { accept })
  }

  beforeAll(async () => {
    young = await t.fixtures.customer().save()
    await t.db
      .update(customer)
      .set({ email: storedEmail, phone: '+358401234567' })
      .where(eq(customer.id, young.id))
    me = await t.signIn(young)
  })

  it('tells an organisation without a basis the same as for a person not known at all', async () => {
    const known = expectOk<Check>(
      await kela.post('/api/v1/enrolments/check', checkOf(typed(young))),
    )
    const unknown = expectOk<Check>(
      await kela.post('/api/v1/enrolments/check', checkOf(person('2001-05-05', 81))),
    )
    expect(known).toEqual({ ...unknown, rules: known.rules })
    expect(known).toMatchObject({ existingCustomerId: null, alreadyEnrolled: false })
  })

  it('returns nothing stored, and shows the new organisation nothing until the person confirms', async () => {
    const res = await kela.post('/api/v1/enrolments', typed(young))
    const outcome = expectOk<Outcome>(res, 201)
    expect(outcome).toMatchObject({
      outcome: 'awaiting_confirmation',
      customerId: null,
      jointCustomershipId: null,
    })
    const leaked = Object.entries({
      'customer id': young.id,
      'identity code': young.identityCode,
      'e-mail': storedEmail,
      'first name': young.firstName,
      'last name': young.lastName,
    }).filter(([, value]) => res.body.includes(value))
    expect(leaked.map(([kind]) => kind)).toEqual([])
    // No case, no summary, no list entry, no way to record a consent in person.
    expectProblem(await kela.get(`/api/v1/customers/${young.id}`), 404)
    expectProblem(await kela.get(`/api/v1/customers/${young.id}/case/timeline`), 404)
    const listed = expectOk<{ items: { id: string }[] }>(
      await kela.get(`/api/v1/customers?q=${young.lastName}`),
    )
    expect(listed.items).toEqual([])
    expectProblem(
      await kela.post(`/api/v1/customers/${young.id}/consents`, {
        recipientOrganisationId: '0b5f4a52-8f57-4d4b-9d2b-4d0f7b1b3a11',
        purpose: 'joint_customership',
        dataCategories: ['health'],
      }),
      404,
    )
    // The young person is told at once: by mail, and in their own view.
    const mail = await t.db.select().from(mailOutbox).where(eq(mailOutbox.recipient, storedEmail))
    expect(mail).toHaveLength(1)
    expect(mail[0]!.body).not.toContain('Kirjoitettu')
    const list = expectOk<{ items: { status: string; organisation: { id: string } }[] }>(
      await me.get(confirmations(young)),
    )
    expect(list.items.map((i) => i.status)).toEqual(['awaiting_confirmation'])
    // Nobody else sees the young person's confirmations.
    expectProblem(await kela.get(confirmations(young)), 404)
  })

  it('starts the joint customership when the young person confirms it in their own view', async () => {
    const confirmed = expectOk<{ jointCustomershipId: string | null }>(
      await answer(me, young, true),
    )
    expect(confirmed.jointCustomershipId).not.toBeNull()
    // Now the stored record shows, as the organisation's statute allows — not what was typed.
    const summary = expectOk<{ firstName: string; identityCode: string | null; email: string }>(
      await kela.get(`/api/v1/customers/${young.id}`),
    )
    expect(summary.firstName).toBe(young.firstName)
    expect(summary.identityCode === young.identityCode).toBe(true)
    expect(summary.email === storedEmail).toBe(true)
    const view = expectOk<{
      jointCustomership: { id: string; enrollingOrganisationId: string }
      team: { contact: { displayName: string } | null }[]
    }>(await kela.get(`/api/v1/customers/${young.id}/case`))
    expect(view.jointCustomership.id).toBe(confirmed.jointCustomershipId)
    expect(view.team).toHaveLength(1)
    const check = expectOk<Check>(
      await kela.post('/api/v1/enrolments/check', checkOf(typed(young))),
    )
    expect(check).toMatchObject({ existingCustomerId: young.id, alreadyEnrolled: true })
    const list = expectOk<{ items: { id: string; status: string }[] }>(
      await me.get(confirmations(young)),
    )
    expect(list.items.map((i) => i.status)).toEqual(['confirmed'])
    expectProblem(
      await me.post(`${confirmations(young)}/${list.items[0]!.id}/answer`, { accept: false }),
      409,
    )
  })

  it('lets another organisation only ask to join an open joint customership', async () => {
    // Kela's joint customership with the young person is open now; the TE office has no basis.
    const outcome = expectOk<Outcome>(await te.post('/api/v1/enrolments', typed(young)), 201)
    expect(outcome).toMatchObject({ outcome: 'join_requested', customerId: null })
    expectProblem(await te.get(`/api/v1/customers/${young.id}`), 404)
    const teCheck = expectOk<Check>(
      await te.post('/api/v1/enrolments/check', checkOf(typed(young))),
    )
    expect(teCheck).toMatchObject({ existingCustomerId: null, alreadyEnrolled: false })
    // Kela, with its basis, is told the person is enrolled already.
    const again = { ...typed(young), overrideReason: 'Stored municipality is outside' }
    expect(expectProblem(await kela.post('/api/v1/enrolments', again), 409).code).toBe(
      'already_enrolled',
    )
    const requests = expectOk<{
      items: { id: string; status: string; organisation: { id: string } }[]
    }>(await me.get(`/api/v1/customers/${young.id}/consent-requests`))
    const request = requests.items.find((r) => r.status === 'requested')!
    expectOk(
      await me.post(`/api/v1/customers/${young.id}/consent-requests/${request.id}/answer`, {
        accept: true,
      }),
    )
    // Accepted: the TE office works on the case and is on the team.
    const view = expectOk<{ team: { organisation: { id: string } }[] }>(
      await te.get(`/api/v1/customers/${young.id}/case`),
    )
    expect(view.team.map((m) => m.organisation.id)).toContain(request.organisation.id)
  })

  it('leaves the organisation without access when the young person declines', async () => {
    const other = await t.fixtures.customer().save()
    const raahe = await t.signIn('raahe1', DEMO_PASSWORD)
    const outcome = expectOk<Outcome>(await raahe.post('/api/v1/enrolments', typed(other)), 201)
    expect(outcome.outcome).toBe('awaiting_confirmation')
    // Enrolling again reuses the open request.
    expectOk(await raahe.post('/api/v1/enrolments', typed(other)), 201)
    const otherAgent = await t.signIn(other)
    const list = expectOk<{ items: unknown[] }>(await otherAgent.get(confirmations(other)))
    expect(list.items).toHaveLength(1)
    expectOk(await answer(otherAgent, other, false))
    expectProblem(await raahe.get(`/api/v1/customers/${other.id}`), 404)
    const check = expectOk<Check>(
      await raahe.post('/api/v1/enrolments/check', checkOf(typed(other))),
    )
    expect(check.existingCustomerId).toBeNull()
  })

  it('joins the team instead, when another joint customership opened before the confirmation', async () => {
    const both = await t.fixtures.customer().save()
    const bothAgent = await t.signIn(both)
    for (const agent of [te, kela]) {
      const outcome = expectOk<Outcome>(await agent.post('/api/v1/enrolments', typed(both)), 201)
      expect(outcome.outcome).toBe('awaiting_confirmation')
    }
    const list = expectOk<{ items: { id: string; organisation: { id: string } }[] }>(
      await bothAgent.get(confirmations(both)),
    )
    expect(list.items).toHaveLength(2)
    const [first, second] = list.items
    const opened = expectOk<{ jointCustomershipId: string }>(
      await bothAgent.post(`${confirmations(both)}/${first!.id}/answer`, { accept: true }),
    )
    const joined = expectOk<{ jointCustomershipId: string }>(
      await bothAgent.post(`${confirmations(both)}/${second!.id}/answer`, { accept: true }),
    )
    // One joint customership, with both organisations on its team.
    expect(joined.jointCustomershipId).toBe(opened.jointCustomershipId)
    for (const agent of [te, kela]) {
      const view = expectOk<{ team: { organisation: { id: string } }[] }>(
        await agent.get(`/api/v1/customers/${both.id}/case`),
      )
      expect(view.team.map((m) => m.organisation.id).sort()).toEqual(
        [first!.organisation.id, second!.organisation.id].sort(),
      )
    }
  })
})
