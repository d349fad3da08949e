/**
 * The API client, typed by web/api/schema.d.ts (generated from the server's OpenAPI document):
 * a wrong path, parameter or body fails the type check. Problem documents become ApiError,
 * writes carry the CSRF token, and the session cookie goes along.
 */
import createClient from 'openapi-fetch'
import type { components, paths } from './schema'

export type Schemas = components['schemas']
/** An RFC 9457 problem document; `detail` is for developers, `code` is what users are told. */
export type Problem = Schemas['Problem']

export class ApiError extends Error {
  constructor(
    readonly status: number,
    readonly problem: Problem | null,
    readonly retryAfterSeconds: number | null,
  ) {
    super(problem?.code ?? `HTTP ${status}`)
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

export const client = createClient<paths>({
  credentials: 'same-origin',
  headers: { Accept: 'application/json' },
})
client.use({
  onRequest({ request }) {
    if (request.method !== 'GET' && csrfToken) request.headers.set('X-CSRF-Token', csrfToken)
    return request
  },
})

const isProblem = (body: unknown): body is Problem =>
  Boolean(body && typeof body === 'object' && 'code' in body && 'status' in body)

/** Awaits a client call: its data, or an ApiError / NetworkError. */
export async function call<T>(
  pending: Promise<{ data?: T; error?: unknown; response: Response }>,
): Promise<T> {
  let result: { data?: T; error?: unknown; response: Response }
  try {
    result = await pending
  } catch {
    throw new NetworkError()
  }
  const { response } = result
  if (!response.ok) {
    const retryAfter = Number(response.headers.get('Retry-After'))
    if (response.status === 401) unauthorizedHandler?.()
    throw new ApiError(
      response.status,
      isProblem(result.error) ? result.error : null,
      Number.isFinite(retryAfter) && retryAfter > 0 ? retryAfter : null,
    )
  }
  return result.data as T
}
