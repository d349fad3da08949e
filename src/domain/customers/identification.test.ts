import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { DEMO_PASSWORD, loadDemoData } from '../../demo/demo-data'
import { syntheticIdentityCode } from '../../demo/identity-codes'
import { SESSION_COOKIE } from '../../platform/auth/routes'
import {
  startLocalOidcProvider,
  type LocalOidcProvider,
} from '../../platform/auth/local-oidc-provider'
import { Agent, testApp, type Response, type TestApp } from '../../platform/testing/app'
import { expectOk, expectProblem } from '../../platform/testing/expect'
import { identifyAt } from '../../platform/testing/identify'
import { OIDC_FLOW_COOKIE } from './sign-in-routes'

const REDIRECT = 'http://saumaton.test/signin/callback'
const newcomer = syntheticIdentityCode('2003-06-07', 71, 1)
const stranger = syntheticIdentityCode('2002-08-09', 72, 1)

let provider: LocalOidcProvider
let t: TestApp

beforeAll(async () => {
  provider = await startLocalOidcProvider({
    port: 0,
    redirectUrl: REDIRECT,
    persons: [
      { login: 'newcomer', identityCode: newcomer, givenName: 'Uusi', familyName: 'Tulokas' },
      { login: 'stranger', identityCode: stranger, givenName: 'Vieras', familyName: 'Henkilö' },
    ],
  })
  t = await testApp({
    config: {
      OIDC_ISSUER: provider.issuer,
      OIDC_CLIENT_ID: provider.clientId,
      OIDC_CLIENT_SECRET: provider.clientSecret,
      OIDC_REDIRECT_URL: REDIRECT,
    },
  })
  await loadDemoData(t.db, t.clock())
})
afterAll(async () => {
  await t?.close()
  await provider?.close()
})

const cookieOf = (res: Response, name: string) => res.cookies.find((c) => c.name === name)?.value

/** Starts a sign-in as a browser: the answer's address and the flow cookie it was given. */
async function start() {
  const res = await t.app.inject({
    method: 'POST',
    url: '/api/v1/session/identification',
    payload: { locale: 'sv' },
  })
  const { authorizationUrl } = expectOk<{ authorizationUrl: string }>(res)
  return { authorizationUrl, flow: cookieOf(res, OIDC_FLOW_COOKIE)! }
}

const callback = (flow: string | undefined, back: URL | Record<string, string>) =>
  t.app.inject({
    method: 'POST',
    url: '/api/v1/session/identification/callback',
    payload: back instanceof URL ? Object.fromEntries(back.searchParams) : back,
    ...(flow ? { cookies: { [OIDC_FLOW_COOKIE]: flow } } : {}),
  })

async function enrolNewcomer(): Promise<string> {
  const te = await t.signIn('te2', DEMO_PASSWORD)
  const coordinator = await t.signIn('coordinator1', DEMO_PASSWORD)
  const network = expectOk<{
    programmes: { id: string }[]
    municipalities: { id: string; code: string }[]
  }>(await coordinator.get('/api/v1/network'))
  const enrolled = expectOk<{ customerId: string }>(
    await te.post('/api/v1/enrolments', {
      identityCode: newcomer,
      programmeId: network.programmes[0]!.id,
      municipalityId: network.municipalities.find((m) => m.code === '564')!.id,
      qualification: 'vocational',
      firstName: 'Uusi',
      lastName: 'Tulokas',
      email: 'uusi.tulokas@example.invalid',
    }),
    201,
  )
  return enrolled.customerId
}

describe('strong identification over OIDC (a real local provider)', () => {
  it('says that strong identification is offered here', async () => {
    expect(expectOk(await t.anonymous.get('/api/v1/session/methods'))).toEqual({
      strongIdentification: true,
    })
  })

  it('asks for a code with PKCE, state and nonce, and puts no person in the address', async () => {
    const { authorizationUrl, flow } = await start()
    const url = new URL(authorizationUrl)
    expect(url.origin).toBe(provider.issuer)
    expect(url.searchParams.get('code_challenge_method')).toBe('S256')
    for (const p of ['code_challenge', 'state', 'nonce'])
      expect(url.searchParams.get(p)).toBeTruthy()
    expect(url.searchParams.get('redirect_uri')).toBe(REDIRECT)
    expect(flow).toBeTruthy()
  })

  it('signs a newly enrolled young person in; a consent request is answered online', async () => {
    const customerId = await enrolNewcomer()
    const te = await t.signIn('te2', DEMO_PASSWORD)
    const orgs = expectOk<{ items: { id: string; code: string }[] }>(
      await te.get('/api/v1/organisations'),
    )
    const kela = orgs.items.find((o) => o.code === 'kela')!.id
    expectOk(
      await te.post(`/api/v1/customers/${customerId}/consent-requests`, {
        organisationId: kela,
        dataCategories: ['identity_and_contact', 'benefits'],
      }),
      201,
    )

    const { authorizationUrl, flow } = await start()
    const back = await identifyAt(authorizationUrl, 'newcomer', REDIRECT)
    expect(back.searchParams.get('code')).toBeTruthy()
    const res = await callback(flow, back)
    expectOk(res)
    const session = cookieOf(res, SESSION_COOKIE)!
    const me = await t.app.inject({ url: '/api/v1/me', cookies: { [SESSION_COOKIE]: session } })
    const body = expectOk<{
      user: { id: string; customerId: string; roles: string[]; locale: string; displayName: string }
      csrfToken: string
    }>(me)
    expect(body.user.customerId).toBe(customerId)
    expect(body.user.roles).toEqual(['person'])
    expect(body.user.locale).toBe('sv')
    expect(body.user.displayName).toBe('Uusi Tulokas')

    const person = new Agent(t.app, session, body.csrfToken)
    const requests = expectOk<{
      items: { id: string; status: string; validForMonths: number; organisation: { id: string } }[]
    }>(await person.get(`/api/v1/customers/${customerId}/consent-requests`))
    const open = requests.items.find((r) => r.organisation.id === kela)!
    expect(open.status).toBe('requested')
    expectOk(
      await person.post(`/api/v1/customers/${customerId}/consent-requests/${open.id}/answer`, {
        accept: true,
      }),
    )
    const consents = expectOk<{
      items: { method: string; recipient: { id: string }; validUntil: string | null }[]
    }>(await person.get(`/api/v1/customers/${customerId}/consents`))
    const given = consents.items.find((c) => c.recipient.id === kela)!
    expect(given.method).toBe('online')
    expect(given.validUntil).not.toBeNull()

    // The second sign-in finds the same account: no second one is made.
    const again = await start()
    const res2 = await callback(
      again.flow,
      await identifyAt(again.authorizationUrl, 'newcomer', REDIRECT),
    )
    const me2 = await t.app.inject({
      url: '/api/v1/me',
      cookies: { [SESSION_COOKIE]: cookieOf(res2, SESSION_COOKIE)! },
    })
    expect(expectOk<{ user: { id: string } }>(me2).user.id).toBe(body.user.id)
  })

  it('refuses an answer with the wrong state, and uses the flow up', async () => {
    const { authorizationUrl, flow } = await start()
    const back = await identifyAt(authorizationUrl, 'newcomer', REDIRECT)
    back.searchParams.set('state', 'not-the-state-we-sent')
    expect(expectProblem(await callback(flow, back), 401).code).toBe('identification_failed')
    back.searchParams.set('state', new URL(authorizationUrl).searchParams.get('state')!)
    expect(expectProblem(await callback(flow, back), 401).code).toBe('identification_expired')
  })

  it('refuses an answer without the browser that started it, and a replayed code', async () => {
    const { authorizationUrl, flow } = await start()
    const back = await identifyAt(authorizationUrl, 'newcomer', REDIRECT)
    expect(expectProblem(await callback(undefined, back), 401).code).toBe('identification_expired')
    expectOk(await callback(flow, back))
    // The same answer again: its flow is used up.
    expect(expectProblem(await callback(flow, back), 401).code).toBe('identification_expired')
    // The used code in a fresh flow of its own: the provider refuses a code used once.
    const other = await start()
    const replay = Object.fromEntries(back.searchParams)
    replay.state = new URL(other.authorizationUrl).searchParams.get('state')!
    expect(expectProblem(await callback(other.flow, replay), 401).code).toBe(
      'identification_failed',
    )
  })

  it('refuses a flow that took too long', async () => {
    const { authorizationUrl, flow } = await start()
    const back = await identifyAt(authorizationUrl, 'newcomer', REDIRECT)
    t.clock.advanceMinutes(11)
    expect(expectProblem(await callback(flow, back), 401).code).toBe('identification_expired')
  })

  it('tells an identified person who is no customer so, and creates no account', async () => {
    const { count } = await import('drizzle-orm')
    const { userAccount } = await import('../../platform/auth/schema')
    const [before] = await t.db.select({ n: count() }).from(userAccount)
    const { authorizationUrl, flow } = await start()
    const res = await callback(flow, await identifyAt(authorizationUrl, 'stranger', REDIRECT))
    expect(expectProblem(res, 403).code).toBe('identity_not_a_customer')
    expect(cookieOf(res, SESSION_COOKIE)).toBeUndefined()
    const [after] = await t.db.select({ n: count() }).from(userAccount)
    expect(after!.n).toBe(before!.n)
  })

  it('says so when the person cancels at the provider', async () => {
    const { flow } = await start()
    const res = await callback(flow, { error: 'access_denied', state: 'x' })
    expect(expectProblem(res, 401).code).toBe('identification_cancelled')
  })

  it('sends no invitation when strong identification is configured', async () => {
    const { mailOutbox } = await import('../../platform/mail/schema')
    const mail = await t.db.select().from(mailOutbox)
    expect(mail.filter((m) => m.body.includes('/invitation#'))).toEqual([])
  })
})
