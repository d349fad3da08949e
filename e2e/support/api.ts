import { request, type APIRequestContext } from 'playwright-core'
import { baseUrl, DEMO_PASSWORD } from './browser'

/**
 * A signed-in API client for setting up what a test needs (a case, a request) without driving
 * the browser through steps that other tests cover.
 */
export interface ApiSession {
  userId: string
  organisationId: string | null
  customerId: string | null
  get<T>(path: string): Promise<T>
  send<T>(method: 'POST' | 'PUT' | 'PATCH', path: string, body?: unknown): Promise<T>
  /** The status of a GET, for asserting refusals. */
  status(path: string): Promise<number>
  close(): Promise<void>
}

interface MeBody {
  user: { id: string; organisationId: string | null; customerId: string | null }
  csrfToken: string
}

export async function apiSession(username: string): Promise<ApiSession> {
  const context: APIRequestContext = await request.newContext({ baseURL: baseUrl() })
  const signIn = await context.post('/api/v1/session', {
    data: { username, password: DEMO_PASSWORD },
  })
  if (!signIn.ok()) throw new Error(`sign-in as ${username}: ${signIn.status()}`)
  const me = (await (await context.get('/api/v1/me')).json()) as MeBody
  const check = async (label: string, res: Awaited<ReturnType<APIRequestContext['get']>>) => {
    if (!res.ok()) throw new Error(`${label}: ${res.status()} ${await res.text()}`)
    const body: unknown = res.status() === 204 ? undefined : await res.json()
    return body
  }
  return {
    userId: me.user.id,
    organisationId: me.user.organisationId,
    customerId: me.user.customerId,
    get: async <T>(path: string) => (await check(`GET ${path}`, await context.get(path))) as T,
    send: async <T>(method: 'POST' | 'PUT' | 'PATCH', path: string, body?: unknown) =>
      (await check(
        `${method} ${path}`,
        await context.fetch(path, {
          method,
          headers: { 'X-CSRF-Token': me.csrfToken },
          ...(body === undefined ? {} : { data: body }),
        }),
      )) as T,
    status: async (path: string) => (await context.get(path)).status(),
    close: () => context.dispose(),
  }
}

/** The id of the one customer whose name starts with `q`, as the worker's list finds them. */
export async function customerId(session: ApiSession, q: string): Promise<string> {
  const page = await session.get<{ items: { id: string }[] }>(
    `/api/v1/customers?q=${encodeURIComponent(q)}`,
  )
  if (page.items.length !== 1) throw new Error(`"${q}" matched ${page.items.length} customers`)
  return page.items[0]!.id
}

/** Sets a user's saved language back, so that tests reading texts in Finnish keep working. */
export async function restoreLocale(username: string, locale: 'fi' | 'sv' | 'en' = 'fi') {
  const session = await apiSession(username)
  await session.send('PATCH', '/api/v1/me', { locale })
  await session.close()
}
