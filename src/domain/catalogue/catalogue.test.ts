import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { DEMO_PASSWORD, loadDemoData } from '../../demo/demo-data'
import { testApp, type Agent, type TestApp } from '../../platform/testing/app'
import { expectOk, expectProblem } from '../../platform/testing/expect'

interface Card {
  id: string
  status: string
  name: { fi: string; sv: string; en: string }
}

let t: TestApp
let coordinator: Agent
let teId: string

beforeAll(async () => {
  t = await testApp()
  await loadDemoData(t.db, t.clock())
  coordinator = await t.signIn('coordinator1', DEMO_PASSWORD)
  const orgs = expectOk<{ items: { id: string; code: string }[] }>(
    await coordinator.get('/api/v1/organisations'),
  )
  teId = orgs.items.find((o) => o.code === 'te-office')!.id
})
afterAll(() => t.close())

describe('event-card drafts', () => {
  it('are saved in Finnish alone; publishing asks for Swedish and English too', async () => {
    const fiOnly = (fi: string) => ({ fi })
    const body = {
      code: 'finnish_first',
      name: fiOnly('Suomeksi ensin'),
      waysOfWorking: fiOnly('Käännökset myöhemmin.'),
      indicatorIds: [],
      steps: [
        {
          responsibleOrganisationId: teId,
          dueInDays: 3,
          instruction: fiOnly('Soita'),
          customerText: fiOnly('Sinulle soitetaan.'),
        },
      ],
    }
    const draft = expectOk<Card>(await coordinator.post('/api/v1/event-cards', body), 201)
    expect(draft).toMatchObject({ status: 'draft', name: { fi: 'Suomeksi ensin', sv: '', en: '' } })

    const refused = expectProblem(
      await coordinator.post(`/api/v1/event-cards/versions/${draft.id}/publish`),
      400,
    ) as { fields?: { field: string }[] }
    const fields = (refused.fields ?? []).map((f) => f.field)
    expect(fields).toEqual(
      expect.arrayContaining(['name.sv', 'name.en', 'steps.0.customerText.sv']),
    )
    expect(fields).not.toContain('name.fi')
    const still = expectOk<Card>(await coordinator.get(`/api/v1/event-cards/versions/${draft.id}`))
    expect(still.status).toBe('draft')

    const all = (s: string) => ({ fi: s, sv: s, en: s })
    expectOk(
      await coordinator.request({
        method: 'PUT',
        url: `/api/v1/event-cards/versions/${draft.id}`,
        body: {
          indicatorIds: [],
          name: all('Kolmella kielellä'),
          waysOfWorking: all('Valmis.'),
          steps: [{ ...body.steps[0], instruction: all('Soita'), customerText: all('Soitto.') }],
        },
      }),
    )
    const published = expectOk<Card>(
      await coordinator.post(`/api/v1/event-cards/versions/${draft.id}/publish`),
    )
    expect(published.status).toBe('published')
  })

  it('still need Finnish', async () => {
    expectProblem(
      await coordinator.post('/api/v1/event-cards', {
        code: 'no_finnish',
        name: { sv: 'Bara svenska' },
        waysOfWorking: { fi: 'x' },
        indicatorIds: [],
        steps: [],
      }),
      400,
    )
  })
})
