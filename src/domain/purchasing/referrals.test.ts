import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { sql } from 'drizzle-orm'
import { loadDemoData, DEMO_PASSWORD } from '../../demo/demo-data'
import { queryRows } from '../../platform/db/database'
import { testApp, type Agent, type TestApp } from '../../platform/testing/app'
import { expectOk, expectProblem } from '../../platform/testing/expect'

interface Contract {
  id: string
  version: number
  reference: string
  capacity: number
  capacityUsed: number
  framework: { id: string } | null
  fixedFeeCents: number | null
  vatRateBasisPoints: number
  endsOn: string | null
  retentionDays: number
  resultFees: { outcome: string; minimumMonths: number | null; feeCents: number }[]
}
interface Referral {
  id: string
  status: string
  customerName: string | null
  reason: string | null
  awaitingConsent: boolean
  permittedActions: string[]
  choices: { contractId: string; provider: { name: { en: string } }; description: { en: string } }[]
  notes: { body: string }[]
}

let t: TestApp
let te: Agent
let kela: Agent
let coordinator: Agent
let aino: Agent
let polku: Agent
let tyosilta: Agent
let ainoId: string
let eetuId: string
let contracts: Contract[]

const categories = ['identity_and_contact', 'employment_and_plan']

beforeAll(async () => {
  t = await testApp()
  await loadDemoData(t.db, t.clock())
  ;[te, kela, coordinator, aino, polku, tyosilta] = (await Promise.all(
    ['te1', 'kela1', 'coordinator1', 'aino', 'polku1', 'tyosilta1'].map((u) =>
      t.signIn(u, DEMO_PASSWORD),
    ),
  )) as [Agent, Agent, Agent, Agent, Agent, Agent]
  ainoId = expectOk<{ user: { customerId: string } }>(await aino.get('/api/v1/me')).user.customerId
  const eetu = await t.signIn('eetu', DEMO_PASSWORD)
  eetuId = expectOk<{ user: { customerId: string } }>(await eetu.get('/api/v1/me')).user.customerId
  contracts = expectOk<Contract[]>(await coordinator.get('/api/v1/contracts'))
})
afterAll(() => t?.close())

const contractByRef = (ref: string) => contracts.find((c) => c.reference === ref)!

describe('providers and contracts', () => {
  it('holds the demo network’s five purchased services with their capacities', () => {
    const byRef = Object.fromEntries(contracts.map((c) => [c.reference, c.capacity]))
    expect(byRef).toMatchObject({
      'OSTO-2019-01': 200,
      'OSTO-2020-01': 100,
      'PUITE-2020-01': 200,
      'PUITE-2020-02': 200,
      'PUITE-2020-03': 200,
      'OSTO-2020-02': 150,
      'KOUL-2020-01': 200,
    })
    expect(contracts.filter((c) => c.framework).length).toBe(3)
  })

  it('validates the business ID of a new provider, and only a coordinator adds one', async () => {
    const body = {
      code: 'provider-new',
      name: { fi: 'Uusi Oy', sv: 'Ny Ab', en: 'New Ltd' },
      businessId: '1234567-8',
      description: { fi: 'Kuvaus', sv: 'Beskrivning', en: 'Description' },
    }
    const bad = expectProblem(await coordinator.post('/api/v1/providers', body), 400)
    expect(bad.code).toBe('validation_failed')
    expectProblem(await te.post('/api/v1/providers', { ...body, businessId: '1902055-4' }), 403)
    const made = expectOk<{ businessId: string }>(
      await coordinator.post('/api/v1/providers', { ...body, businessId: '1902055-4' }),
      201,
    )
    expect(made.businessId).toBe('1902055-4')
  })

  it('changes a contract by its version, and refuses a stale one', async () => {
    const c = contractByRef('OSTO-2020-02')
    const change = {
      version: c.version,
      endsOn: '2030-12-31',
      capacity: 160,
      fixedFeeCents: 90000,
      vatRateBasisPoints: 2550,
      retentionDays: 30,
      resultFees: [{ outcome: 'employed_open_market', minimumMonths: 6, feeCents: 50000 }],
    }
    const changed = expectOk<Contract>(
      await coordinator.request({ method: 'PUT', url: `/api/v1/contracts/${c.id}`, body: change }),
    )
    expect(changed).toMatchObject({ capacity: 160, fixedFeeCents: 90000, version: c.version + 1 })
    expectProblem(
      await coordinator.request({ method: 'PUT', url: `/api/v1/contracts/${c.id}`, body: change }),
      409,
    )
  })
})

describe('a referral to a framework arrangement (key journey 4)', () => {
  let referral: Referral

  it('is chosen by the young person among the providers, side by side', async () => {
    const framework = contractByRef('PUITE-2020-01').framework!.id
    referral = expectOk<Referral>(
      await te.post(`/api/v1/customers/${ainoId}/referrals`, {
        frameworkArrangementId: framework,
        dataCategories: categories,
        reason: 'Etsii työtä asiakaspalvelusta.',
      }),
      201,
    )
    expect(referral.status).toBe('awaiting_choice')
    const own = expectOk<Referral>(await aino.get(`/api/v1/referrals/${referral.id}`))
    expect(own.choices.map((c) => c.provider.name.en).sort()).toEqual([
      'Osaamo Training Ltd',
      'Polku Coaching Ltd',
      'Työsilta Ltd',
    ])
    expect(own.choices.every((c) => c.description.en.length > 0)).toBe(true)
    expect(own.permittedActions).toContain('referral.choose')
    // The provider sees nothing before it is chosen.
    expectProblem(await polku.get(`/api/v1/referrals/${referral.id}`), 404)
    const polkuContract = own.choices.find((c) => c.provider.name.en === 'Polku Coaching Ltd')!
    const chosen = expectOk<Referral>(
      await aino.post(`/api/v1/referrals/${referral.id}/choice`, {
        contractId: polkuContract.contractId,
      }),
    )
    expect(chosen).toMatchObject({ status: 'sent', awaitingConsent: true })
    expectProblem(await tyosilta.get(`/api/v1/referrals/${referral.id}`), 404)
  })

  it('asks the young person’s consent for the provider; until then the provider sees no data', async () => {
    const seen = expectOk<Referral>(await polku.get(`/api/v1/referrals/${referral.id}`))
    expect(seen).toMatchObject({ customerName: null, reason: null })
    expect(
      expectProblem(await polku.post(`/api/v1/referrals/${referral.id}/accept`), 409).code,
    ).toBe('consent_missing')
    const requests = expectOk<{ items: { id: string; purpose: string; status: string }[] }>(
      await aino.get(`/api/v1/customers/${ainoId}/consent-requests`),
    ).items
    const request = requests.find(
      (r) => r.purpose === 'purchased_service' && r.status === 'requested',
    )!
    expectOk(
      await aino.post(`/api/v1/customers/${ainoId}/consent-requests/${request.id}/answer`, {
        accept: true,
      }),
    )
    const now = expectOk<Referral>(await polku.get(`/api/v1/referrals/${referral.id}`))
    expect(now.customerName).toMatch(/\S+ \S+/)
    expect(now.reason).toBe('Etsii työtä asiakaspalvelusta.')
    // The provider reaches the customer through the referral only, never the case.
    expectProblem(await polku.get(`/api/v1/customers/${ainoId}`), 404)
    expectProblem(await polku.get(`/api/v1/customers/${ainoId}/case`), 404)
    expectProblem(await polku.get(`/api/v1/customers/${eetuId}/referrals`), 404)
  })

  it('is accepted within capacity, started, noted and ended with an employment', async () => {
    const before = contractByRef('PUITE-2020-01').capacityUsed
    const incoming = expectOk<{ items: Referral[] }>(await polku.get('/api/v1/provider/referrals'))
    expect(incoming.items.map((r) => r.id)).toContain(referral.id)
    expectOk(await polku.post(`/api/v1/referrals/${referral.id}/accept`))
    const own = expectOk<Contract[]>(await polku.get('/api/v1/provider/contracts'))
    expect(own.find((c) => c.reference === 'PUITE-2020-01')!.capacityUsed).toBe(before + 1)
    expectOk(await polku.post(`/api/v1/referrals/${referral.id}/start`))
    expectOk(
      await polku.post(`/api/v1/referrals/${referral.id}/notes`, { body: 'Kaksi haastattelua.' }),
      201,
    )
    const team = expectOk<Referral>(await te.get(`/api/v1/referrals/${referral.id}`))
    expect(team.notes.map((n) => n.body)).toEqual(['Kaksi haastattelua.'])
    const wrong = expectProblem(
      await polku.post(`/api/v1/referrals/${referral.id}/outcome`, {
        outcome: 'employed_open_market',
        evidenceOn: '2026-03-01',
        employerBusinessId: '1234567-8',
      }),
      400,
    )
    expect(wrong.code).toBe('validation_failed')
    const ended = expectOk<Referral>(
      await polku.post(`/api/v1/referrals/${referral.id}/outcome`, {
        outcome: 'employed_open_market',
        evidenceOn: '2026-03-01',
        employerBusinessId: '1572860-0',
        employmentMonths: 0,
      }),
    )
    expect(ended.status).toBe('ended')
    // After the end, the provider's contract keeps nothing: it sees no data of the customer.
    const after = expectOk<Referral>(await te.get(`/api/v1/referrals/${referral.id}`))
    expect(after.status).toBe('ended')
    expectProblem(await polku.get(`/api/v1/referrals/${referral.id}`), 404)
  })

  it('records every step on the customer’s timeline', async () => {
    const rows = await queryRows<{ kind: string }>(
      t.db,
      sql`select kind from timeline_event where record_id = ${referral.id}::uuid order by occurred_at, id`,
    )
    expect(rows.map((r) => r.kind).sort()).toEqual([
      'referral_accepted',
      'referral_ended',
      'referral_progress',
      'referral_provider_chosen',
      'referral_sent',
      'referral_started',
    ])
  })

  it('shows the employment’s result-based fee in the month’s table', async () => {
    const table = expectOk<{
      lines: { kind: string; amountCents: number; pseudonym: string }[]
      netCents: number
    }>(await coordinator.get('/api/v1/fees/2026-03'))
    expect(table.lines.map((l) => [l.kind, l.amountCents])).toEqual([['result', 200000]])
    expect(table.lines[0]!.pseudonym).toMatch(/^[0-9a-f]{16}$/)
    expectProblem(await te.get('/api/v1/fees/2026-03'), 403)
  })
})

describe('a worker outside the team', () => {
  it('cannot refer the customer, nor see their referrals', async () => {
    const c = contractByRef('OSTO-2020-01')
    expectProblem(
      await kela.post(`/api/v1/customers/${eetuId}/referrals`, {
        contractId: c.id,
        dataCategories: categories,
      }),
      404,
    )
    expectProblem(await kela.get(`/api/v1/customers/${eetuId}/referrals`), 404)
  })
})

describe('capacity at acceptance', () => {
  it('gives the last free place to exactly one of 50 parallel acceptances', async () => {
    const c = contractByRef('OSTO-2019-01')
    const referrals: string[] = []
    for (let i = 0; i < 50; i++) {
      const r = expectOk<Referral>(
        await te.post(`/api/v1/customers/${eetuId}/referrals`, {
          contractId: c.id,
          dataCategories: categories,
        }),
        201,
      )
      referrals.push(r.id)
    }
    const requests = expectOk<{ items: { id: string; purpose: string; status: string }[] }>(
      await (
        await t.signIn('eetu', DEMO_PASSWORD)
      ).get(`/api/v1/customers/${eetuId}/consent-requests`),
    ).items
    const eetu = await t.signIn('eetu', DEMO_PASSWORD)
    const open = requests.find(
      (r) => r.purpose === 'purchased_service' && r.status === 'requested',
    )!
    expectOk(
      await eetu.post(`/api/v1/customers/${eetuId}/consent-requests/${open.id}/answer`, {
        accept: true,
      }),
    )
    // One free place: the capacity is what is used, plus one.
    const fresh = expectOk<Contract[]>(await coordinator.get('/api/v1/contracts')).find(
      (x) => x.id === c.id,
    )!
    expectOk(
      await coordinator.request({
        method: 'PUT',
        url: `/api/v1/contracts/${c.id}`,
        body: {
          version: fresh.version,
          endsOn: fresh.endsOn,
          capacity: fresh.capacityUsed + 1,
          fixedFeeCents: fresh.fixedFeeCents,
          vatRateBasisPoints: fresh.vatRateBasisPoints,
          retentionDays: fresh.retentionDays,
          resultFees: fresh.resultFees,
        },
      }),
    )
    const answers = await Promise.all(
      referrals.map((id) => polku.post(`/api/v1/referrals/${id}/accept`)),
    )
    const statuses = answers.map((a) => a.statusCode)
    expect(statuses.filter((s) => s === 200)).toHaveLength(1)
    expect(statuses.filter((s) => s === 409)).toHaveLength(49)
    expect(
      answers
        .filter((a) => a.statusCode === 409)
        .every((a) => a.json<{ code: string }>().code === 'capacity_full'),
    ).toBe(true)
    const [row] = await queryRows<{ capacity: number; capacity_used: number; accepted: number }>(
      t.db,
      sql`select ct.capacity, ct.capacity_used,
            (select count(*)::int from referral r where r.contract_id = ct.id and r.status = 'accepted') as accepted
          from contract ct where ct.id = ${c.id}::uuid`,
    )
    expect(row!.capacity_used).toBe(row!.capacity)
    expect(row!.accepted).toBe(1)
  })

  it('frees the place when an accepted referral is withdrawn', async () => {
    const [accepted] = await queryRows<{ id: string }>(
      t.db,
      sql`select r.id from referral r join contract ct on ct.id = r.contract_id
          where ct.reference = 'OSTO-2019-01' and r.status = 'accepted'`,
    )
    expectOk(await te.post(`/api/v1/referrals/${accepted!.id}/withdraw`))
    const c = expectOk<Contract[]>(await coordinator.get('/api/v1/contracts')).find(
      (x) => x.reference === 'OSTO-2019-01',
    )!
    expect(c.capacityUsed).toBe(c.capacity - 1)
    expectProblem(await te.post(`/api/v1/referrals/${accepted!.id}/withdraw`), 409)
  })
})

describe('a referral that carries out an event card step', () => {
  it('marks the step done when the service starts', async () => {
    const [step] = await queryRows<{ id: string }>(
      t.db,
      sql`select sa.id from service_action sa join joint_customership jc on jc.id = sa.joint_customership_id
          where jc.customer_id = ${ainoId}::uuid and sa.status in ('open', 'in_progress') limit 1`,
    )
    const c = contractByRef('OSTO-2020-02')
    const r = expectOk<Referral>(
      await te.post(`/api/v1/customers/${ainoId}/referrals`, {
        contractId: c.id,
        dataCategories: categories,
        serviceActionId: step!.id,
      }),
      201,
    )
    // Aino consented to Polku for this purpose already; the provider accepts and starts.
    expectOk(await polku.post(`/api/v1/referrals/${r.id}/accept`))
    const [before] = await queryRows<{ status: string }>(
      t.db,
      sql`select status from service_action where id = ${step!.id}::uuid`,
    )
    expect(before!.status).not.toBe('done')
    expectOk(await polku.post(`/api/v1/referrals/${r.id}/start`))
    const [after] = await queryRows<{ status: string }>(
      t.db,
      sql`select status from service_action where id = ${step!.id}::uuid`,
    )
    expect(after!.status).toBe('done')
  })
})
