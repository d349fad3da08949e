import { Validator } from '@seriousme/openapi-schema-validator'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { testApp, type TestApp } from './platform/testing/app'
import { expectOk, expectProblem } from './platform/testing/expect'
import {
  documentedOperations,
  isApiRoute,
  registeredRoutes,
  type OpenApiDocument,
} from './platform/testing/routes'

describe('the API as a whole', () => {
  let t: TestApp
  let doc: OpenApiDocument

  beforeAll(async () => {
    t = await testApp()
    doc = expectOk<OpenApiDocument>(await t.anonymous.get('/api/openapi.json'))
  })
  afterAll(() => t?.close())

  it('answers the health check, database included', async () => {
    expect(expectOk(await t.anonymous.get('/api/health'))).toEqual({
      status: 'ok',
      database: 'ok',
    })
  })

  it('serves a valid OpenAPI 3 document', async () => {
    expect(doc.openapi).toMatch(/^3\./)
    const result = await new Validator().validate(doc as unknown as Record<string, unknown>)
    expect(result.errors ?? []).toEqual([])
    expect(result.valid).toBe(true)
  })

  it('documents every registered API route, and nothing that is not one', () => {
    const registered = registeredRoutes(t.app)
      .filter(isApiRoute)
      .map((r) => `${r.method} ${r.url}`)
      .sort()
    const documented = documentedOperations(doc)
      .map((o) => `${o.method} ${o.url}`)
      .sort()
    expect(registered).toContain('GET /api/health')
    expect(registered).toContain('GET /api/v1/customers/:customerId')
    expect(documented).toEqual(registered)
  })

  it('says what each operation answers on success and on a client error', () => {
    const missing = documentedOperations(doc).filter(
      (o) =>
        !Object.keys(o.operation.responses).some((s) => /^2\d\d$/.test(s)) ||
        !('4XX' in o.operation.responses),
    )
    expect(missing.map((o) => `${o.method} ${o.url}`)).toEqual([])
  })

  it('serves the browsable documentation page', async () => {
    const res = await t.anonymous.get('/api/docs')
    expect(res.statusCode).toBe(200)
    expect(res.headers['content-type']).toMatch(/^text\/html/)
    expect(res.body).toMatch(/swagger/i)
  })

  it('answers an unknown API path with a 404 problem, not the web app', async () => {
    expectProblem(await t.anonymous.get('/api/v1/no-such-thing'), 404)
    expectProblem(await t.anonymous.request({ method: 'DELETE', url: '/api/health' }), 404)
  })
})
