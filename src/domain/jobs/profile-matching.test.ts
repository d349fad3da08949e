import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { testApp, type Agent, type TestApp } from '../../platform/testing/app'
import { expectOk } from '../../platform/testing/expect'
import { importFeed } from './feed'
import { feedPosting, skill } from './fixtures'
import { jobPosting } from './schema'

interface Matches {
  items: { job: { id: string; title: string }; reasons: { code: string }[] }[]
}
interface MatchingCustomers {
  items: { customerId: string; reasons: { code: string }[] }[]
}

/** Polls until the background rematch has written what `check` waits for. */
async function until(check: () => Promise<boolean>, ms = 15_000): Promise<void> {
  const end = Date.now() + ms
  while (Date.now() < end) {
    if (await check()) return
    await new Promise((r) => setTimeout(r, 100))
  }
  throw new Error('timed out')
}

describe('matching reads the saved competence profile', () => {
  let t: TestApp
  let young: Agent
  let youngId: string
  let seer: Agent
  let blind: Agent
  let cookId: string
  let warehouseId: string

  beforeAll(async () => {
    t = await testApp({ background: true })
    const report = await importFeed(
      t.db,
      {
        source: 'tmt',
        postings: [
          feedPosting('cook', {
            requiredSkills: [
              { uri: skill('food-preparation') },
              { uri: skill('customer-service') },
              { uri: skill('hygiene-passport') },
            ],
            optionalSkills: [],
            languageRequirements: [],
          }),
          feedPosting('warehouse', {
            title: 'Varastotyöntekijä',
            requiredSkills: [{ uri: skill('order-picking') }, { uri: skill('operate-forklift') }],
            optionalSkills: [],
            languageRequirements: [],
          }),
        ],
      },
      t.clock(),
    )
    expect(report.rejected).toEqual([])
    const ids = new Map(
      (
        await t.db.select({ id: jobPosting.id, sourceId: jobPosting.sourceId }).from(jobPosting)
      ).map((r) => [r.sourceId, r.id]),
    )
    cookId = ids.get('cook')!
    warehouseId = ids.get('warehouse')!
    const withCompetence = await t.fixtures.organisation().save()
    const without = await t.fixtures.organisation().save()
    const person = await t.fixtures
      .customer()
      .withConsent(withCompetence, ['identity_and_contact', 'employment_and_plan', 'competence'])
      .withConsent(without, ['identity_and_contact', 'employment_and_plan'])
      .save()
    youngId = person.id
    young = await t.signIn(person)
    seer = await t.signIn(await t.fixtures.worker(withCompetence).save())
    blind = await t.signIn(await t.fixtures.worker(without).save())
  })
  afterAll(() => t?.close())

  const myMatches = async () =>
    expectOk<Matches>(await young.get(`/api/v1/customers/${youngId}/job-matches`)).items
  const save = async (baseVersion: number, skills: string[]) =>
    expectOk(
      await young.request({
        method: 'PUT',
        url: `/api/v1/customers/${youngId}/competence`,
        body: { baseVersion, content: { skills: skills.map((s) => ({ conceptUri: skill(s) })) } },
      }),
    )

  it('matches after a save, shows the reason, and follows a changed profile', async () => {
    expect(await myMatches()).toEqual([])
    await save(0, ['food-preparation', 'customer-service'])
    await until(async () => (await myMatches()).length > 0)
    const [first, ...rest] = await myMatches()
    expect(rest).toEqual([])
    expect(first!.job.id).toBe(cookId)
    expect(first!.reasons[0]).toEqual({ code: 'required_skills', have: 2, of: 3 })

    // For the job, a worker who may see competence finds the young person; one who may not does not.
    const url = `/api/v1/jobs/${cookId}/matching-customers`
    const seen = expectOk<MatchingCustomers>(await seer.get(url)).items
    expect(seen.map((i) => i.customerId)).toEqual([youngId])
    expect(seen[0]!.reasons[0]).toEqual({ code: 'required_skills', have: 2, of: 3 })
    expect(expectOk<MatchingCustomers>(await blind.get(url)).items).toEqual([])

    // A changed profile changes the matches.
    await save(1, ['order-picking'])
    await until(async () => (await myMatches()).map((m) => m.job.id).join() === warehouseId)
    expect((await myMatches())[0]!.reasons[0]).toEqual({ code: 'required_skills', have: 1, of: 2 })
    expect(expectOk<MatchingCustomers>(await seer.get(url)).items).toEqual([])
    const forWarehouse = `/api/v1/jobs/${warehouseId}/matching-customers`
    expect(expectOk<MatchingCustomers>(await blind.get(forWarehouse)).items).toEqual([])
  })
})
