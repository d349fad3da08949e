import { expect } from 'vitest'
import type { Problem } from '../http/problems'
import type { Response } from './app'

/**
 * Asserts an RFC 9457 problem response that a person can act on: a 4xx (never a 5xx), typed
 * `application/problem+json`, with `status`, `title` and `detail`.
 */
export function expectProblem(res: Response, status?: number): Problem {
  const context = `${res.statusCode} ${res.body.slice(0, 300)}`
  if (status !== undefined) expect(res.statusCode, context).toBe(status)
  expect(res.statusCode, context).toBeGreaterThanOrEqual(400)
  expect(res.statusCode, context).toBeLessThan(500)
  expect(res.headers['content-type'], context).toMatch(/^application\/problem\+json/)
  const body = res.json<Problem>()
  expect(body.status, context).toBe(res.statusCode)
  expect(body.title, context).toEqual(expect.any(String))
  expect(body.detail, context).toEqual(expect.any(String))
  expect(body.title.length + (body.detail ?? '').length, context).toBeGreaterThan(0)
  return body
}

/** Asserts a success status and returns the JSON body. */
export function expectOk<T = unknown>(res: Response, status = 200): T {
  expect(res.statusCode, res.body.slice(0, 500)).toBe(status)
  return res.json<T>()
}
