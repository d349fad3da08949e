import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { testApp, type Agent, type TestApp } from '../../platform/testing/app'
import { withAudit } from '../../platform/testing/audit'
import { expectOk, expectProblem } from '../../platform/testing/expect'
import { receiveFeedback } from './feedback'

interface Feedback {
  id: string
  message: string
  dueOn: string
  overdue: boolean
  answeredAt: string | null
  answer: string | null
}
interface Page {
  items: Feedback[]
  hasMore: boolean
  next: string | null
}

/** The coordinator answers the website's feedback within 14 days (Act 306/2019 § 15). */
describe("the coordinator's feedback screen", () => {
  let t: TestApp
  let coordinator: Agent
  let worker: Agent
  const ids: string[] = []

  beforeAll(async () => {
    t = await testApp()
    const org = await t.fixtures.organisation().save()
    coordinator = await t.signIn(await t.fixtures.coordinator(org).save())
    worker = await t.signIn(await t.fixtures.worker(org).save())
    for (const n of [1, 2, 3]) {
      const at = new Date(t.clock().getTime() - (20 - n) * 86_400_000)
      const input = { message: `Palaute ${n}`, page: '/palaute', contact: '', lang: 'fi' as const }
      ids.push((await receiveFeedback(t.db, input, at)).id)
    }
    ids.push(
      (
        await receiveFeedback(
          t.db,
          { message: 'Uusi', page: '', contact: '', lang: 'sv' },
          t.clock(),
        )
      ).id,
    )
  })
  afterAll(() => t?.close())

  it('lists newest first in keyset pages, with due dates and the overdue ones flagged', async () => {
    const first = expectOk<Page>(await coordinator.get('/api/v1/site/feedback?limit=2'))
    expect(first.items.map((f) => f.message)).toEqual(['Uusi', 'Palaute 3'])
    expect(first.items.map((f) => f.overdue)).toEqual([false, true])
    expect(first.hasMore).toBe(true)
    const second = expectOk<Page>(
      await coordinator.get(`/api/v1/site/feedback?limit=2&after=${first.next}`),
    )
    expect(second.items.map((f) => f.message)).toEqual(['Palaute 2', 'Palaute 1'])
    expect(second.hasMore).toBe(false)
    expectProblem(await coordinator.get('/api/v1/site/feedback?after=forged'), 400)
  })

  it("is the coordinator's only", async () => {
    expectProblem(await worker.get('/api/v1/site/feedback'), 403)
    expectProblem(await worker.get(`/api/v1/site/feedback/${ids[0]}`), 403)
    expectProblem(
      await worker.post(`/api/v1/site/feedback/${ids[0]}/answered`, { answer: 'x' }),
      403,
    )
    expectProblem(await t.anonymous.get(`/api/v1/site/feedback/${ids[0]}`), 401)
  })

  it('records the answer, audited, and the item is no longer open or overdue', async () => {
    const one = expectOk<Feedback>(await coordinator.get(`/api/v1/site/feedback/${ids[0]}`))
    expect(one).toMatchObject({ message: 'Palaute 1', overdue: true, answer: null })
    expectProblem(
      await coordinator.post(`/api/v1/site/feedback/${ids[0]}/answered`, { answer: '  ' }),
      400,
    )
    const [res, events] = await withAudit(t.db, () =>
      coordinator.post(`/api/v1/site/feedback/${ids[0]}/answered`, {
        answer: 'Vastattu sähköpostilla.',
      }),
    )
    const answered = expectOk<Feedback>(res)
    expect(answered).toMatchObject({ answer: 'Vastattu sähköpostilla.', overdue: false })
    expect(answered.answeredAt).not.toBeNull()
    expect(events.map((e) => e.action)).toContain('site_feedback.answer')
    const open = expectOk<Page>(await coordinator.get('/api/v1/site/feedback?open=true'))
    expect(open.items.map((f) => f.id)).not.toContain(ids[0])
    expect(open.items).toHaveLength(3)
    expectProblem(
      await coordinator.get('/api/v1/site/feedback/00000000-0000-4000-8000-000000000000'),
      404,
    )
  })
})
