import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { DEMO_PASSWORD, loadDemoData } from '../../demo/demo-data'
import { testApp, type TestApp } from '../../platform/testing/app'
import { expectOk, expectProblem } from '../../platform/testing/expect'

interface Network {
  organisations: { code: string; workerCount: number }[]
  programmes: { municipalityIds: string[]; partnerIds: string[] }[]
}

describe("the coordinator's view of the network", () => {
  let t: TestApp
  beforeAll(async () => {
    t = await testApp()
    await loadDemoData(t.db, t.clock())
  })
  afterAll(() => t?.close())

  it("reproduces the original document's network with its worker counts", async () => {
    const coordinator = await t.signIn('coordinator1', DEMO_PASSWORD)
    const network = expectOk<Network>(await coordinator.get('/api/v1/network'))
    const counts = Object.fromEntries(network.organisations.map((o) => [o.code, o.workerCount]))
    expect(counts).toEqual({
      'te-office': 11,
      kela: 5,
      oulu: 8,
      pudasjarvi: 5,
      raahe: 5,
      // Two coordinators, as in the original document, and the public website's content editor.
      'ely-centre': 3,
      // The providers of the purchased services, one provider user each.
      'provider-polku': 1,
      'provider-tyosilta': 1,
      'provider-osaamo': 1,
    })
    expect(network.programmes[0]!.municipalityIds).toHaveLength(3)
    expect(network.programmes[0]!.partnerIds).toHaveLength(5)
    expectProblem(await (await t.signIn('kela1', DEMO_PASSWORD)).get('/api/v1/network'), 403)
  })

  it('lets workers read the programmes they enrol into', async () => {
    const worker = await t.signIn('te1', DEMO_PASSWORD)
    const programmes = expectOk<{ items: { municipalities: { code: string }[] }[] }>(
      await worker.get('/api/v1/programmes'),
    )
    expect(programmes.items[0]!.municipalities.map((m) => m.code).sort()).toEqual([
      '564',
      '615',
      '678',
    ])
  })
})
