import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { buildApp } from './server'
import { testApp, type Response, type TestApp } from './platform/testing/app'
import { expectOk, expectProblem } from './platform/testing/expect'

const csp = (res: Response) =>
  Object.fromEntries(
    String(res.headers['content-security-policy'] ?? '')
      .split(';')
      .map((d) => d.trim().split(/\s+/))
      .filter((d) => d[0])
      .map(([name, ...values]) => [name!, values]),
  )

describe('security headers and problem documents on every edge', () => {
  let t: TestApp

  beforeAll(async () => {
    t = await testApp()
  })
  afterAll(() => t?.close())

  it('sends a CSP without inline scripts, no framing, nosniff and a referrer policy', async () => {
    for (const url of ['/api/v1/me', '/api/health', '/api/docs', '/', '/app/somewhere']) {
      const res = await t.anonymous.get(url)
      const policy = csp(res)
      expect(policy['script-src'], url).toEqual(["'self'"])
      expect(policy['script-src-attr'], url).toEqual(["'none'"])
      expect(policy['default-src'], url).toEqual(["'self'"])
      expect(policy['object-src'], url).toEqual(["'none'"])
      expect(policy['frame-ancestors'], url).toEqual(["'none'"])
      expect(res.headers['x-content-type-options'], url).toBe('nosniff')
      expect(res.headers['x-frame-options'], url).toBe('DENY')
      expect(res.headers['referrer-policy'], url).toBe('strict-origin-when-cross-origin')
      // Plain HTTP (COOKIE_SECURE=false): no HSTS, which would break a local http:// start.
      expect(res.headers['strict-transport-security'], url).toBeUndefined()
    }
  })

  it('keeps every API answer about people out of caches, problems included', async () => {
    const worker = await t.fixtures.worker(await t.fixtures.organisation().save()).save()
    const agent = await t.signIn(worker)
    for (const res of [
      await agent.get('/api/v1/me'),
      await agent.get('/api/v1/customers'),
      await t.anonymous.get('/api/v1/me'),
    ]) {
      expect(res.headers['cache-control']).toBe('no-store')
    }
  })

  it('sends HSTS when served over HTTPS (COOKIE_SECURE=true)', async () => {
    const secure = await buildApp({
      config: { ...t.config, COOKIE_SECURE: true },
      db: t.db,
      webDist: null,
      clock: t.clock,
    })
    try {
      const res = await secure.inject({ url: '/api/health' })
      expect(res.headers['strict-transport-security']).toMatch(/max-age=\d{7,}/)
      expect(csp(res)).toHaveProperty('upgrade-insecure-requests')
    } finally {
      await secure.close()
    }
  })

  it("answers Fastify's own client errors as RFC 9457 problems", async () => {
    const json = { 'content-type': 'application/json' }
    expectProblem(await t.anonymous.get('/api/v1/no-such-route?q=x'), 404)
    expectProblem(await t.anonymous.get('/assets/no-such-file.js'), 404)
    expectProblem(await t.anonymous.request({ method: 'OPTIONS', url: '/api/v1/me' }), 404)
    // A method Fastify knows no route for at all.
    expectProblem(await t.app.inject({ method: 'PROPFIND' as 'GET', url: '/api/v1/me' }), 404)
    const session = '/api/v1/session'
    expectProblem(
      await t.anonymous.request({ method: 'POST', url: session, payload: '{"user', headers: json }),
      400,
    )
    expectProblem(
      await t.anonymous.request({
        method: 'POST',
        url: session,
        payload: '<a/>',
        headers: { 'content-type': 'application/xml' },
      }),
      415,
    )
    expectProblem(
      await t.anonymous.request({
        method: 'POST',
        url: session,
        payload: JSON.stringify({ username: 'x'.repeat(70_000), password: 'y' }),
        headers: json,
      }),
      413,
    )
    expectProblem(await t.anonymous.get(`/api/v1/customers/${'a'.repeat(600)}`), 414)
  })

  it('answers a request line or headers over 16 KB with a problem, before any route', async () => {
    const server = await buildApp({ config: t.config, db: t.db, webDist: null, clock: t.clock })
    try {
      const base = await server.listen({ port: 0, host: '127.0.0.1' })
      const res = await fetch(`${base}/api/v1/customers?q=${'x'.repeat(17_000)}`)
      expect(res.status).toBe(431)
      expect(res.headers.get('content-type')).toMatch(/^application\/problem\+json/)
      const body = (await res.json()) as { status: number; title: string; detail: string }
      expect(body).toMatchObject({ status: 431 })
      expect(body.detail).toBeTruthy()
      // The server stays up for the next request.
      expectOk(await t.anonymous.get('/api/health'))
      expect((await fetch(`${base}/api/health`)).status).toBe(200)
    } finally {
      await server.close()
    }
  })
})
