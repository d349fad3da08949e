import type { FastifyInstance, InjectOptions, LightMyRequestResponse } from 'fastify'
import { backgroundJobs } from '../../background'
import { buildApp } from '../../server'
import { startBackground, type Background } from '../background/background'
import { SESSION_COOKIE } from '../auth/routes'
import { testConfig, type Config } from '../config'
import type { Clock } from '../context'
import { freshDatabase, type TestDatabase } from './database'
import { Fixtures, TEST_PASSWORD } from './fixtures'

export type Response = LightMyRequestResponse

/** A clock the test moves by hand: sessions, consents and audit times all read it. */
export interface TestClock extends Clock {
  set(to: Date): void
  advanceMinutes(minutes: number): void
}

export function testClock(start = new Date('2026-03-02T08:00:00.000Z')): TestClock {
  let now = start.getTime()
  return Object.assign(() => new Date(now), {
    set: (to: Date) => {
      now = to.getTime()
    },
    advanceMinutes: (minutes: number) => {
      now += minutes * 60_000
    },
  })
}

type Method = 'GET' | 'POST' | 'PUT' | 'PATCH' | 'DELETE' | 'HEAD' | 'OPTIONS'

export interface RequestOptions {
  method?: Method
  url: string
  body?: unknown
  /** A raw payload, sent as is (for malformed or oversize bodies). */
  payload?: string | Buffer
  headers?: Record<string, string>
  /** The CSRF header on writes: the session's token by default, null to leave it out. */
  csrf?: string | null
}

/** A client of the app through `app.inject`, carrying a session cookie and its CSRF token. */
export class Agent {
  constructor(
    readonly app: FastifyInstance,
    readonly sessionToken: string | null = null,
    readonly csrfToken: string | null = null,
  ) {}

  request(o: RequestOptions): Promise<Response> {
    const method = o.method ?? 'GET'
    const headers: Record<string, string> = {}
    const isWrite = !['GET', 'HEAD', 'OPTIONS'].includes(method)
    const csrf = o.csrf === undefined ? this.csrfToken : o.csrf
    if (isWrite && csrf !== null) headers['x-csrf-token'] = csrf
    let payload: InjectOptions['payload']
    if (o.payload !== undefined) {
      payload = o.payload
    } else if (o.body !== undefined) {
      payload = JSON.stringify(o.body)
      headers['content-type'] = 'application/json'
    }
    return this.app.inject({
      method,
      url: o.url,
      headers: { ...headers, ...o.headers },
      ...(payload !== undefined ? { payload } : {}),
      ...(this.sessionToken ? { cookies: { [SESSION_COOKIE]: this.sessionToken } } : {}),
    })
  }

  get(url: string): Promise<Response> {
    return this.request({ url })
  }
  post(url: string, body?: unknown): Promise<Response> {
    return this.request({ method: 'POST', url, body })
  }
  put(url: string, body?: unknown): Promise<Response> {
    return this.request({ method: 'PUT', url, body })
  }
  patch(url: string, body?: unknown): Promise<Response> {
    return this.request({ method: 'PATCH', url, body })
  }
  delete(url: string): Promise<Response> {
    return this.request({ method: 'DELETE', url })
  }
}

export interface TestApp extends Pick<TestDatabase, 'db' | 'kind' | 'url'> {
  app: FastifyInstance
  config: Config
  clock: TestClock
  fixtures: Fixtures
  anonymous: Agent
  /** Signs in with the fixture password; the agent carries the cookie and the CSRF token. */
  signIn(who: string | { username: string }, password?: string): Promise<Agent>
  close(): Promise<void>
}

/**
 * A fresh database and the whole app on it, driven through `app.inject` (no port). With
 * `background`, every module's background jobs run too (polling twice a second, no schedules)
 * and requests enqueue into them, as in `main.ts`.
 */
export async function testApp(
  options: { config?: Partial<Config>; background?: boolean } = {},
): Promise<TestApp> {
  const database = await freshDatabase()
  const config = testConfig(options.config)
  const clock = testClock()
  let background: Background | null = null
  const app = await (async () => {
    if (options.background)
      background = await startBackground(
        database.database,
        backgroundJobs(config, () => undefined),
        {
          clock,
          log: () => undefined,
          pollingIntervalSeconds: 0.5,
          schedule: false,
        },
      )
    return buildApp({
      config,
      db: database.db,
      webDist: null,
      clock,
      ...(background ? { queue: background } : {}),
    })
  })().catch(async (e: unknown) => {
    await background?.stop()
    await database.close()
    throw e
  })
  await app.ready()
  return {
    app,
    db: database.db,
    kind: database.kind,
    url: database.url,
    config,
    clock,
    fixtures: new Fixtures(database.db, clock),
    anonymous: new Agent(app),
    signIn: (who, password = TEST_PASSWORD) => signIn(app, who, password),
    close: async () => {
      await app.close()
      await background?.stop()
      await database.close()
    },
  }
}

/** Signs in on any app instance; the agent carries the cookie and the CSRF token. */
export async function signIn(
  app: FastifyInstance,
  who: string | { username: string },
  password: string,
): Promise<Agent> {
  const username = typeof who === 'string' ? who : who.username
  const res = await app.inject({
    method: 'POST',
    url: '/api/v1/session',
    payload: { username, password },
  })
  const token = res.cookies.find((c) => c.name === SESSION_COOKIE)?.value
  if (res.statusCode !== 200 || !token) {
    throw new Error(`Sign-in failed with ${res.statusCode}: ${res.body}`)
  }
  const me = await app.inject({ url: '/api/v1/me', cookies: { [SESSION_COOKIE]: token } })
  if (me.statusCode !== 200) throw new Error(`GET /api/v1/me failed with ${me.statusCode}`)
  return new Agent(app, token, me.json<{ csrfToken: string }>().csrfToken)
}
