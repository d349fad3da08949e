import { expect } from 'vitest'
import { fieldCodes, problemCodes } from '../../shared/problem-codes'
import type { Problem } from '../http/problems'
import type { Response } from './app'

/**
 * What a failing assertion prints about a response: the body only when it is an error, since a
 * successful body may hold a person's name or identity code.
 */
export function describeResponse(res: Response, max = 300): string {
  return res.statusCode >= 400
    ? `${res.statusCode} ${res.body.slice(0, max)}`
    : `${res.statusCode} (body withheld)`
}

/**
 * Asserts an RFC 9457 problem response that a person can act on: a 4xx (never a 5xx), typed
 * `application/problem+json`, with `status`, `title`, `detail` and known codes.
 */
export function expectProblem(res: Response, status?: number): Problem {
  const context = describeResponse(res)
  if (status !== undefined) expect(res.statusCode, context).toBe(status)
  expect(res.statusCode, context).toBeGreaterThanOrEqual(400)
  expect(res.statusCode, context).toBeLessThan(500)
  expect(res.headers['content-type'], context).toMatch(/^application\/problem\+json/)
  const body = res.json<Problem>()
  expect(body.status, context).toBe(res.statusCode)
  expect(typeof body.title === 'string' && body.title !== '', context).toBe(true)
  expect(typeof body.detail === 'string' && body.detail !== '', context).toBe(true)
  // The stable codes are what the web app translates; the English detail is never shown.
  expect(problemCodes, context).toContain(body.code)
  for (const f of body.fields ?? []) expect(fieldCodes, context).toContain(f.code)
  return body
}

/** Asserts a success status and returns the JSON body. */
export function expectOk<T = unknown>(res: Response, status = 200): T {
  expect(res.statusCode, describeResponse(res, 500)).toBe(status)
  return res.json<T>()
}

export function isProblem(res: Response): boolean {
  try {
    expectProblem(res)
    return true
  } catch {
    return false
  }
}

export interface ProblemCase {
  name: string
  send: () => Promise<Response>
  /** The status (or statuses) expected; any 4xx when left out. */
  status?: number | number[]
}

/** Runs every case, then reports all that broke at once (case, status, start of an error body). */
export async function expectProblems(cases: ProblemCase[]): Promise<void> {
  const failures: string[] = []
  for (const c of cases) {
    const res = await c.send()
    const allowed = c.status === undefined ? null : [c.status].flat()
    if (!isProblem(res) || (allowed && !allowed.includes(res.statusCode))) {
      failures.push(`${c.name} → ${describeResponse(res, 200)}`)
    }
  }
  expect(failures).toEqual([])
}
