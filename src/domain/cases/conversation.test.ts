import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { DEMO_PASSWORD, loadDemoData } from '../../demo/demo-data'
import { latestMail } from '../../platform/mail/outbox'
import { testApp, type Agent, type TestApp } from '../../platform/testing/app'
import { expectOk, expectProblem } from '../../platform/testing/expect'

let t: TestApp
let te: Agent
let kela: Agent
let aino: Agent
let ainoId: string

beforeAll(async () => {
  t = await testApp()
  await loadDemoData(t.db, t.clock())
  te = await t.signIn('te1', DEMO_PASSWORD)
  kela = await t.signIn('kela1', DEMO_PASSWORD)
  aino = await t.signIn('aino', DEMO_PASSWORD)
  ainoId = expectOk<{ user: { customerId: string } }>(await aino.get('/api/v1/me')).user.customerId
})
afterAll(() => t.close())

describe('the common channel', () => {
  it('carries messages between the young person and the team, and notifies by mail', async () => {
    expectOk(await te.post(`/api/v1/customers/${ainoId}/messages`, { body: 'Tervetuloa!' }), 201)
    const thread = expectOk<{ items: { body: string; fromCustomer: boolean }[] }>(
      await aino.get(`/api/v1/customers/${ainoId}/messages`),
    )
    expect(thread.items.map((m) => [m.body, m.fromCustomer])).toEqual([['Tervetuloa!', false]])
    const mail = await latestMail(t.db)
    expect(mail.map((m) => m.recipient)).toContain('aino@example.invalid')
    expect(JSON.stringify(mail)).not.toContain('Tervetuloa')
    t.clock.advanceMinutes(1)
    expectOk(await aino.post(`/api/v1/customers/${ainoId}/messages`, { body: 'Kiitos' }), 201)
    const forKela = expectOk<{ items: { body: string }[] }>(
      await kela.get(`/api/v1/customers/${ainoId}/messages`),
    )
    expect(forKela.items.map((m) => m.body)).toEqual(['Tervetuloa!', 'Kiitos'])
  })

  it('keeps the team thread backstage', async () => {
    expectOk(
      await te.post(`/api/v1/customers/${ainoId}/case/team-messages`, {
        body: 'Sovitaan palaveri',
      }),
      201,
    )
    expectProblem(await aino.get(`/api/v1/customers/${ainoId}/case/team-messages`), 404)
    expectProblem(
      await aino.post(`/api/v1/customers/${ainoId}/case/team-messages`, { body: 'x' }),
      404,
    )
    const forKela = expectOk<{ items: unknown[] }>(
      await kela.get(`/api/v1/customers/${ainoId}/case/team-messages`),
    )
    expect(forKela.items).toHaveLength(1)
  })

  it("shows notes only to organisations whose consent or statute covers the note's category", async () => {
    expectOk(
      await te.post(`/api/v1/customers/${ainoId}/case/notes`, {
        dataCategory: 'health',
        body: 'Terveysasia',
      }),
      201,
    )
    t.clock.advanceMinutes(1)
    expectOk(
      await te.post(`/api/v1/customers/${ainoId}/case/notes`, {
        dataCategory: 'benefits',
        body: 'Etuusasia',
      }),
      201,
    )
    const forKela = expectOk<{ items: { body: string }[] }>(
      await kela.get(`/api/v1/customers/${ainoId}/case/notes`),
    )
    expect(forKela.items.map((n) => n.body)).toEqual(['Etuusasia'])
    const forTe = expectOk<{ items: { body: string }[] }>(
      await te.get(`/api/v1/customers/${ainoId}/case/notes`),
    )
    expect(forTe.items.map((n) => n.body)).toEqual(['Terveysasia', 'Etuusasia'])
    // Kela holds no health consent from Aino, so it cannot write a health note either.
    expectProblem(
      await kela.post(`/api/v1/customers/${ainoId}/case/notes`, {
        dataCategory: 'health',
        body: 'x',
      }),
      403,
    )
    const timeline = expectOk<{ items: { kind: string; dataCategory: string }[] }>(
      await kela.get(`/api/v1/customers/${ainoId}/case/timeline?pageSize=100`),
    )
    expect(timeline.items.map((e) => e.kind)).toContain('enrolled')
    expect(timeline.items.some((e) => e.dataCategory === 'health')).toBe(false)
  })

  it('pages the thread back from the newest and the timeline from the newest, by position', async () => {
    for (const body of ['Yksi', 'Kaksi', 'Kolme']) {
      t.clock.advanceMinutes(1)
      expectOk(await te.post(`/api/v1/customers/${ainoId}/case/team-messages`, { body }), 201)
    }
    type Page<T> = { items: T[]; hasMore: boolean; next: string | null }
    const latest = expectOk<Page<{ body: string }>>(
      await te.get(`/api/v1/customers/${ainoId}/case/team-messages?limit=2`),
    )
    expect(latest.items.map((m) => m.body)).toEqual(['Kaksi', 'Kolme'])
    expect(latest.hasMore).toBe(true)
    const earlier = expectOk<Page<{ body: string }>>(
      await te.get(`/api/v1/customers/${ainoId}/case/team-messages?limit=2&after=${latest.next}`),
    )
    expect(earlier.items.map((m) => m.body).at(-1)).toBe('Yksi')

    const whole = expectOk<Page<{ id: string; occurredAt: string }>>(
      await te.get(`/api/v1/customers/${ainoId}/case/timeline?limit=100`),
    )
    const seen: string[] = []
    let after = ''
    for (;;) {
      const page = expectOk<Page<{ id: string }>>(
        await te.get(`/api/v1/customers/${ainoId}/case/timeline?limit=3${after}`),
      )
      seen.push(...page.items.map((e) => e.id))
      if (!page.next) break
      after = `&after=${page.next}`
    }
    expect(seen).toEqual(whole.items.map((e) => e.id))
    const times = whole.items.map((e) => e.occurredAt)
    expect(times).toEqual([...times].sort().reverse())
    expectProblem(await te.get(`/api/v1/customers/${ainoId}/case/timeline?after=abc`), 400)
  })

  it('ends the joint customership with a reason; the case stays readable, read-only', async () => {
    const theCase = expectOk<{ jointCustomership: { version: number; enrolledOn: string } }>(
      await te.get(`/api/v1/customers/${ainoId}/case`),
    )
    const { version } = theCase.jointCustomership
    expectProblem(
      await te.post(`/api/v1/customers/${ainoId}/case/end`, {
        reason: 'education',
        endedOn: '2099-01-01',
        version,
      }),
      400,
    )
    expectProblem(
      await te.post(`/api/v1/customers/${ainoId}/case/end`, {
        reason: 'education',
        endedOn: '2026-03-02',
        version: version + 5,
      }),
      409,
    )
    const ended = expectOk<{ cancelledSteps: number }>(
      await te.post(`/api/v1/customers/${ainoId}/case/end`, {
        reason: 'education',
        endedOn: '2026-03-02',
        version,
      }),
    )
    expect(ended.cancelledSteps).toBeGreaterThan(0)
    const after = expectOk<{
      jointCustomership: { endedOn: string; endReason: string }
      permittedActions: string[]
    }>(await te.get(`/api/v1/customers/${ainoId}/case`))
    expect(after.jointCustomership).toMatchObject({ endedOn: '2026-03-02', endReason: 'education' })
    expect(after.permittedActions).toEqual(['case.read'])
    expectProblem(await te.post(`/api/v1/customers/${ainoId}/messages`, { body: 'x' }), 409)
  })
})

describe('lead times', () => {
  it('reports the delays the cases recorded', async () => {
    const coordinator = await t.signIn('coordinator1', DEMO_PASSWORD)
    const figures = expectOk<{
      enrolments: number
      medianDaysToFirstAction: number | null
      perOrganisation: unknown[]
    }>(await coordinator.get('/api/v1/lead-times?from=2026-01-01&to=2026-12-31'))
    expect(figures.enrolments).toBe(2)
    expect(figures.medianDaysToFirstAction).not.toBeNull()
    expect(figures.perOrganisation.length).toBeGreaterThan(0)
    expectProblem(await aino.get('/api/v1/lead-times?from=2026-01-01&to=2026-12-31'), 403)
  })
})
