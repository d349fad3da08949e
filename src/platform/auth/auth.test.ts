import { eq } from 'drizzle-orm'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { buildApp } from '../../server'
import { Agent, testApp, type TestApp } from '../testing/app'
import { expectOk, expectProblem } from '../testing/expect'
import { TEST_PASSWORD, type MemberFixture } from '../testing/fixtures'
import { SESSION_COOKIE } from './routes'
import { loginFailure, userAccount, userSession } from './schema'

const MAX_FAILURES = 3

describe('signing in and out', () => {
  let t: TestApp
  let worker: MemberFixture

  beforeAll(async () => {
    t = await testApp({ config: { LOGIN_MAX_FAILURES: MAX_FAILURES, SESSION_IDLE_MINUTES: 30 } })
    worker = await t.fixtures.worker(await t.fixtures.organisation().save()).save()
  })
  afterAll(() => t?.close())

  const attempt = (username: string, password: string) =>
    t.anonymous.post('/api/v1/session', { username, password })

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
