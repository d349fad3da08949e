// The worker's consent-filtered customer list, over HTTP versus the same SQL through `pg`, at
// growing numbers of synthetic customers, on a fresh PostgreSQL database that is dropped after.
//   npm run bench [-- --scales 10000,100000 --requests 500 --concurrent-requests 200]
// See bench/README.md for what is measured and how to read the figures.
import { createHash, randomUUID } from 'node:crypto'
import http from 'node:http'
import os from 'node:os'
import type { AddressInfo } from 'node:net'
import { parseArgs } from 'node:util'
import type { FastifyInstance } from 'fastify'
import { sql } from 'drizzle-orm'
import pg from 'pg'
import { openPostgres, runMigrations, type Database } from '../src/platform/db/database'
import { testConfig } from '../src/platform/config'
import { buildApp } from '../src/server'
import { sealAuditEvents } from '../src/platform/audit/seal'
import { verifyAuditChain } from '../src/platform/audit/verify'
import { SESSION_COOKIE } from '../src/platform/auth/routes'
import { COUNT_CAP, encodeKeyPosition, type KeyPosition } from '../src/platform/http/paging'
import { DEMO_PASSWORD, loadDemoData } from '../src/demo/demo-data'
import {
  generateSyntheticNetwork,
  syntheticCount,
  SYNTHETIC_SURNAME_PREFIXES,
} from '../src/demo/synthetic'

const { values: args } = parseArgs({
  options: {
    scales: { type: 'string', default: '10000,100000' },
    warmup: { type: 'string', default: '50' },
    requests: { type: 'string', default: '500' },
    'concurrent-requests': { type: 'string', default: '200' },
    concurrency: { type: 'string', default: '8' },
    seed: { type: 'string', default: '1' },
    'max-seconds-per-run': { type: 'string', default: '10' },
    'keep-database': { type: 'boolean', default: false },
    proposed: { type: 'boolean', default: false },
  },
})
const settings = {
  scales: args.scales.split(',').map(Number),
  warmup: Number(args.warmup),
  requests: Number(args.requests),
  concurrentRequests: Number(args['concurrent-requests']),
  concurrency: Number(args.concurrency),
  seed: Number(args.seed),
  maxSecondsPerRun: Number(args['max-seconds-per-run']),
}
const ADMIN_URL = process.env.BENCH_DATABASE_URL ?? 'postgres://postgres@127.0.0.1:5432/postgres'
const USERNAME = 'kela1'
const PAGE_SIZE = 20
// The bench seals with a key of its own (the app's comes from AUDIT_KEY or the data folder).
const BENCH_AUDIT_KEY = Buffer.alloc(32, 1)

// ---------------------------------------------------------------------------------------------
// Measuring

interface Run {
  latencies: number[]
  seconds: number
}

/**
 * Sequential when concurrency is 1; otherwise that many requests in flight until n are done.
 * No new request starts after the time budget, so a slow case cannot stretch the whole run.
 */
async function measure(
  n: number,
  concurrency: number,
  one: (i: number) => Promise<unknown>,
  maxSeconds = settings.maxSecondsPerRun,
): Promise<Run> {
  const latencies: number[] = []
  let next = 0
  const started = performance.now()
  const deadline = started + maxSeconds * 1000
  const worker = async () => {
    for (let i = next++; i < n && performance.now() < deadline; i = next++) {
      const t0 = performance.now()
      await one(i)
      latencies.push(performance.now() - t0)
    }
  }
  await Promise.all(Array.from({ length: Math.min(concurrency, n) }, worker))
  return { latencies, seconds: (performance.now() - started) / 1000 }
}

function percentile(sorted: number[], p: number): number {
  if (sorted.length === 0) return NaN
  return sorted[Math.min(sorted.length - 1, Math.ceil((p / 100) * sorted.length) - 1)]!
}

interface Stats {
  n: number
  p50: number
  p95: number
  p99: number
  mean: number
  rps: number
}

function statsOf(run: Run): Stats {
  const s = [...run.latencies].sort((a, b) => a - b)
  return {
    n: s.length,
    p50: percentile(s, 50),
    p95: percentile(s, 95),
    p99: percentile(s, 99),
    mean: s.reduce((a, b) => a + b, 0) / s.length,
    rps: s.length / run.seconds,
  }
}

function table(header: string[], rows: (string | number)[][]): string {
  const cells = [header, ...rows.map((r) => r.map((c) => (typeof c === 'number' ? fmt(c) : c)))]
  const widths = header.map((_, i) => Math.max(...cells.map((r) => r[i]!.length)))
  const line = (r: string[]) =>
    `| ${r.map((c, i) => (i === 0 ? c.padEnd(widths[i]!) : c.padStart(widths[i]!))).join(' | ')} |`
  return [
    line(cells[0]!),
    `|${widths.map((w, i) => (i === 0 ? `${'-'.repeat(w + 1)}-` : `${'-'.repeat(w + 1)}:`)).join('|')}|`,
    ...cells.slice(1).map(line),
  ].join('\n')
}

function fmt(x: number): string {
  if (!Number.isFinite(x)) return '–'
  if (x >= 100) return x.toFixed(0)
  if (x >= 10) return x.toFixed(1)
  return x.toFixed(2)
}

const loadAverage = () =>
  os
    .loadavg()
    .map((l) => l.toFixed(1))
    .join(' ')
const rssMb = () => Math.round(process.memoryUsage().rss / 1024 / 1024)

// ---------------------------------------------------------------------------------------------
// The API's own statements, timed on its pool's clients (labels only; never parameters).

const statementLabels: [RegExp, string][] = [
  [/^update "user_session"/i, 'session: touch last_seen_at'],
  [/from "user_session"/i, 'session: read'],
  [/from "user_account"/i, 'session: account'],
  [/from "organisation_member"/i, 'session: memberships'],
  [/^select "id" from "customer" where "customer"."user_account_id"/i, 'session: own customer id'],
  [/^begin/i, 'BEGIN'],
  [/^select count\(\*\)/i, 'list: count(*)'],
  [/order by (lower|k1)/i, 'list: page select'],
  [/unnest\(/i, 'list: permittedActions'],
  [/^select "customer"."id", "customer"."identity_code"/i, "list: the page's rows by id"],
  [/^insert into "audit_event"/i, 'audit: insert'],
  [/^commit/i, 'COMMIT'],
]

class StatementLog {
  enabled = false
  readonly byLabel = new Map<string, { calls: number; ms: number }>()

  attach(pool: pg.Pool): void {
    const wrapped = new WeakSet<object>()
    pool.on('acquire', (client: pg.PoolClient) => {
      if (wrapped.has(client)) return
      wrapped.add(client)
      const original = client.query.bind(client) as (...a: unknown[]) => unknown
      ;(client as unknown as { query: (...a: unknown[]) => unknown }).query = (...a: unknown[]) => {
        if (!this.enabled) return original(...a)
        const text = typeof a[0] === 'string' ? a[0] : ((a[0] as { text?: string }).text ?? '')
        const t0 = performance.now()
        const done = () => this.record(text, performance.now() - t0)
        // pool.query() passes a callback; drizzle's transactions use the promise.
        const last = a[a.length - 1]
        if (typeof last === 'function') {
          a[a.length - 1] = (...r: unknown[]) => {
            done()
            return (last as (...x: unknown[]) => unknown)(...r)
          }
          return original(...a)
        }
        const result = original(...a)
        if (result instanceof Promise) result.then(done, done)
        return result
      }
    })
  }

  private record(text: string, ms: number): void {
    const flat = text.replace(/\s+/g, ' ').trim()
    const label =
      statementLabels.find(([re]) => re.test(flat))?.[1] ?? `other: ${flat.slice(0, 50)}…`
    const entry = this.byLabel.get(label) ?? { calls: 0, ms: 0 }
    entry.calls += 1
    entry.ms += ms
    this.byLabel.set(label, entry)
  }
}

// ---------------------------------------------------------------------------------------------
// HTTP

const agent = new http.Agent({ keepAlive: true, maxSockets: 32 })

function request(
  base: URL,
  method: string,
  path: string,
  opts: { cookie?: string; body?: unknown } = {},
): Promise<{ status: number; text: string; setCookie: string[] }> {
  return new Promise((resolve, reject) => {
    const body = opts.body === undefined ? undefined : JSON.stringify(opts.body)
    const req = http.request(
      {
        agent,
        host: base.hostname,
        port: base.port,
        method,
        path,
        headers: {
          ...(opts.cookie ? { cookie: opts.cookie } : {}),
          ...(body ? { 'content-type': 'application/json' } : {}),
        },
      },
      (res) => {
        const chunks: Buffer[] = []
        res.on('data', (c: Buffer) => chunks.push(c))
        res.on('end', () =>
          resolve({
            status: res.statusCode ?? 0,
            text: Buffer.concat(chunks).toString('utf8'),
            setCookie: res.headers['set-cookie'] ?? [],
          }),
        )
        res.on('error', reject)
      },
    )
    req.on('error', reject)
    req.end(body)
  })
}

/** A page of the list: from a position in name order (none for the first page), a search. */
interface ListQuery {
  after?: KeyPosition | undefined
  q?: string | undefined
}

interface ListPage {
  items: { id: string }[]
  total: number
  totalCapped: boolean
}

function listPath(l: ListQuery): string {
  const q = l.q ? `&q=${encodeURIComponent(l.q)}` : ''
  const after = l.after ? `&after=${encodeKeyPosition(l.after)}` : ''
  return `/api/v1/customers?scope=organisation&limit=${PAGE_SIZE}${after}${q}`
}

async function apiList(base: URL, cookie: string, l: ListQuery): Promise<ListPage> {
  const res = await request(base, 'GET', listPath(l), { cookie })
  if (res.status !== 200) throw new Error(`GET /api/v1/customers answered ${res.status}`)
  return JSON.parse(res.text) as ListPage
}

// ---------------------------------------------------------------------------------------------
// The same work, written by hand. What listCustomers runs for a worker: the access filter of
// `customer.read` (its relation rules OR'ed: an active consent held by the worker's organisation,
// or an enrolment by it), optional name prefixes, a count, the page, permittedActions for the
// page, and the route's audit write in the same transaction.

interface Actor {
  userId: string
  organisationId: string
  token: string
}

interface Statement {
  text: string
  values: unknown[]
}

/** One way of writing the list's SQL: count, page, and permittedActions for the page's ids. */
interface Shape {
  list(l: ListQuery, actor: Actor, now: Date): { count: Statement; page: Statement }
  permitted(ids: string[], actor: Actor, now: Date): Statement
}

const consentRelation = (org: string, now: string) =>
  `select c.customer_id from consent c
      where c.recipient_organisation_id = ${org}::uuid and c.status = 'given'
        and (c.valid_until is null or c.valid_until > ${now}::timestamptz)`
const enrolmentRelation = (org: string) =>
  `select jc.customer_id from joint_customership jc where jc.enrolling_organisation_id = ${org}::uuid`
const uuidList = (ids: string[], first: number) =>
  ids.map((_, i) => `$${i + first}::uuid`).join(', ')

const visibleTo = (column: string, org: string, now: string) =>
  `exists (select 1 from (${consentRelation(org, now)}) t(id) where t.id = ${column}
    union all select 1 from (${enrolmentRelation(org)}) t(id) where t.id = ${column})`
const k1 = `lower("customer"."last_name") collate "C"`
const k2 = `lower("customer"."first_name") collate "C"`
const nameOrder = `${k1}, ${k2}, "customer"."id"`

/**
 * What listCustomers runs (bench/README.md explains each part): the relations as one correlated
 * EXISTS over UNION ALL, a count capped at COUNT_CAP, names in the "C" collation so that a
 * surname prefix is a range of customer_name_c_idx, a search in two index-ordered branches, and
 * keyset paging from the last row's (surname, first name, id).
 */
const current: Shape = {
  list(l, actor, now) {
    const values: unknown[] = [actor.organisationId, now.toISOString()]
    const visible = visibleTo('"customer"."id"', '$1', '$2')
    let after = 'true'
    if (l.after) {
      values.push(l.after.keys[0], l.after.keys[1], l.after.id)
      after = `(${k1}, ${k2}, "customer"."id") > ($3, $4, $5::uuid)`
    }
    const join = `inner join "municipality" on "municipality"."id" = "customer"."municipality_id"`
    if (!l.q) {
      return {
        count: {
          text: `select count(*) from (select 1 from "customer" where ${visible} limit ${COUNT_CAP + 1}) t`,
          values: values.slice(0, 2),
        },
        page: {
          text: `select "customer".*, "municipality".* from "customer" ${join}
            where ${visible} and ${after} order by ${nameOrder} limit ${PAGE_SIZE}`,
          values,
        },
      }
    }
    const p = `$${values.length + 1}`
    values.push(`${l.q.toLowerCase()}%`)
    // Surname matches come in index order from the prefix on; first-name matches are spread
    // evenly over the surname order, so walking the same index finds them soon.
    const branch = (cond: string) =>
      `(select "customer"."id", ${k1} as k1, ${k2} as k2
        from "customer" where ${cond} and ${visible} and ${after}
        order by k1, k2, "customer"."id" limit ${PAGE_SIZE})`
    return {
      count: {
        text: `select count(*) from (select 1 from "customer"
          where (${k1} like $3 or lower("customer"."first_name") like $3) and ${visible}
          limit ${COUNT_CAP + 1}) t`,
        values: [actor.organisationId, now.toISOString(), `${l.q.toLowerCase()}%`],
      },
      page: {
        text: `select "customer".*, "municipality".* from (
            ${branch(`${k1} like ${p}`)}
            union ${branch(`lower("customer"."first_name") like ${p}`)}
          ) u join "customer" on "customer"."id" = u.id ${join}
          order by u.k1, u.k2, u.id limit ${PAGE_SIZE}`,
        values,
      },
    }
  },
  permitted(ids, actor, now) {
    return {
      text: `select t.id::text as id from unnest(array[${uuidList(ids, 3)}]) as t(id)
        where ${visibleTo('t.id', '$1', '$2')}`,
      values: [actor.organisationId, now.toISOString(), ...ids],
    }
  },
}

/** The proposals of bench/README.md have all landed: `--proposed` measures the same shape. */
const proposed: Shape = current
const PROPOSED_INDEXES: string[] = []

/** The positions after which the given pages start (page 1 has none), from the SQL itself. */
async function pagePositions(
  pool: pg.Pool,
  actor: Actor,
  pages: number[],
): Promise<Map<number, KeyPosition | undefined>> {
  const result = new Map<number, KeyPosition | undefined>()
  for (const page of pages) {
    if (page <= 1) {
      result.set(page, undefined)
      continue
    }
    const { rows } = await pool.query<{ k1: string; k2: string; id: string }>(
      `select ${k1} as k1, ${k2} as k2, "customer"."id"::text as id from "customer"
       where ${visibleTo('"customer"."id"', '$1', '$2')}
       order by ${nameOrder} offset $3 limit 1`,
      [actor.organisationId, new Date().toISOString(), (page - 1) * PAGE_SIZE - 1],
    )
    const r = rows[0]
    result.set(page, r ? { keys: [r.k1, r.k2], id: r.id } : undefined)
  }
  return result
}

type Client = pg.PoolClient

/** The page's customer ids; rows as arrays, since customer and municipality both have `id`. */
async function pageIds(client: Client, page: { text: string; values: unknown[] }) {
  const result = await client.query<unknown[]>({ ...page, rowMode: 'array' })
  return result.rows.map((r) => String(r[0]))
}

async function sqlList(client: Client, shape: Shape, l: ListQuery, actor: Actor, now: Date) {
  const { count, page } = shape.list(l, actor, now)
  const c = await client.query<{ count: number }>(count)
  return { total: Number(c.rows[0]!.count), ids: await pageIds(client, page) }
}

interface Phases {
  session: number
  count: number
  page: number
  permitted: number
  audit: number
}

/** Everything the API asks of the database for one list request, phase by phase. */
async function sqlListFull(
  pool: pg.Pool,
  shape: Shape,
  l: ListQuery,
  actor: Actor,
  phases: Phases,
) {
  const now = new Date()
  let t = performance.now()
  const lap = (phase: keyof Phases) => {
    const t1 = performance.now()
    phases[phase] += t1 - t
    t = t1
  }
  // The session is read; last_seen_at is written at most once a minute (rarely, here).
  const session = await pool.query<{ id: string; user_account_id: string }>(
    `select "id", "csrf_token", "user_account_id", "last_seen_at" from "user_session"
     where "token_hash" = $1 and "last_seen_at" > $2 and "expires_at" > $3`,
    [
      createHash('sha256').update(actor.token).digest('hex'),
      new Date(now.getTime() - 30 * 60_000),
      now,
    ],
  )
  const userId = session.rows[0]!.user_account_id
  await pool.query(
    `select "display_name", "locale", "disabled_at" from "user_account" where "id" = $1`,
    [userId],
  )
  await Promise.all([
    pool.query(
      `select "organisation_id", "role" from "organisation_member" where "user_account_id" = $1
       order by "created_at" asc, "id" asc`,
      [userId],
    ),
    pool.query(`select "id" from "customer" where "customer"."user_account_id" = $1`, [userId]),
  ])
  lap('session')
  const client = await pool.connect()
  try {
    await client.query('begin')
    const { count, page } = shape.list(l, actor, now)
    await client.query(count)
    lap('count')
    const rows = await pageIds(client, page)
    lap('page')
    if (rows.length > 0) await client.query(shape.permitted(rows, actor, now))
    lap('permitted')
    await client.query(
      `insert into "audit_event" ("occurred_at", "request_id", "actor_user_id",
         "actor_organisation_id", "actor_role", "action", "purpose", "outcome", "person_ids",
         "record_ids")
       values ($1, $2, $3, $4, 'worker', 'customer.list', null, 'success', $5, '{}')`,
      [now, randomUUID(), actor.userId, actor.organisationId, [...rows].sort()],
    )
    await client.query('commit')
    lap('audit')
  } catch (e) {
    await client.query('rollback')
    throw e
  } finally {
    client.release()
  }
}

// ---------------------------------------------------------------------------------------------
// Scenarios

interface Scenario {
  name: string
  query: (i: number, at: (page: number) => KeyPosition | undefined, lastPage: number) => ListQuery
  warmup: number
  requests: number
  concurrentRequests: number
}

function scenarios(): Scenario[] {
  const s = settings
  return [
    {
      name: 'pages 1–50',
      query: (i, at) => ({ after: at(1 + (i % 50)) }),
      warmup: s.warmup,
      requests: s.requests,
      concurrentRequests: s.concurrentRequests,
    },
    {
      name: 'q=prefix, page 1',
      query: (i) => ({ q: SYNTHETIC_SURNAME_PREFIXES[i % SYNTHETIC_SURNAME_PREFIXES.length] }),
      warmup: s.warmup,
      requests: s.requests,
      concurrentRequests: s.concurrentRequests,
    },
    {
      // Keyset paging starts from the last row's position: the last pages cost what the first do.
      name: 'last 10 pages',
      query: (i, at, lastPage) => ({ after: at(Math.max(1, lastPage - (i % 10))) }),
      warmup: Math.ceil(s.warmup / 10),
      requests: Math.ceil(s.requests / 10),
      concurrentRequests: 0,
    },
  ]
}

type Mode = 'api' | 'sql' | 'sql+' | 'proposed'

interface Result {
  scale: number
  scenario: string
  mode: Mode
  run: 'seq' | 'conc'
  stats: Stats
}

// ---------------------------------------------------------------------------------------------

async function main(): Promise<void> {
  const rss: [string, number][] = [['start', rssMb()]]
  const dbName = `saumaton_bench_${process.pid}_${Date.now().toString(36)}`
  const dbUrl = new URL(ADMIN_URL)
  dbUrl.pathname = `/${dbName}`
  const admin = new pg.Client({ connectionString: ADMIN_URL })
  await admin.connect()
  await admin.query(`create database "${dbName}"`)
  console.log(
    `Database ${dbName} on ${dbUrl.host}; ${settings.concurrency} in flight when concurrent; ` +
      `${os.cpus().length} cores, load average ${loadAverage()}.`,
  )

  let database: Database | undefined
  let app: FastifyInstance | undefined
  let direct: pg.Pool | undefined
  let interrupted = false
  const onSignal = () => {
    interrupted = true
  }
  process.once('SIGINT', onSignal)
  try {
    database = await openPostgres(dbUrl.toString(), 10)
    const appPool = (database.db as unknown as { $client: pg.Pool }).$client
    // A backend may outlive its closed client by a moment; the final DROP … WITH (FORCE) must
    // not crash the process through a pool without an error listener.
    appPool.on('error', () => {})
    const statements = new StatementLog()
    statements.attach(appPool)
    await runMigrations(database)
    if (args.proposed) {
      // Before the data, so that loading maintains them as it would in production.
      for (const ddl of PROPOSED_INDEXES) await database.db.execute(sql.raw(ddl))
    }
    await loadDemoData(database.db)
    app = await buildApp({ config: testConfig(), db: database.db, webDist: null })
    await app.listen({ host: '127.0.0.1', port: 0 })
    const base = new URL(`http://127.0.0.1:${(app.server.address() as AddressInfo).port}`)
    const signIn = await request(base, 'POST', '/api/v1/session', {
      body: { username: USERNAME, password: DEMO_PASSWORD },
    })
    const token = signIn.setCookie
      .map((c) => c.split(';')[0]!)
      .find((c) => c.startsWith(`${SESSION_COOKIE}=`))
      ?.slice(SESSION_COOKIE.length + 1)
    if (signIn.status !== 200 || !token) throw new Error(`Sign-in failed (${signIn.status}).`)
    const cookie = `${SESSION_COOKIE}=${token}`

    direct = new pg.Pool({ connectionString: dbUrl.toString(), max: settings.concurrency })
    direct.on('error', () => {})
    const who = await direct.query<{ user_id: string; organisation_id: string }>(
      `select u.id as user_id, m.organisation_id from user_account u
       join organisation_member m on m.user_account_id = u.id where u.username = $1`,
      [USERNAME],
    )
    const actor: Actor = {
      userId: who.rows[0]!.user_id,
      organisationId: who.rows[0]!.organisation_id,
      token,
    }
    rss.push(['app ready', rssMb()])

    const results: Result[] = []
    const phaseRows: (string | number)[][] = []
    const apiStatementRows: (string | number)[][] = []
    const scaleRows: (string | number)[][] = []
    const largest = Math.max(...settings.scales)
    for (const scale of settings.scales) {
      if (interrupted) break
      const have = await syntheticCount(database.db)
      const gen = await generateSyntheticNetwork(database.db, {
        customers: Math.max(0, scale - have),
        seed: settings.seed,
        onProgress: (d, t) => process.stderr.write(`\r  generating ${d} / ${t}`),
      })
      process.stderr.write('\n')
      const sizes = await direct.query<{ customers: number; consents: number; mb: number }>(
        `select (select count(*) from customer)::int as customers,
                (select count(*) from consent)::int as consents,
                (pg_database_size(current_database()) / 1048576)::int as mb`,
      )
      // The exact number the worker may see (the API caps its count), for the last pages.
      const exact = await direct.query<{ n: number }>(
        `select count(*)::int as n from "customer" where ${visibleTo('"customer"."id"', '$1', '$2')}`,
        [actor.organisationId, new Date().toISOString()],
      )
      const visible = { total: exact.rows[0]!.n }
      const lastPage = Math.max(1, Math.ceil(visible.total / PAGE_SIZE))
      const wanted = [...Array.from({ length: 50 }, (_, i) => i + 1)]
      for (let p = Math.max(1, lastPage - 9); p <= lastPage; p++) wanted.push(p)
      const positions = await pagePositions(direct, actor, wanted)
      const at = (page: number) => positions.get(page)
      scaleRows.push([
        String(scale),
        sizes.rows[0]!.customers,
        sizes.rows[0]!.consents,
        visible.total,
        `${gen.customers} in ${gen.seconds.toFixed(1)} s`,
        sizes.rows[0]!.mb,
      ])
      console.log(
        `\n== ${scale} synthetic customers: ${sizes.rows[0]!.customers} customers, ` +
          `${sizes.rows[0]!.consents} consents; ${USERNAME} sees ${visible.total} ` +
          `(generated ${gen.customers} + ${gen.consents} consents in ${gen.seconds.toFixed(1)} s)`,
      )

      // The hand-written SQL must answer exactly what the API answers: the same page, and the
      // same count up to its cap.
      for (const l of [{}, { after: at(7) }, { q: SYNTHETIC_SURNAME_PREFIXES[3] }]) {
        const fromApi = await apiList(base, cookie, l)
        for (const shape of [current]) {
          const client = await direct.connect()
          const fromSql = await sqlList(client, shape, l, actor, new Date()).finally(() =>
            client.release(),
          )
          const same =
            fromApi.total === Math.min(fromSql.total, COUNT_CAP) &&
            fromApi.totalCapped === fromSql.total > COUNT_CAP &&
            fromApi.items.map((x) => x.id).join() === fromSql.ids.join()
          if (!same) {
            throw new Error(
              `The ${shape === proposed ? 'proposed' : 'current'} hand-written SQL does not ` +
                'answer what the API answers (total or page differ): update the Shape in ' +
                'bench/customer-list.bench.ts to what listCustomers runs.',
            )
          }
        }
      }

      for (const sc of scenarios()) {
        if (interrupted) break
        const q = (i: number) => sc.query(i, at, lastPage)
        let phases: Phases = { session: 0, count: 0, page: 0, permitted: 0, audit: 0 }
        const modes: Record<Mode, (i: number) => Promise<unknown>> = {
          api: (i) => apiList(base, cookie, q(i)),
          sql: async (i) => {
            const client = await direct!.connect()
            try {
              return await sqlList(client, current, q(i), actor, new Date())
            } finally {
              client.release()
            }
          },
          'sql+': (i) => sqlListFull(direct!, current, q(i), actor, phases),
          proposed: (i) => sqlListFull(direct!, proposed, q(i), actor, phases),
        }
        const modeList: Mode[] = [
          'api',
          'sql',
          'sql+',
          ...(args.proposed ? ['proposed' as const] : []),
        ]
        for (const mode of modeList) {
          process.stderr.write(`  ${sc.name}: ${mode}\n`)
          await measure(sc.warmup, 1, modes[mode], Math.min(5, settings.maxSecondsPerRun))
          phases = { session: 0, count: 0, page: 0, permitted: 0, audit: 0 }
          const logApi = mode === 'api' && sc.name === scenarios()[0]!.name && scale === largest
          statements.enabled = logApi
          const seq = await measure(sc.requests, 1, modes[mode])
          statements.enabled = false
          results.push({ scale, scenario: sc.name, mode, run: 'seq', stats: statsOf(seq) })
          if (mode === 'sql+' || mode === 'proposed') {
            const n = seq.latencies.length
            phaseRows.push([
              `${scale} ${sc.name} ${mode}`,
              phases.session / n,
              phases.count / n,
              phases.page / n,
              phases.permitted / n,
              phases.audit / n,
            ])
          }
          const sequential = new Map(statements.byLabel)
          statements.byLabel.clear()
          if (sc.concurrentRequests > 0) {
            statements.enabled = logApi
            const conc = await measure(sc.concurrentRequests, settings.concurrency, modes[mode])
            statements.enabled = false
            results.push({ scale, scenario: sc.name, mode, run: 'conc', stats: statsOf(conc) })
          }
          if (logApi) {
            for (const [label, e] of sequential) {
              const c = statements.byLabel.get(label)
              apiStatementRows.push([
                label,
                e.calls / seq.latencies.length,
                e.ms / e.calls,
                c ? c.ms / c.calls : NaN,
              ])
            }
          }
        }
      }
      rss.push([`after ${scale}`, rssMb()])

      if (scale === largest) {
        await explainPage(direct, current, actor, 'current', at(3))
        if (args.proposed) await explainPage(direct, proposed, actor, 'proposed', at(3))
      }
    }

    printResults(results, scaleRows, phaseRows, apiStatementRows)
    await sealAuditEvents(database.db, BENCH_AUDIT_KEY)
    const chain = await verifyAuditChain(database.db, BENCH_AUDIT_KEY)
    console.log(
      `\nAudit chain after the run (sealed): ${chain.ok ? 'intact' : 'BROKEN'}, ${chain.checked} rows ` +
        '(the API and the hand-written path append to the same chain).',
    )
  } finally {
    await app?.close()
    await direct?.end()
    await database?.close()
    agent.destroy()
    if (args['keep-database']) {
      console.log(`Kept database ${dbName}.`)
    } else {
      await dropWhenIdle(admin, dbName)
    }
    await admin.end()
    rss.push(['end', rssMb()])
    console.log(`\nProcess RSS (MB): ${rss.map(([k, v]) => `${k} ${v}`).join(', ')}`)
    console.log(
      `Load average at the end: ${loadAverage()} (other work on the machine skews figures).`,
    )
  }
}

/** Drops the database once the closed pools' backends have gone (forcing after 5 s). */
async function dropWhenIdle(admin: pg.Client, dbName: string): Promise<void> {
  for (let i = 0; i < 50; i++) {
    const { rows } = await admin.query<{ n: number }>(
      'select count(*)::int as n from pg_stat_activity where datname = $1',
      [dbName],
    )
    if (rows[0]!.n === 0) break
    await new Promise((r) => setTimeout(r, 100))
  }
  await admin.query(`drop database if exists "${dbName}" with (force)`)
}

/** The page query's plan at the largest scale, so that index use is visible. */
async function explainPage(
  pool: pg.Pool,
  shape: Shape,
  actor: Actor,
  name: string,
  explainAt: KeyPosition | undefined,
) {
  const { count, page } = shape.list(explainAt ? { after: explainAt } : {}, actor, new Date())
  for (const [what, q] of [
    ['page select (page 3, by position)', page],
    ['count(*)', count],
  ] as const) {
    const plan = await pool.query<{ 'QUERY PLAN': string }>({
      text: `explain (analyze, buffers) ${q.text}`,
      values: q.values,
    })
    console.log(`\nEXPLAIN (ANALYZE, BUFFERS) of the ${name} ${what}:`)
    console.log(plan.rows.map((r) => `  ${r['QUERY PLAN']}`).join('\n'))
  }
}

function printResults(
  results: Result[],
  scaleRows: (string | number)[][],
  phaseRows: (string | number)[][],
  apiStatementRows: (string | number)[][],
): void {
  console.log('\n## Data\n')
  console.log(
    table(
      ['scale', 'customers', 'consents', `visible to ${USERNAME}`, 'generated', 'db MB'],
      scaleRows,
    ),
  )
  console.log('\n## Latency (ms) and throughput (requests/s)\n')
  console.log(
    table(
      ['scale · scenario · run', 'mode', 'n', 'p50', 'p95', 'p99', 'mean', 'req/s'],
      results.map((r) => [
        `${r.scale} · ${r.scenario} · ${r.run === 'seq' ? 'sequential' : `${settings.concurrency} in flight`}`,
        r.mode,
        String(r.stats.n),
        r.stats.p50,
        r.stats.p95,
        r.stats.p99,
        r.stats.mean,
        r.stats.rps,
      ]),
    ),
  )
  console.log('\n## Ratios: API over the hand-written SQL\n')
  const find = (r: Result, mode: Mode) =>
    results.find(
      (x) => x.scale === r.scale && x.scenario === r.scenario && x.run === r.run && x.mode === mode,
    )?.stats
  const withProposed = results.some((r) => r.mode === 'proposed')
  console.log(
    table(
      [
        'scale · scenario · run',
        'p50 api/sql',
        'p95 api/sql',
        'p50 api/sql+',
        'p95 api/sql+',
        'req/s api/sql+',
        ...(withProposed ? ['p50 api/proposed', 'p95 api/proposed'] : []),
      ],
      results
        .filter((r) => r.mode === 'api')
        .map((r) => {
          const sqlS = find(r, 'sql')!
          const fullS = find(r, 'sql+')!
          const newS = find(r, 'proposed')
          return [
            `${r.scale} · ${r.scenario} · ${r.run === 'seq' ? 'sequential' : `${settings.concurrency} in flight`}`,
            r.stats.p50 / sqlS.p50,
            r.stats.p95 / sqlS.p95,
            r.stats.p50 / fullS.p50,
            r.stats.p95 / fullS.p95,
            r.stats.rps / fullS.rps,
            ...(newS ? [r.stats.p50 / newS.p50, r.stats.p95 / newS.p95] : []),
          ]
        }),
    ),
  )
  console.log('\n## The full hand-written request by phase, sequential (mean ms per request)\n')
  console.log(
    table(
      ['scale · scenario · mode', 'session', 'count(*)', 'page', 'permitted', 'audit+commit'],
      phaseRows,
    ),
  )
  console.log(
    `\n## The API's own statements, largest scale, 'pages 1–50' (timed on its pool's clients)\n`,
  )
  console.log(
    table(
      [
        'statement',
        'per request',
        'mean ms, sequential',
        `mean ms, ${settings.concurrency} in flight`,
      ],
      apiStatementRows,
    ),
  )
}

main().catch((e: unknown) => {
  console.error(e instanceof Error ? (e.stack ?? e.message) : e)
  process.exit(1)
})
