import { desc } from 'drizzle-orm'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { mailOutbox } from '../../platform/mail/schema'
import { classificationConcept } from '../classification/schema'
import { testApp, type TestApp } from '../../platform/testing/app'
import { expectOk, expectProblem } from '../../platform/testing/expect'
import { feedPosting, occupation } from './fixtures'
import { rematchProfile } from './matching'
import { unansweredSuggestionsOf } from './suggestions'

describe('jobs over HTTP', () => {
  let t: TestApp
  beforeAll(async () => {
    t = await testApp()
  })
  afterAll(() => t?.close())

  const submission = () => {
    const { id, ...posting } = feedPosting('x', { title: 'Varastotyöntekijä' })
    expect(id).toBe('x')
    return { posting, contactEmail: 'rekry@example.fi', locale: 'fi' }
  }

  async function lastLinkToken(): Promise<string> {
    const [mail] = await t.db.select().from(mailOutbox).orderBy(desc(mailOutbox.createdAt)).limit(1)
    return /#([A-Za-z0-9_-]{43})/.exec(mail!.body)![1]!
  }

  it('takes an employer posting without an account; a coordinator publishes it; it is open', async () => {
    const created = expectOk<{ id: string; state: string }>(
      await t.anonymous.post('/api/v1/job-submissions', submission()),
      201,
    )
    expect(created.state).toBe('pending_moderation')
    const open = () => t.anonymous.get('/api/v1/jobs')
    expect(expectOk<{ items: unknown[] }>(await open()).items).toEqual([])
    expectProblem(await t.anonymous.get(`/api/v1/jobs/${created.id}`), 404)

    const org = await t.fixtures.organisation('coordinator').save()
    const coordinator = await t.signIn(await t.fixtures.coordinator(org).save())
    const queue = expectOk<{ items: { id: string }[] }>(
      await coordinator.get('/api/v1/job-moderation'),
    )
    expect(queue.items.map((i) => i.id)).toEqual([created.id])
    expectOk(await coordinator.post(`/api/v1/job-moderation/${created.id}/publish`))
    expectProblem(await coordinator.post(`/api/v1/job-moderation/${created.id}/publish`), 409)
    const items = expectOk<{ items: { id: string; title: string }[] }>(await open()).items
    expect(items.map((i) => i.title)).toEqual(['Varastotyöntekijä'])
    // Names for the page's language: the municipality's and the classification's labels.
    await t.db
      .insert(classificationConcept)
      .values({
        uri: occupation('cook'),
        type: 'occupation',
        labelFi: 'kokki',
        labelSv: 'kock',
        labelEn: 'cook',
        searchText: 'kokki kock cook',
      })
      .onConflictDoNothing()
    const one = expectOk<{
      municipalityCode: string
      municipalityName: { fi: string } | null
      occupationLabel: { fi: string } | null
    }>(await t.anonymous.get(`/api/v1/jobs/${created.id}`))
    expect(one.municipalityCode).toBe('564')
    expect(one.occupationLabel?.fi).toBe('kokki')
    // No municipality 564 here: the page falls back to the code.
    expect(one.municipalityName).toBeNull()

    // The employer's link (in the mail, hashed at rest) shows and closes the posting.
    const token = await lastLinkToken()
    const own = expectOk<{ state: string }>(
      await t.anonymous.post('/api/v1/job-submissions/view', { token }),
    )
    expect(own.state).toBe('published')
    expect((await t.anonymous.post('/api/v1/job-submissions/close', { token })).statusCode).toBe(
      204,
    )
    expect(expectOk<{ items: unknown[] }>(await open()).items).toEqual([])
    expectProblem(await t.anonymous.post('/api/v1/job-submissions/view', { token }), 404)
  })

  it('refuses a bad business ID with its field, and a worker cannot moderate', async () => {
    const bad = submission()
    bad.posting.employer = { name: 'X Oy', businessId: '1234567-8' }
    const res = await t.anonymous.post('/api/v1/job-submissions', bad)
    expectProblem(res, 400)
    expect(JSON.stringify(res.json())).toContain('invalid_business_id')
    const org = await t.fixtures.organisation().save()
    const worker = await t.signIn(await t.fixtures.worker(org).save())
    expectProblem(await worker.get('/api/v1/job-moderation'), 403)
  })

  it('shows matching customers only to an organisation that may see competence', async () => {
    const coordinatorOrg = await t.fixtures.organisation('coordinator').save()
    const coordinator = await t.signIn(await t.fixtures.coordinator(coordinatorOrg).save())
    const { id } = expectOk<{ id: string }>(
      await t.anonymous.post('/api/v1/job-submissions', {
        ...submission(),
        contactEmail: 'other@example.fi',
      }),
      201,
    )
    expectOk(await coordinator.post(`/api/v1/job-moderation/${id}/publish`))

    const withCompetence = await t.fixtures.organisation().save()
    const without = await t.fixtures.organisation().save()
    const young = await t.fixtures
      .customer()
      .withConsent(withCompetence, ['identity_and_contact', 'employment_and_plan', 'competence'])
      .withConsent(without, ['identity_and_contact', 'employment_and_plan'])
      .save()
    await rematchProfile(
      t.db,
      young.id,
      {
        skillUris: ['https://saumaton.fi/classification/skill/cooking'],
        transversalSkillUris: [],
        occupationUris: [],
        municipalityCodes: ['564'],
        languages: [],
        certificateUris: [],
        qualifications: [],
      },
      t.clock(),
    )
    const seer = await t.signIn(await t.fixtures.worker(withCompetence).save())
    const blind = await t.signIn(await t.fixtures.worker(without).save())
    const url = `/api/v1/jobs/${id}/matching-customers`
    const seen = expectOk<{ items: { customerId: string; reasons: unknown[] }[] }>(
      await seer.get(url),
    )
    expect(seen.items.map((i) => i.customerId)).toEqual([young.id])
    expect(expectOk<{ items: unknown[] }>(await blind.get(url)).items).toEqual([])
    expectProblem(await blind.get(`/api/v1/customers/${young.id}/job-matches`), 404)

    // The young person sees their stored matches with reasons.
    const me = await t.signIn(young)
    const mine = expectOk<{ items: { job: { id: string }; reasons: { code: string }[] }[] }>(
      await me.get(`/api/v1/customers/${young.id}/job-matches`),
    )
    expect(mine.items[0]!.job.id).toBe(id)
    expect(mine.items[0]!.reasons[0]).toEqual({ code: 'required_skills', have: 1, of: 4 })

    // A worker suggests the job; the young person marks it applied.
    expectProblem(
      await blind.post(`/api/v1/customers/${young.id}/job-suggestions`, { jobPostingId: id }),
      404,
    )
    const s = expectOk<{ id: string }>(
      await seer.post(`/api/v1/customers/${young.id}/job-suggestions`, { jobPostingId: id }),
      201,
    )
    expectProblem(
      await seer.post(`/api/v1/job-suggestions/${s.id}/response`, { response: 'applied' }),
      404,
    )
    // Until answered, the suggestion is a next step in the young person's plan.
    const ctx = { db: t.db, actor: young.actor, now: t.clock() } as Parameters<
      typeof unansweredSuggestionsOf
    >[0]
    expect((await unansweredSuggestionsOf(ctx, young.id)).map((x) => x.jobId)).toEqual([id])
    const blindCtx = { ...ctx, actor: (await t.fixtures.worker(without).save()).actor }
    expect(await unansweredSuggestionsOf(blindCtx, young.id)).toEqual([])
    t.clock.advanceMinutes(60 * 24 * 2)
    const later = await t.signIn(young)
    const answered = await later.post(`/api/v1/job-suggestions/${s.id}/response`, {
      response: 'applied',
    })
    expect(answered.statusCode).toBe(204)
    const list = expectOk<{
      items: { response: string; appliedAt: string; suggestedAt: string }[]
    }>(await later.get(`/api/v1/customers/${young.id}/job-suggestions`))
    expect(list.items[0]!.response).toBe('applied')
    const days =
      (Date.parse(list.items[0]!.appliedAt) - Date.parse(list.items[0]!.suggestedAt)) / 86_400_000
    expect(days).toBe(2)
    expect(await unansweredSuggestionsOf({ ...ctx, now: t.clock() }, young.id)).toEqual([])
  })
})
