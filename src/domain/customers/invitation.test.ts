import { eq } from 'drizzle-orm'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { DEMO_PASSWORD, loadDemoData } from '../../demo/demo-data'
import { syntheticIdentityCode } from '../../demo/identity-codes'
import { mailOutbox } from '../../platform/mail/schema'
import { testApp, type Agent, type TestApp } from '../../platform/testing/app'
import { expectOk, expectProblem } from '../../platform/testing/expect'

let t: TestApp
let te: Agent
let programmeId: string
let oulu: string

beforeAll(async () => {
  t = await testApp({ config: { PUBLIC_URL: 'https://saumaton.test' } })
  await loadDemoData(t.db, t.clock())
  te = await t.signIn('te2', DEMO_PASSWORD)
  const coordinator = await t.signIn('coordinator1', DEMO_PASSWORD)
  const network = expectOk<{
    programmes: { id: string }[]
    municipalities: { id: string; code: string }[]
  }>(await coordinator.get('/api/v1/network'))
  programmeId = network.programmes[0]!.id
  oulu = network.municipalities.find((m) => m.code === '564')!.id
})
afterAll(() => t?.close())

/** Enrols a new young person with an e-mail address; returns the invitation mail's token. */
async function enrolWithEmail(
  serial: number,
  email: string | null = `nuori${serial}@example.invalid`,
) {
  expectOk(
    await te.post('/api/v1/enrolments', {
      identityCode: syntheticIdentityCode('2002-02-02', serial, 1),
      programmeId,
      municipalityId: oulu,
      qualification: 'vocational',
      firstName: 'Kutsuttu',
      lastName: `Nuori${serial}`,
      email,
    }),
    201,
  )
  const [mail] = await t.db.select().from(mailOutbox).where(eq(mailOutbox.recipient, email!))
  return { mail: mail!, email: email!, token: /\/invitation#([\w-]+)/.exec(mail!.body)?.[1] }
}

const accept = (token: string, password = 'pitkä-ja-hyvä-salasana') =>
  t.anonymous.post('/api/v1/invitations/accept', { token, password, locale: 'en' })

describe('invitations where no strong identification is configured', () => {
  it('says that strong identification is not offered', async () => {
    expect(expectOk(await t.anonymous.get('/api/v1/session/methods'))).toEqual({
      strongIdentification: false,
    })
    expectProblem(await t.anonymous.post('/api/v1/session/identification', {}), 404)
  })

  it('mails a link on enrolment; the password set with it signs the young person in', async () => {
    const { mail, email, token } = await enrolWithEmail(41)
    expect(mail.recipient).toBe(email)
    expect(mail.body).toContain('https://saumaton.test/app/invitation#')
    // No personal content in the mail: neither the name nor the identity code.
    expect(mail.body).not.toContain('Kutsuttu')
    expect(token).toBeTruthy()
    const { invitation } = await import('./schema')
    const stored = await t.db.select().from(invitation)
    expect(stored.some((i) => i.tokenHash === token)).toBe(false)

    expect(
      expectOk(await t.anonymous.post('/api/v1/invitations/check', { token: token! })),
    ).toEqual({ username: email })
    expect(expectOk(await accept(token!), 201)).toEqual({ username: email })

    const person = await t.signIn(email, 'pitkä-ja-hyvä-salasana')
    const me = expectOk<{ user: { roles: string[]; customerId: string | null; locale: string } }>(
      await person.get('/api/v1/me'),
    )
    expect(me.user.roles).toEqual(['person'])
    expect(me.user.customerId).toBeTruthy()
    expect(me.user.locale).toBe('en')
    expectOk(await person.get(`/api/v1/customers/${me.user.customerId}/plan`))
  })

  it('works once: a used link is refused', async () => {
    const { token } = await enrolWithEmail(42)
    expectOk(await accept(token!), 201)
    expect(expectProblem(await accept(token!), 409).code).toBe('invitation_used')
    expect(
      expectProblem(await t.anonymous.post('/api/v1/invitations/check', { token: token! }), 409)
        .code,
    ).toBe('invitation_used')
  })

  it('expires after 7 days', async () => {
    const { token } = await enrolWithEmail(43)
    t.clock.advanceMinutes(7 * 24 * 60 + 1)
    // Sessions idled out with the clock: the worker signs in again.
    te = await t.signIn('te2', DEMO_PASSWORD)
    expect(expectProblem(await accept(token!), 410).code).toBe('invitation_expired')
  })

  it('refuses a wrong token, and a short password with the field named', async () => {
    expect(expectProblem(await accept('x'.repeat(43)), 404).code).toBe('invitation_not_found')
    const { token } = await enrolWithEmail(44)
    const short = expectProblem(await accept(token!, 'lyhyt'), 400)
    expect(short.fields).toEqual([
      expect.objectContaining({ field: 'body.password', code: 'too_short' }),
    ])
    // The refused attempt used nothing up.
    expectOk(await accept(token!), 201)
  })

  it('sends nothing to a young person without an e-mail address', async () => {
    const before = (await t.db.select().from(mailOutbox)).length
    expectOk(
      await te.post('/api/v1/enrolments', {
        identityCode: syntheticIdentityCode('2002-02-02', 45, 1),
        programmeId,
        municipalityId: oulu,
        qualification: 'vocational',
        firstName: 'Ilman',
        lastName: 'Osoitetta',
      }),
      201,
    )
    expect((await t.db.select().from(mailOutbox)).length).toBe(before)
  })
})
