import { eq } from 'drizzle-orm'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { DEMO_PASSWORD, loadDemoData } from '../../demo/demo-data'
import { userAccount } from '../../platform/auth/schema'
import { testApp, type TestApp } from '../../platform/testing/app'
import { expectOk, expectProblem } from '../../platform/testing/expect'
import { organisation } from '../organisations/schema'
import { customer } from '../customers/schema'

/**
 * Key journey 5 through the API, on the demo network: Aino's imported profile is seen by the TE
 * office (its statute covers competence), not by Kela (her consent to Kela does not name it), and
 * by Pudasjärvi from the moment she consents to job search support with competence until she
 * withdraws it.
 */
let t: TestApp
let ainoId: string
let pudasjarviId: string

beforeAll(async () => {
  t = await testApp()
  await loadDemoData(t.db, t.clock())
  const [aino] = await t.db
    .select({ id: customer.id })
    .from(customer)
    .innerJoin(userAccount, eq(userAccount.id, customer.userAccountId))
    .where(eq(userAccount.username, 'aino'))
  ainoId = aino!.id
  const [org] = await t.db
    .select({ id: organisation.id })
    .from(organisation)
    .where(eq(organisation.code, 'pudasjarvi'))
  pudasjarviId = org!.id
})
afterAll(() => t?.close())

describe('sharing the competence profile with the network', () => {
  it('follows the data category competence, consent by consent', async () => {
    const url = `/api/v1/customers/${ainoId}/competence`
    const aino = await t.signIn('aino', DEMO_PASSWORD)
    const own = expectOk<{ version: number; content: { skills: unknown[] } }>(await aino.get(url))
    expect(own.version).toBe(1)
    expect(own.content.skills.length).toBeGreaterThan(0)

    const te = await t.signIn('te1', DEMO_PASSWORD)
    expect(expectOk<{ version: number }>(await te.get(url)).version).toBe(1)
    expectProblem(await (await t.signIn('kela1', DEMO_PASSWORD)).get(url), 404)
    const pudasjarvi = await t.signIn('pudasjarvi1', DEMO_PASSWORD)
    expectProblem(await pudasjarvi.get(url), 404)

    const consent = expectOk<{ id: string; version: number }>(
      await aino.post(`/api/v1/customers/${ainoId}/consents`, {
        recipientOrganisationId: pudasjarviId,
        purpose: 'job_search_support',
        dataCategories: ['competence'],
      }),
      201,
    )
    expect(expectOk<{ version: number }>(await pudasjarvi.get(url)).version).toBe(1)
    expectOk(
      await aino.post(`/api/v1/customers/${ainoId}/consents/${consent.id}/withdraw`, {
        version: consent.version,
      }),
    )
    expectProblem(await pudasjarvi.get(url), 404)
  })
})
