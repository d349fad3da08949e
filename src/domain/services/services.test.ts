import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { DEMO_PASSWORD, loadDemoData } from '../../demo/demo-data'
import { auditEvent } from '../../platform/audit/schema'
import { testApp, type Agent, type TestApp } from '../../platform/testing/app'
import { expectOk, expectProblem } from '../../platform/testing/expect'

interface Service {
  id: string
  status: string
  version: number
  name: { fi: string; sv: string; en: string }
  municipalities: { id: string; code: string }[]
  locations: { openingHours: { weekdays: string[] }[] }[]
}
interface ServicePage {
  items: Service[]
  hasMore: boolean
  next: string | null
}

let t: TestApp
let coordinator: Agent
let worker: Agent
let orgId: string
let oulu: string
let raahe: string

beforeAll(async () => {
  t = await testApp()
  await loadDemoData(t.db, t.clock())
  coordinator = await t.signIn('coordinator1', DEMO_PASSWORD)
  worker = await t.signIn('kela1', DEMO_PASSWORD)
  const orgs = expectOk<{ items: { id: string; code: string }[] }>(
    await coordinator.get('/api/v1/organisations'),
  )
  orgId = orgs.items.find((o) => o.code === 'oulu')!.id
  const published = expectOk<ServicePage>(await worker.get('/api/v1/services?limit=100'))
  const all = published.items.flatMap((s) => s.municipalities)
  oulu = all.find((m) => m.code === '564')!.id
  raahe = all.find((m) => m.code === '678')!.id
})
afterAll(() => t.close())

const all3 = (s: string) => ({ fi: s, sv: `${s} (sv)`, en: `${s} (en)` })
const complete = () => ({
  organisationId: orgId,
  name: all3('Kesätyöseteli'),
  description: all3('Kaupunki tukee nuoren kesätyötä.'),
  eligibility: all3('16–17-vuotiaat oululaiset.'),
  minimumAge: 16,
  maximumAge: 17,
  municipalityIds: [oulu],
  languages: ['fi', 'sv'],
  locations: [
    {
      name: all3('Nuorisotalo'),
      streetAddress: 'Kauppurienkatu 1',
      postalCode: '90100',
      municipalityId: oulu,
      openingHours: [{ weekdays: ['MO', 'WE'], opensAt: '12:00', closesAt: '18:00' }],
    },
  ],
  contacts: [{ title: all3('Neuvonta'), phone: '+358 00 000 1111' }],
})

describe('the coordinator’s service tray', () => {
  it('drafts in Finnish alone, publishes only when complete, and retires', async () => {
    const draft = expectOk<Service>(
      await coordinator.post('/api/v1/service-tray', {
        organisationId: orgId,
        name: { fi: 'Kesätyöseteli' },
        description: { fi: 'Kaupunki tukee nuoren kesätyötä.' },
      }),
      201,
    )
    expect(draft).toMatchObject({ status: 'draft', version: 1, name: { sv: '', en: '' } })
    const refused = expectProblem(
      await coordinator.post(`/api/v1/service-tray/${draft.id}/publish`, { version: 1 }),
      400,
    ) as { code: string; fields: { field: string; code: string }[] }
    expect(refused.code).toBe('service_incomplete')
    expect(refused.fields.map((f) => f.field)).toEqual(
      expect.arrayContaining(['name.sv', 'description.en', 'municipalityIds']),
    )
    // The worker does not see a draft.
    expectProblem(await worker.get(`/api/v1/services/${draft.id}`), 404)

    const edited = expectOk<Service>(
      await coordinator.request({
        method: 'PUT',
        url: `/api/v1/service-tray/${draft.id}`,
        body: { ...complete(), version: 1 },
      }),
    )
    expect(edited.version).toBe(2)
    expect(edited.locations[0]!.openingHours[0]!.weekdays).toEqual(['MO', 'WE'])
    const published = expectOk<Service>(
      await coordinator.post(`/api/v1/service-tray/${draft.id}/publish`, { version: 2 }),
    )
    expect(published.status).toBe('published')
    expect(expectOk<Service>(await worker.get(`/api/v1/services/${draft.id}`)).name.fi).toBe(
      'Kesätyöseteli',
    )
    // A published service stays complete: taking its Swedish away is refused, nothing changes.
    expectProblem(
      await coordinator.request({
        method: 'PUT',
        url: `/api/v1/service-tray/${draft.id}`,
        body: { ...complete(), name: { fi: 'Vain suomeksi' }, version: 3 },
      }),
      400,
    )
    expect(
      expectOk<Service>(await coordinator.get(`/api/v1/service-tray/${draft.id}`)).name.fi,
    ).toBe('Kesätyöseteli')

    const retired = expectOk<Service>(
      await coordinator.post(`/api/v1/service-tray/${draft.id}/retire`, { version: 3 }),
    )
    expect(retired.status).toBe('retired')
    expectProblem(await worker.get(`/api/v1/services/${draft.id}`), 404)
    const problem = expectProblem(
      await coordinator.request({
        method: 'PUT',
        url: `/api/v1/service-tray/${draft.id}`,
        body: { ...complete(), version: 4 },
      }),
      409,
    ) as { code: string }
    expect(problem.code).toBe('service_retired')
  })

  it('refuses an edit made on an older version (409), keeping the newer one', async () => {
    const s = expectOk<Service>(await coordinator.post('/api/v1/service-tray', complete()), 201)
    const put = (name: string) =>
      coordinator.request({
        method: 'PUT',
        url: `/api/v1/service-tray/${s.id}`,
        body: { ...complete(), name: all3(name), version: 1 },
      })
    expectOk(await put('Ensimmäinen'))
    const stale = expectProblem(await put('Toinen'), 409) as { code: string }
    expect(stale.code).toBe('changed_meanwhile')
    expectProblem(
      await coordinator.post(`/api/v1/service-tray/${s.id}/publish`, { version: 1 }),
      409,
    )
    const now = expectOk<Service>(await coordinator.get(`/api/v1/service-tray/${s.id}`))
    expect([now.name.fi, now.version]).toEqual(['Ensimmäinen', 2])
  })

  it('names the failing fields of bad input', async () => {
    const bad = expectProblem(
      await coordinator.post('/api/v1/service-tray', {
        ...complete(),
        minimumAge: 20,
        maximumAge: 18,
      }),
      400,
    ) as { fields: { field: string; code: string }[] }
    expect(bad.fields).toEqual([expect.objectContaining({ field: 'body.maximumAge' })])
    const unknown = expectProblem(
      await coordinator.post('/api/v1/service-tray', {
        ...complete(),
        municipalityIds: ['5a1e0000-0000-4000-8000-00000000ffff'],
      }),
      400,
    ) as { fields: { field: string; code: string }[] }
    expect(unknown.fields[0]).toMatchObject({
      field: 'body.municipalityIds',
      code: 'unknown_reference',
    })
    const hours = expectProblem(
      await coordinator.post('/api/v1/service-tray', {
        ...complete(),
        locations: [
          {
            ...complete().locations[0],
            openingHours: [{ weekdays: ['MO'], opensAt: '16:00', closesAt: '09:00' }],
          },
        ],
      }),
      400,
    ) as { fields: { field: string }[] }
    expect(hours.fields[0]!.field).toBe('body.locations.0.openingHours.0.closesAt')
  })

  it('audits every change with the service as its record', async () => {
    const before = (await t.db.select().from(auditEvent)).length
    const s = expectOk<Service>(await coordinator.post('/api/v1/service-tray', complete()), 201)
    const events = (await t.db.select().from(auditEvent)).slice(before)
    expect(events).toEqual([
      expect.objectContaining({
        action: 'service_tray.edit',
        outcome: 'success',
        recordIds: [s.id],
        personIds: [],
      }),
    ])
  })
})

describe('the workers’ list', () => {
  it('is read-only for workers', async () => {
    expectProblem(await worker.post('/api/v1/service-tray', complete()), 403)
    expectProblem(await worker.get('/api/v1/service-tray'), 403)
    const young = await t.signIn('aino', DEMO_PASSWORD)
    expectProblem(await young.get('/api/v1/services'), 403)
  })

  it('pages by keyset without gaps or repeats', async () => {
    const seen: string[] = []
    let after: string | null = null
    do {
      const page: ServicePage = expectOk<ServicePage>(
        await worker.get(`/api/v1/services?limit=3${after ? `&after=${after}` : ''}`),
      )
      seen.push(...page.items.map((s) => s.id))
      expect(page.items.every((s) => s.status === 'published')).toBe(true)
      after = page.next
    } while (after)
    const whole = expectOk<ServicePage>(await worker.get('/api/v1/services?limit=100'))
    expect(seen).toEqual(whole.items.map((s) => s.id))
    expect(new Set(seen).size).toBe(seen.length)
    expectProblem(await worker.get('/api/v1/services?after=bm90LWEtY3Vyc29y'), 400)
  })

  it('searches in Finnish and filters by municipality', async () => {
    const found = expectOk<ServicePage>(await worker.get('/api/v1/services?search=ohjaamo'))
    expect(found.items.map((s) => s.name.fi)).toEqual(['Ohjaamo Oulu'])
    const stemmed = expectOk<ServicePage>(await worker.get('/api/v1/services?search=nuorisotyön'))
    expect(stemmed.items.map((s) => s.name.fi)).toContain('Raahen nuorisopalvelut')
    const inRaahe = expectOk<ServicePage>(
      await worker.get(`/api/v1/services?limit=100&municipalityId=${raahe}`),
    )
    expect(inRaahe.items.every((s) => s.municipalities.some((m) => m.id === raahe))).toBe(true)
    expect(inRaahe.items.map((s) => s.name.fi)).toContain('Raahen nuorisopalvelut')
    expect(inRaahe.items.map((s) => s.name.fi)).not.toContain('Ohjaamo Oulu')
    const wild = expectOk<ServicePage>(await worker.get('/api/v1/services?search=%25'))
    expect(wild.items).toEqual([])
  })
})
