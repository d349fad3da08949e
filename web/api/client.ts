/** fetch for the API: problem documents become ApiError, writes carry the CSRF token. */

import type { FieldProblem, ProblemCode } from '../../src/shared/problem-codes'

/** An RFC 9457 problem document; `detail` is for developers, `code` is what users are told. */
export interface Problem {
  type: string
  code: ProblemCode
  title: string
  status: number
  detail?: string
  fields?: FieldProblem[]
}

export class ApiError extends Error {
  constructor(
    readonly status: number,
    readonly problem: Problem | null,
    readonly retryAfterSeconds: number | null,
  ) {
    super(problem?.detail ?? problem?.title ?? `HTTP ${status}`)
    this.name = 'ApiError'
  }
}

/** The request never got an answer (offline, server down). */
export class NetworkError extends Error {
  constructor() {
    super('network error')
    this.name = 'NetworkError'
  }
}

export const isStatus = (e: unknown, status: number): boolean =>
  e instanceof ApiError && e.status === status

let csrfToken: string | null = null
let unauthorizedHandler: (() => void) | null = null

export function setCsrfToken(token: string | null): void {
  csrfToken = token
}

/** Called on every 401: the session is gone (idle timeout, signed out elsewhere). */
export function onUnauthorized(handler: (() => void) | null): void {
  unauthorizedHandler = handler
}

async function readProblem(res: Response): Promise<Problem | null> {
  try {
    const body: unknown = await res.json()
    return body && typeof body === 'object' && 'code' in body ? (body as Problem) : null
  } catch {
    return null
  }
}

export async function request<T>(
  method: 'GET' | 'POST' | 'PUT' | 'PATCH' | 'DELETE',
  path: string,
  body?: unknown,
): Promise<T> {
  const headers: Record<string, string> = { Accept: 'application/json' }
  if (body !== undefined) headers['Content-Type'] = 'application/json'
  if (method !== 'GET' && csrfToken) headers['X-CSRF-Token'] = csrfToken
  let res: Response
  try {
    res = await fetch(path, {
      method,
      headers,
      credentials: 'same-origin',
      ...(body === undefined ? {} : { body: JSON.stringify(body) }),
    })
  } catch {
    throw new NetworkError()
  }
  if (!res.ok) {
    const retryAfter = Number(res.headers.get('Retry-After'))
    const error = new ApiError(
      res.status,
      await readProblem(res),
      Number.isFinite(retryAfter) && retryAfter > 0 ? retryAfter : null,
    )
    if (res.status === 401) unauthorizedHandler?.()
    throw error
  }
  if (res.status === 204) return undefined as T
  return (await res.json()) as T
}
