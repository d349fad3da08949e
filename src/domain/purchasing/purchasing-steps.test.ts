import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { sql } from 'drizzle-orm'
import { loadDemoData, DEMO_PASSWORD } from '../../demo/demo-data'
import { queryRows } from '../../platform/db/database'
import { testApp, type Agent, type TestApp } from '../../platform/testing/app'
import { expectOk, expectProblem } from '../../platform/testing/expect'

/**
 * An event card's "refer to a purchased service" step, the young person handing the choice of
 * provider to their worker, and the coordinator's upkeep of providers (docs/purchased-services.md).
 */

interface Contract {
  id: string
  reference: string
  framework: { id: string } | null
}
interface Step {
  id: string
  status: string
  referTo: { contractId: string | null; frameworkArrangementId: string | null } | null
}
interface CardVersion {
  id: string
  code: string
  status: string
  steps: { kind: string; referTo: Step['referTo'] }[]
}
interface Referral {
  id: string
  status: string
  serviceActionId: string | null
  choiceDelegatedAt: string | null
  permittedActions: string[]
  choices: { contractId: string }[]
}
interface Provider {
  organisationId: string
  code: string
  businessId: string
  version: number
  name: { fi: string; sv: string; en: string }
}

let t: TestApp
let te: Agent
let coordinator: Agent
let aino: Agent
let ainoId: string
let contracts: Contract[]
let frameworkId: string

const categories = ['identity_and_contact', 'employment_and_plan']
const text = (s: string) => ({ fi: s, sv: s, en: s })

beforeAll(async () => {
  t = await testApp()
  await loadDemoData(t.db, t.clock())
  ;[te, coordinator, aino] = (await Promise.all(
    ['te1', 'coordinator1', 'aino'].map((u) => t.signIn(u, DEMO_PASSWORD)),
  )) as [Agent, Agent, Agent]
  ainoId = expectOk<{ user: { customerId: string } }>(await aino.get('/api/v1/me')).user.customerId
  contracts = expectOk<Contract[]>(await coordinator.get('/api/v1/contracts'))
  frameworkId = contracts.find((c) => c.framework)!.framework!.id
})
afterAll(() => t?.close())

describe('an event card step that refers to a purchased service', () => {
  let step: Step

  it('is defined on a card only with an existing service outside any framework’s contracts', async () => {
    const te1 = expectOk<{ items: { id: string; code: string }[] }>(
      await coordinator.get('/api/v1/organisations'),
    ).items.find((o) => o.code === 'te-office')!
    const base = {
      responsibleOrganisationId: te1.id,
      dueInDays: 5,
      instruction: text('Ohjaa'),
      customerText: text('Ohjaus'),
      kind: 'purchased_service_referral',
    }
    const draft = (steps: unknown[]) =>
      coordinator.post('/api/v1/event-cards', {
        code: 'referral_card_test',
        name: text('Testi'),
        waysOfWorking: text('Tapa'),
        indicatorIds: [],
        steps,
      })
    const none = expectProblem(await draft([{ ...base, referTo: null }]), 400)
    expect(none.fields?.[0]?.field).toBe('body.steps.0.referTo')
    const unknown = expectProblem(
      await draft([{ ...base, referTo: { contractId: '00000000-0000-4000-8000-000000000000' } }]),
      400,
    )
    expect(unknown.code).toBe('validation_failed')
    const inFramework = contracts.find((c) => c.framework)!
    expectProblem(await draft([{ ...base, referTo: { contractId: inFramework.id } }]), 400)
    const ok = expectOk<CardVersion>(
      await draft([{ ...base, referTo: { frameworkArrangementId: frameworkId } }]),
      201,
    )
    expect(ok.steps[0]).toMatchObject({
      kind: 'purchased_service_referral',
      referTo: { contractId: null, frameworkArrangementId: frameworkId },
    })
  })

  it('appears in the plan when the demo card is opened, naming the service', async () => {
    const cards = expectOk<{ items: CardVersion[] }>(await te.get('/api/v1/event-cards')).items
    const card = cards.find((c) => c.code === 'coaching_to_work' && c.status === 'published')!
    expect(card.steps.map((s) => s.kind)).toEqual(['purchased_service_referral', 'task'])
    // Existing cards keep working: their steps are tasks.
    expect(
      cards
        .filter((c) => !['coaching_to_work', 'referral_card_test'].includes(c.code))
        .flatMap((c) => c.steps.map((s) => s.kind)),
    ).not.toContain('purchased_service_referral')
    const opened = expectOk<{ serviceActions: Step[] }>(
      await te.post(`/api/v1/customers/${ainoId}/case/event-cards`, {
        eventCardVersionId: card.id,
      }),
      201,
    )
    step = opened.serviceActions[0]!
    expect(step.referTo).toEqual({ contractId: null, frameworkArrangementId: frameworkId })
    expect(opened.serviceActions[1]!.referTo).toBeNull()
    const detail = expectOk<Step>(await te.get(`/api/v1/service-actions/${step.id}`))
    expect(detail.referTo?.frameworkArrangementId).toBe(frameworkId)
    const plan = expectOk<{ steps: { id: string }[] }>(
      await aino.get(`/api/v1/customers/${ainoId}/plan`),
    )
    expect(plan.steps.map((s) => s.id)).toContain(step.id)
  })

  let referral: Referral

  it('is carried out by the referral made from it', async () => {
    referral = expectOk<Referral>(
      await te.post(`/api/v1/customers/${ainoId}/referrals`, {
        frameworkArrangementId: frameworkId,
        dataCategories: categories,
        serviceActionId: step.id,
      }),
      201,
    )
    expect(referral).toMatchObject({ status: 'awaiting_choice', serviceActionId: step.id })
  })

  it('lets the young person ask their worker to choose; the worker then chooses', async () => {
    const own = expectOk<Referral>(await aino.get(`/api/v1/referrals/${referral.id}`))
    expect(own.permittedActions).toContain('referral.delegate_choice')
    const worker = expectOk<Referral>(await te.get(`/api/v1/referrals/${referral.id}`))
    expect(worker.permittedActions).not.toContain('referral.delegate_choice')
    // The worker cannot hand the choice to themself: for them the route does not exist.
    expectProblem(await te.post(`/api/v1/referrals/${referral.id}/ask-worker`), 404)
    const asked = expectOk<Referral>(await aino.post(`/api/v1/referrals/${referral.id}/ask-worker`))
    expect(asked.status).toBe('awaiting_choice')
    expect(asked.choiceDelegatedAt).not.toBeNull()
    // Asking twice records it once.
    expectOk(await aino.post(`/api/v1/referrals/${referral.id}/ask-worker`))
    const events = await queryRows<{ kind: string }>(
      t.db,
      sql`select kind from timeline_event where record_id = ${referral.id}::uuid and kind = 'referral_choice_delegated'`,
    )
    expect(events).toHaveLength(1)
    // The worker's notices show it.
    const notices = expectOk<{ items: { kind: string }[] }>(await te.get('/api/v1/notices'))
    expect(notices.items.map((n) => n.kind)).toContain('referral_choice_delegated')
    const seen = expectOk<Referral>(await te.get(`/api/v1/referrals/${referral.id}`))
    expect(seen.choiceDelegatedAt).toBe(asked.choiceDelegatedAt)
    const chosen = expectOk<Referral>(
      await te.post(`/api/v1/referrals/${referral.id}/choice`, {
        contractId: seen.choices[0]!.contractId,
      }),
    )
    expect(chosen.status).toBe('sent')
    // Once chosen, there is nothing left to hand over.
    expectProblem(await aino.post(`/api/v1/referrals/${referral.id}/ask-worker`), 409)
  })
})

describe('the coordinator’s providers', () => {
  it('pages the providers by name', async () => {
    const first = expectOk<{ items: Provider[]; hasMore: boolean; next: string | null }>(
      await coordinator.get('/api/v1/providers?limit=2'),
    )
    expect(first.items).toHaveLength(2)
    expect(first.hasMore).toBe(true)
    const rest = expectOk<{ items: Provider[]; hasMore: boolean }>(
      await coordinator.get(`/api/v1/providers?limit=2&after=${first.next!}`),
    )
    expect(rest.items.length).toBeGreaterThan(0)
    const codes = [...first.items, ...rest.items].map((p) => p.code)
    expect(new Set(codes).size).toBe(codes.length)
    expect(codes).toContain('provider-osaamo')
    expectProblem(await coordinator.get('/api/v1/providers?after=bm90LWEtY3Vyc29y'), 400)
  })

  it('changes a provider by its version, validating the business ID', async () => {
    const all = expectOk<{ items: Provider[] }>(await coordinator.get('/api/v1/providers')).items
    const p = all.find((x) => x.code === 'provider-osaamo')!
    const change = {
      version: p.version,
      name: { ...p.name, en: 'Osaamo Learning Ltd' },
      businessId: p.businessId,
      description: text('Kuvaus'),
    }
    const url = `/api/v1/providers/${p.organisationId}`
    const bad = expectProblem(
      await coordinator.put(url, { ...change, businessId: '1234567-8' }),
      400,
    )
    expect(bad.fields?.[0]?.field).toBe('body.businessId')
    const taken = all.find((x) => x.code !== p.code)!.businessId
    expectProblem(await coordinator.put(url, { ...change, businessId: taken }), 409)
    expectProblem(await te.put(url, change), 403)
    const saved = expectOk<Provider>(await coordinator.put(url, change))
    expect(saved).toMatchObject({ version: p.version + 1, name: { en: 'Osaamo Learning Ltd' } })
    expect(expectProblem(await coordinator.put(url, change), 409).code).toBe('changed_meanwhile')
  })

  it('renames a framework arrangement', async () => {
    const url = `/api/v1/framework-arrangements/${frameworkId}`
    const renamed = expectOk<{ name: { en: string } }>(
      await coordinator.put(url, { name: text('Puite') }),
    )
    expect(renamed.name.en).toBe('Puite')
    expectProblem(await te.put(url, { name: text('X') }), 403)
    expectProblem(
      await coordinator.put('/api/v1/framework-arrangements/00000000-0000-4000-8000-000000000000', {
        name: text('X'),
      }),
      404,
    )
  })
})
