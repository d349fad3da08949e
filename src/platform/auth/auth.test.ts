import { eq } from 'drizzle-orm'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { buildApp } from '../../server'
import { Agent, testApp, type TestApp } from '../testing/app'
import { expectOk, expectProblem } from '../testing/expect'
import { TEST_PASSWORD, type MemberFixture } from '../testing/fixtures'
import { addressBlock } from './auth'
import { SESSION_COOKIE } from './routes'
import { loginFailure, userAccount, userSession } from './schema'

const MAX_FAILURES = 3
const MAX_FAILURES_PER_ADDRESS = 6

describe('signing in and out', () => {
  let t: TestApp
  let worker: MemberFixture

  beforeAll(async () => {
    t = await testApp({
      config: {
        LOGIN_MAX_FAILURES: MAX_FAILURES,
        LOGIN_MAX_FAILURES_PER_ADDRESS: MAX_FAILURES_PER_ADDRESS,
        SESSION_IDLE_MINUTES: 30,
      },
    })
    worker = await t.fixtures.worker(await t.fixtures.organisation().save()).save()
  })
  afterAll(() => t?.close())

  const attempt = (username: string, password: string) =>
    t.anonymous.post('/api/v1/session', { username, password })
  const attemptFrom = (remoteAddress: string, username: string, password: string) =>
    t.app.inject({
      method: 'POST',
      url: '/api/v1/session',
      payload: { username, password },
      remoteAddress,
    })

  it('signs in with the right password: an HttpOnly cookie, a stored hash of it, and /me', async () => {
    const res = await attempt(worker.username, TEST_PASSWORD)
    expectOk(res)
    const cookie = res.cookies.find((c) => c.name === SESSION_COOKIE)!
    expect(cookie).toMatchObject({ httpOnly: true, sameSite: 'Lax', path: '/' })
    const stored = await t.db
      .select()
      .from(userSession)
      .where(eq(userSession.userAccountId, worker.id))
    expect(stored.map((s) => s.tokenHash)).not.toContain(cookie.value)
    const me = expectOk<{ user: { id: string } }>(
      await new Agent(t.app, cookie.value).get('/api/v1/me'),
    )
    expect(me.user.id).toBe(worker.id)
  })

  it('refuses a wrong password and an unknown user alike, with 401', async () => {
    const wrong = expectProblem(await attempt(worker.username, 'väärä-salasana'), 401)
    const unknown = expectProblem(await attempt('nobody-here', TEST_PASSWORD), 401)
    // The same words for both: the answer does not tell which usernames exist.
    expect(unknown.detail).toBe(wrong.detail)
    expect(unknown.title).toBe(wrong.title)
  })

  it('refuses a disabled account', async () => {
    const other = await t.fixtures.worker(await t.fixtures.organisation().save()).save()
    await t.db
      .update(userAccount)
      .set({ disabledAt: t.clock() })
      .where(eq(userAccount.id, other.id))
    expectProblem(await attempt(other.username, TEST_PASSWORD), 401)
  })

  it('pauses a username after too many failures, counted in the database', async () => {
    const target = await t.fixtures.worker(await t.fixtures.organisation().save()).save()
    for (let i = 0; i < MAX_FAILURES; i++) {
      expectProblem(await attempt(target.username, `guess-${i}`), 401)
    }
    const limited = await attempt(target.username, TEST_PASSWORD)
    expectProblem(limited, 429)
    const retryAfter = Number(limited.headers['retry-after'])
    expect(retryAfter).toBeGreaterThan(0)
    expect(retryAfter).toBeLessThanOrEqual(t.config.LOGIN_WINDOW_MINUTES * 60)

    // Another app process on the same database refuses too: the count is not in memory.
    const second = await buildApp({ config: t.config, db: t.db, webDist: null, clock: t.clock })
    try {
      const res = await second.inject({
        method: 'POST',
        url: '/api/v1/session',
        payload: { username: target.username.toUpperCase(), password: TEST_PASSWORD },
      })
      expectProblem(res, 429)
    } finally {
      await second.close()
    }
    const rows = await t.db.select().from(loginFailure)
    expect(rows.some((r) => r.failures >= MAX_FAILURES)).toBe(true)
    // The username itself is not stored, only a key derived from it.
    expect(JSON.stringify(rows)).not.toContain(target.username)

    t.clock.advanceMinutes(t.config.LOGIN_WINDOW_MINUTES + 1)
    expectOk(await attempt(target.username, TEST_PASSWORD))
  })

  it('holds the limit under 100 parallel guesses from 100 addresses for one account', async () => {
    const target = await t.fixtures.worker(await t.fixtures.organisation().save()).save()
    const results = await Promise.all(
      Array.from({ length: 100 }, (_, i) =>
        attemptFrom(`10.1.${Math.floor(i / 50)}.${i % 50}`, target.username, `guess-${i}`),
      ),
    )
    const statuses = results.map((r) => r.statusCode)
    expect(statuses.filter((s) => s === 401).length).toBeLessThanOrEqual(MAX_FAILURES)
    expect(statuses.filter((s) => s === 429).length).toBeGreaterThanOrEqual(100 - MAX_FAILURES)
    expect(statuses.every((s) => s === 401 || s === 429)).toBe(true)
    // Even the right password, from yet another address, waits for the window to pass.
    expectProblem(await attemptFrom('10.2.0.1', target.username, TEST_PASSWORD), 429)
    t.clock.advanceMinutes(t.config.LOGIN_WINDOW_MINUTES - 1)
    expectProblem(await attemptFrom('10.2.0.1', target.username, TEST_PASSWORD), 429)
    t.clock.advanceMinutes(2)
    expectOk(await attemptFrom('10.2.0.1', target.username, TEST_PASSWORD))
  })

  it('pauses an address that guesses across many usernames, not the others', async () => {
    const org = await t.fixtures.organisation().save()
    const victim = await t.fixtures.worker(org).save()
    const guesser = '10.3.0.1'
    for (let i = 0; i < MAX_FAILURES_PER_ADDRESS; i++) {
      // A different username each time: no account reaches its own limit.
      expectProblem(await attemptFrom(guesser, `someone-${i}`, 'guess'), 401)
    }
    expectProblem(await attemptFrom(guesser, victim.username, TEST_PASSWORD), 429)
    expectOk(await attemptFrom('10.3.0.2', victim.username, TEST_PASSWORD))
    // An IPv6 client is one address per /64: moving inside it does not start a new count.
    for (let i = 0; i < MAX_FAILURES_PER_ADDRESS; i++) {
      expectProblem(await attemptFrom(`2001:db8:1:2::${i + 1}`, `other-${i}`, 'guess'), 401)
    }
    expectProblem(await attemptFrom('2001:db8:1:2:ffff::9', victim.username, TEST_PASSWORD), 429)
    expectOk(await attemptFrom('2001:db8:1:3::1', victim.username, TEST_PASSWORD))
    t.clock.advanceMinutes(t.config.LOGIN_WINDOW_MINUTES + 1)
    expectOk(await attemptFrom(guesser, victim.username, TEST_PASSWORD))
  })

  it('counts IPv4, IPv4-mapped and IPv6 addresses by the block a client holds', () => {
    expect(addressBlock('192.0.2.7')).toBe('192.0.2.7')
    expect(addressBlock('::ffff:192.0.2.7')).toBe('192.0.2.7')
    expect(addressBlock('2001:db8:0:1::5')).toBe('2001:db8:0:1::/64')
    expect(addressBlock('2001:0db8:0000:0001:aaaa:bbbb:cccc:dddd')).toBe('2001:db8:0:1::/64')
    expect(addressBlock('2001:db8::1')).toBe('2001:db8:0:0::/64')
    expect(addressBlock('::1')).toBe('0:0:0:0::/64')
  })

  it('ends the previous session of the browser when it signs in again, with a new token', async () => {
    const first = await t.signIn(worker)
    const res = await first.post('/api/v1/session', {
      username: worker.username,
      password: TEST_PASSWORD,
    })
    expectOk(res)
    const token = res.cookies.find((c) => c.name === SESSION_COOKIE)!.value
    expect(token).not.toBe(first.sessionToken)
    expectProblem(await first.get('/api/v1/me'), 401)
    expectOk(await new Agent(t.app, token).get('/api/v1/me'))
  })

  it('keeps a session alive while it is used and ends it after the idle time', async () => {
    const agent = await t.signIn(worker)
    const idle = t.config.SESSION_IDLE_MINUTES
    t.clock.advanceMinutes(idle - 1)
    expectOk(await agent.get('/api/v1/me'))
    t.clock.advanceMinutes(idle - 1)
    expectOk(await agent.get('/api/v1/me'))
    t.clock.advanceMinutes(idle + 1)
    expectProblem(await agent.get('/api/v1/me'), 401)
  })

  it('marks a session seen at most once a minute, so most requests write nothing', async () => {
    const agent = await t.signIn(worker)
    const seen = async () => {
      const rows = await t.db
        .select({ at: userSession.lastSeenAt })
        .from(userSession)
        .where(eq(userSession.userAccountId, worker.id))
      return Math.max(...rows.map((r) => r.at.getTime()))
    }
    const signedIn = await seen()
    t.clock.set(new Date(t.clock().getTime() + 30_000))
    expectOk(await agent.get('/api/v1/me'))
    expect(await seen()).toBe(signedIn)
    t.clock.set(new Date(t.clock().getTime() + 31_000))
    expectOk(await agent.get('/api/v1/me'))
    expect(await seen()).toBe(t.clock().getTime())
  })

  it('signs out: the same cookie no longer opens anything', async () => {
    const agent = await t.signIn(worker)
    const res = await agent.delete('/api/v1/session')
    expect(res.statusCode).toBe(204)
    const cleared = res.cookies.find((c) => c.name === SESSION_COOKIE)
    expect(cleared?.value ?? '').toBe('')
    expectProblem(await agent.get('/api/v1/me'), 401)
    expectProblem(await agent.get('/api/v1/organisations'), 401)
  })

  it('refuses a write without the CSRF token or with a wrong one (403), changing nothing', async () => {
    const agent = await t.signIn(worker)
    const patch = (csrf: string | null) =>
      agent.request({ method: 'PATCH', url: '/api/v1/me', body: { locale: 'en' }, csrf })
    expectProblem(await patch(null), 403)
    expectProblem(await patch('not-the-token'), 403)
    expectProblem(await patch(''), 403)
    const [row] = await t.db.select().from(userAccount).where(eq(userAccount.id, worker.id))
    expect(row?.locale).toBe('fi')
    // Sign-out is a write too.
    expectProblem(
      await agent.request({ method: 'DELETE', url: '/api/v1/session', csrf: null }),
      403,
    )
    expectOk(await agent.get('/api/v1/me'))
  })

  it('remembers the chosen language for the next sign-in', async () => {
    const agent = await t.signIn(worker)
    const changed = expectOk<{ user: { locale: string } }>(
      await agent.patch('/api/v1/me', { locale: 'sv' }),
    )
    expect(changed.user.locale).toBe('sv')
    const again = await t.signIn(worker)
    const me = expectOk<{ user: { locale: string } }>(await again.get('/api/v1/me'))
    expect(me.user.locale).toBe('sv')
    expectProblem(await agent.patch('/api/v1/me', { locale: 'de' }), 400)
  })
})
