import readXlsxFile from 'read-excel-file/node'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { loadDemoData, DEMO_PASSWORD } from '../../demo/demo-data'
import { testApp, type Agent, type TestApp } from '../../platform/testing/app'
import { expectOk, expectProblem } from '../../platform/testing/expect'
import { vatCents } from './fees'

interface FeeTable {
  month: string
  invoicedAt: string | null
  contracts: {
    reference: string
    startedCustomers: number
    results: number
    fixedCents: number
    resultCents: number
    adjustmentCents: number
    netCents: number
    vatCents: number
    grossCents: number
  }[]
  lines: {
    pseudonym: string
    kind: string
    outcome: string | null
    belongsTo: string
    adjustment: boolean
    amountCents: number
  }[]
  netCents: number
  vatCents: number
  grossCents: number
}

let t: TestApp
let customers: Record<string, string>
let contractId: string
const referralOf: Record<string, string> = {}

/** Sessions end after 30 idle minutes: every step of the fixture signs in afresh. */
const as = (username: string): Promise<Agent> => t.signIn(username, DEMO_PASSWORD)
const at = (iso: string) => t.clock.set(new Date(iso))

beforeAll(async () => {
  t = await testApp()
  await loadDemoData(t.db, t.clock())
  customers = {}
  for (const u of ['aino', 'eetu']) {
    customers[u] = expectOk<{ user: { customerId: string } }>(
      await (await as(u)).get('/api/v1/me'),
    ).user.customerId
  }
  const coordinator = await as('coordinator1')
  const polku = expectOk<{ items: { organisationId: string; code: string }[] }>(
    await coordinator.get('/api/v1/providers'),
  ).items.find((p) => p.code === 'provider-polku')!
  const service = expectOk<{ service: { id: string } }[]>(
    await coordinator.get('/api/v1/contracts'),
  )[0]!.service.id
  // The fixture contract: 500.00 € per started customer, 1,500.00 € per employment, VAT 25.5 %.
  contractId = expectOk<{ id: string }>(
    await coordinator.post('/api/v1/contracts', {
      serviceId: service,
      providerOrganisationId: polku.organisationId,
      reference: 'FIXTURE-1',
      startsOn: '2026-01-01',
      endsOn: null,
      capacityUnit: 'customers',
      capacity: 10,
      fixedFeeCents: 50000,
      vatRateBasisPoints: 2550,
      // The contract keeps the provider's records 90 days after the end: it may correct them.
      retentionDays: 90,
      resultFees: [{ outcome: 'employed_open_market', minimumMonths: null, feeCents: 150000 }],
    }),
    201,
  ).id
})
afterAll(() => t?.close())

async function referAndStart(username: string) {
  const te = await as('te1')
  const r = expectOk<{ id: string }>(
    await te.post(`/api/v1/customers/${customers[username]}/referrals`, {
      contractId,
      dataCategories: ['identity_and_contact', 'employment_and_plan'],
    }),
    201,
  )
  referralOf[username] = r.id
  const young = await as(username)
  const requests = expectOk<{ items: { id: string; purpose: string; status: string }[] }>(
    await young.get(`/api/v1/customers/${customers[username]}/consent-requests`),
  ).items
  const open = requests.find((q) => q.purpose === 'purchased_service' && q.status === 'requested')
  if (open) {
    expectOk(
      await young.post(
        `/api/v1/customers/${customers[username]}/consent-requests/${open.id}/answer`,
        { accept: true },
      ),
    )
  }
  const polku = await as('polku1')
  expectOk(await polku.post(`/api/v1/referrals/${r.id}/accept`))
  expectOk(await polku.post(`/api/v1/referrals/${r.id}/start`))
}

describe('the fee table of a fixture month', () => {
  it('computes April: two started customers and one employment, to the cent', async () => {
    at('2026-04-10T09:00:00Z')
    await referAndStart('aino')
    await referAndStart('eetu')
    at('2026-04-20T09:00:00Z')
    expectOk(
      await (
        await as('polku1')
      ).post(`/api/v1/referrals/${referralOf.aino}/outcome`, {
        outcome: 'employed_open_market',
        evidenceOn: '2026-04-15',
        employerBusinessId: '1572860-0',
        employmentMonths: 0,
      }),
    )
    const april = expectOk<FeeTable>(await (await as('coordinator1')).get('/api/v1/fees/2026-04'))
    // By hand: 2 × 500.00 + 1 × 1,500.00 = 2,500.00; VAT 25.5 % = 637.50; gross 3,137.50.
    expect(april.contracts).toEqual([
      expect.objectContaining({
        reference: 'FIXTURE-1',
        startedCustomers: 2,
        results: 1,
        fixedCents: 100000,
        resultCents: 150000,
        adjustmentCents: 0,
        netCents: 250000,
        vatCents: 63750,
        grossCents: 313750,
      }),
    ])
    expect(april.lines.map((l) => [l.kind, l.amountCents, l.adjustment])).toEqual(
      expect.arrayContaining([
        ['fixed', 50000, false],
        ['fixed', 50000, false],
        ['result', 150000, false],
      ]),
    )
    expect(april.lines).toHaveLength(3)
  })

  it('freezes an invoiced month: a later correction is an adjustment of the next one', async () => {
    at('2026-05-04T09:00:00Z')
    const coordinator = await as('coordinator1')
    const invoiced = expectOk<FeeTable>(await coordinator.post('/api/v1/fees/2026-04/invoice'))
    expect(invoiced.invoicedAt).not.toBeNull()
    expectProblem(await coordinator.post('/api/v1/fees/2026-04/invoice'), 409)
    at('2026-05-12T09:00:00Z')
    const polku = await as('polku1')
    // Eetu goes on to studies (no fee for that); Aino's employment turns out interrupted.
    expectOk(
      await polku.post(`/api/v1/referrals/${referralOf.eetu}/outcome`, {
        outcome: 'studies',
        evidenceOn: '2026-05-11',
      }),
    )
    expectOk(
      await polku.request({
        method: 'PUT',
        url: `/api/v1/referrals/${referralOf.aino}/outcome`,
        body: { outcome: 'interrupted', evidenceOn: '2026-05-08' },
      }),
    )
    const again = await as('coordinator1')
    const april = expectOk<FeeTable>(await again.get('/api/v1/fees/2026-04'))
    expect(april.netCents).toBe(250000)
    expect(april.grossCents).toBe(313750)
    const may = expectOk<FeeTable>(await again.get('/api/v1/fees/2026-05'))
    // By hand: −1,500.00 for April's employment; VAT −382.50; gross −1,882.50.
    expect(may.contracts).toEqual([
      expect.objectContaining({
        fixedCents: 0,
        resultCents: 0,
        adjustmentCents: -150000,
        netCents: -150000,
        vatCents: -38250,
        grossCents: -188250,
      }),
    ])
    expect(may.lines).toEqual([
      expect.objectContaining({
        kind: 'result',
        outcome: 'interrupted',
        belongsTo: '2026-04',
        adjustment: true,
        amountCents: -150000,
      }),
    ])
    // The pseudonym is stable and the same in both months.
    const aprilResult = april.lines.find((l) => l.kind === 'result')!
    expect(may.lines[0]!.pseudonym).toBe(aprilResult.pseudonym)
  })

  it('exports the month as CSV and XLSX, read back to the cent', async () => {
    const coordinator = await as('coordinator1')
    const csv = await coordinator.get('/api/v1/fees/2026-04/export?format=csv')
    expect(csv.statusCode).toBe(200)
    expect(csv.headers['content-disposition']).toBe('attachment; filename="fees-2026-04.csv"')
    expect(csv.body).toContain('500.00')
    expect(csv.body).toContain('1500.00')
    const xlsx = await coordinator.get('/api/v1/fees/2026-04/export?format=xlsx')
    expect(xlsx.statusCode).toBe(200)
    expect(xlsx.headers['content-type']).toContain('spreadsheetml')
    const sheet = await readXlsxFile(xlsx.rawPayload)
    const [header, ...rows] = sheet[0]!.data
    expect(header).toContain('Summa (EUR, alv 0 %)')
    const amounts = rows.map((r) => r[header!.indexOf('Summa (EUR, alv 0 %)')] as number)
    expect(amounts.sort((a, b) => a - b)).toEqual([500, 500, 1500])
    expectProblem(await (await as('polku1')).get('/api/v1/fees/2026-04/export?format=xlsx'), 403)
  })

  it('shows referral → acceptance → start with the network’s lead times', async () => {
    const figures = expectOk<{
      referrals: {
        referrals: number
        accepted: number
        started: number
        medianDaysToAcceptance: number | null
      }
    }>(await (await as('coordinator1')).get('/api/v1/lead-times?from=2026-04-01&to=2026-04-30'))
    expect(figures.referrals).toMatchObject({
      referrals: 2,
      accepted: 2,
      started: 2,
      medianDaysToAcceptance: 0,
    })
  })

  it('rounds VAT half away from zero in integer cents', () => {
    expect(vatCents(1, 2550)).toBe(0)
    expect(vatCents(2, 2550)).toBe(1)
    expect(vatCents(-2, 2550)).toBe(-1)
    expect(vatCents(250000, 2550)).toBe(63750)
  })
})
