import { afterAll, beforeAll, describe, expect, it } from 'vitest'
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
