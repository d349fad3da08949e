import { eq, sql } from 'drizzle-orm'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { DEMO_PASSWORD, loadDemoData } from '../../demo/demo-data'
import { queryRows } from '../../platform/db/database'
import { mailOutbox } from '../../platform/mail/schema'
import { mailTemplates } from '../../platform/mail/templates'
import { testApp, type Agent, type TestApp } from '../../platform/testing/app'
import { expectOk, expectProblem } from '../../platform/testing/expect'
import { runSurveyReminders } from './reminders'
import { surveyAnswer, surveyInvitation } from './schema'

let t: TestApp
let te: Agent

const answer = {
  scores: { overall: 5, seamless: 4, contacts: null, helped: 3 },
  freeText: 'Hyvä palvelu',
}

const customerIdOf = async (username: string) => {
  const agent = await t.signIn(username, DEMO_PASSWORD)
  const me = expectOk<{ user: { customerId: string } }>(await agent.get('/api/v1/me'))
  return { agent, id: me.user.customerId }
}

async function endCase(customerId: string, reason = 'employed_open_market') {
  const theCase = expectOk<{ jointCustomership: { version: number } }>(
    await te.get(`/api/v1/customers/${customerId}/case`),
  )
  expectOk(
    await te.post(`/api/v1/customers/${customerId}/case/end`, {
      reason,
      endedOn: t.clock().toISOString().slice(0, 10),
      version: theCase.jointCustomership.version,
    }),
  )
}

/** A demo person without a case gets one: the TE office enrols them, they confirm it. */
async function enrol(username: string) {
  const person = await customerIdOf(username)
  const coordinator = await t.signIn('coordinator1', DEMO_PASSWORD)
  const network = expectOk<{ programmes: { id: string }[] }>(
    await coordinator.get('/api/v1/network'),
  )
  const details = expectOk<{
    identityCode: string
    firstName: string
    lastName: string
    municipality: { id: string }
  }>(await person.agent.get(`/api/v1/customers/${person.id}`))
  expectOk(
    await te.post('/api/v1/enrolments', {
      identityCode: details.identityCode,
      firstName: details.firstName,
      lastName: details.lastName,
      programmeId: network.programmes[0]!.id,
      municipalityId: details.municipality.id,
      qualification: 'vocational',
    }),
    201,
  )
  const [pending] = expectOk<{ items: { id: string }[] }>(
    await person.agent.get(`/api/v1/customers/${person.id}/enrolment-confirmations`),
  ).items
  if (pending) {
    expectOk(
      await person.agent.post(
        `/api/v1/customers/${person.id}/enrolment-confirmations/${pending.id}/answer`,
        { accept: true },
      ),
    )
  }
  return person
}

/** The token of the newest mail with one of the template's subjects (every language). */
async function tokenFromMail(template: 'surveyInvitation' | 'surveyReminder') {
  const subjects = Object.values(mailTemplates).map((m) => m[template].subject)
  const mails = await t.db.select().from(mailOutbox)
  const mail = mails.filter((m) => subjects.includes(m.subject)).at(-1)
  return mail ? /\/survey#([\w-]+)/.exec(mail.body)?.[1] : undefined
}

beforeAll(async () => {
  t = await testApp()
  await loadDemoData(t.db, t.clock())
  te = await t.signIn('te1', DEMO_PASSWORD)
})
afterAll(() => t?.close())

describe('the satisfaction survey', () => {
  it('is mailed when a case ends, answered once without signing in, and keeps no link to the person', async () => {
    const aino = await customerIdOf('aino')
    await endCase(aino.id)
    const token = await tokenFromMail('surveyInvitation')
    expect(token).toBeDefined()
    // Only a digest is stored.
    const stored = await t.db.select().from(surveyInvitation)
    expect(stored.map((r) => r.tokenHash)).not.toContain(token)
    // The own view shows it while it is pending.
    const pending = expectOk<{ items: { id: string }[] }>(
      await aino.agent.get(`/api/v1/customers/${aino.id}/surveys`),
    )
    expect(pending.items).toHaveLength(1)

    expect(expectOk(await t.anonymous.post('/api/v1/surveys/check', { token }))).toEqual({
      locale: 'fi',
    })
    expect(
      (await t.anonymous.post('/api/v1/surveys/answer', { token, ...answer })).statusCode,
    ).toBe(204)
    // The link is gone, and so is every row naming the person.
    expectProblem(await t.anonymous.post('/api/v1/surveys/check', { token }), 410)
    expectProblem(await t.anonymous.post('/api/v1/surveys/answer', { token, ...answer }), 410)
    expect(
      await t.db.select().from(surveyInvitation).where(eq(surveyInvitation.customerId, aino.id)),
    ).toEqual([])
    const [row] = await t.db.select().from(surveyAnswer)
    expect(row).toMatchObject({ endReason: 'employed_open_market', overall: 5, contacts: null })
    expect(row!.period).toMatch(/-01$/)
    expect(row!.createdAt.toISOString()).toBe(`${row!.period}T00:00:00.000Z`)
    const columns = await queryRows<{ column_name: string }>(
      t.db,
      sql`select column_name from information_schema.columns where table_name = 'survey_answer'`,
    )
    expect(
      columns.map((c) => c.column_name).filter((c) => /customer|person|user|token/.test(c)),
    ).toEqual([])
    expect(
      expectOk<{ items: unknown[] }>(await aino.agent.get(`/api/v1/customers/${aino.id}/surveys`))
        .items,
    ).toEqual([])
  })

  it('refuses an unknown or malformed token without telling them apart', async () => {
    expectProblem(await t.anonymous.post('/api/v1/surveys/check', { token: 'x'.repeat(43) }), 410)
    expectProblem(
      await t.anonymous.post('/api/v1/surveys/answer', { token: 'short', ...answer }),
      400,
    )
    expectProblem(
      await t.anonymous.post('/api/v1/surveys/answer', {
        token: 'x'.repeat(43),
        ...answer,
        scores: { ...answer.scores, overall: 6 },
      }),
      400,
    )
  })

  it('sends one reminder after the configured days, whose link works as well', async () => {
    const helmi = await enrol('helmi')
    await endCase(helmi.id, 'education')
    const first = await tokenFromMail('surveyInvitation')
    const settings = { linkBase: 'http://localhost', reminderDays: 7 }
    expect((await runSurveyReminders(t.db, t.clock(), settings)).reminded).toBe(0)
    t.clock.advanceMinutes(7 * 24 * 60 + 1)
    expect((await runSurveyReminders(t.db, t.clock(), settings)).reminded).toBe(1)
    expect((await runSurveyReminders(t.db, t.clock(), settings)).reminded).toBe(0)
    const second = await tokenFromMail('surveyReminder')
    expect(second).toBeDefined()
    expect(second).not.toBe(first)
    expectOk(await t.anonymous.post('/api/v1/surveys/check', { token: first }))
    expect(
      (await t.anonymous.post('/api/v1/surveys/answer', { token: second, ...answer })).statusCode,
    ).toBe(204)
    expectProblem(await t.anonymous.post('/api/v1/surveys/check', { token: first }), 410)
  })

  it('answers from the own view only for the person themself', async () => {
    te = await t.signIn('te1', DEMO_PASSWORD)
    const eetu = await customerIdOf('eetu')
    await endCase(eetu.id, 'other')
    const { items } = expectOk<{ items: { id: string }[] }>(
      await eetu.agent.get(`/api/v1/customers/${eetu.id}/surveys`),
    )
    expectProblem(await te.get(`/api/v1/customers/${eetu.id}/surveys`), 404)
    expect(
      (await eetu.agent.post(`/api/v1/customers/${eetu.id}/surveys/${items[0]!.id}/answer`, answer))
        .statusCode,
    ).toBe(204)
    expectProblem(
      await eetu.agent.post(`/api/v1/customers/${eetu.id}/surveys/${items[0]!.id}/answer`, answer),
      404,
    )
  })

  it('shows results to the coordinator with small groups suppressed and no free text', async () => {
    const coordinator = await t.signIn('coordinator1', DEMO_PASSWORD)
    const month = (await t.db.select().from(surveyAnswer))[0]!.period.slice(0, 7)
    const results = expectOk<{
      rows: {
        total: { suppressed: boolean }
        freeTexts: string[] | null
        means: Record<string, unknown>
      }[]
      grandTotal: { suppressed: boolean }
    }>(await coordinator.get(`/api/v1/survey-results?month=${month}`))
    expect(results.rows.length).toBeGreaterThan(0)
    // Three answers in all: every count is small, so every figure and text is hidden.
    expect(results.grandTotal.suppressed).toBe(true)
    expect(results.rows.every((r) => r.total.suppressed && r.freeTexts === null)).toBe(true)
    expectProblem(await te.get(`/api/v1/survey-results?month=${month}`), 403)
  })
})
