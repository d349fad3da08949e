// The national-scale benchmark (bench/README.md): the app on PostgreSQL with a million synthetic
// young people, each measure reported as a ratio to the very same SQL run directly:
//   npx tsx bench/national-scale.bench.ts [--customers 1000000] [--consents-per-customer 5]
//     [--case-share 0.6] [--workers 20000] [--requests 300] [--database NAME] [--keep-database]
//     [--generate-only] [--no-case-page] [--case-page-three-requests]
// The statements of one API request are recorded on the app's pool after warm-up, and replayed
// by hand through `pg` (BEGIN … COMMIT, audit insert included): api / sql is what the Node side
// costs around the database's own work. With --database the generated data are reused.
import http from 'node:http'
import os from 'node:os'
import type { AddressInfo } from 'node:net'
import { parseArgs } from 'node:util'
import pg from 'pg'
import { buildApp } from '../src/server'
import { DEMO_PASSWORD, loadDemoData } from '../src/demo/demo-data'
import { generateSyntheticNetwork } from '../src/demo/synthetic'
import { generateSyntheticCases, generateSyntheticWorkers } from '../src/demo/synthetic-cases'
import { testConfig } from '../src/platform/config'
import { openPostgres, preparedByText, runMigrations } from '../src/platform/db/database'
import { percentile } from './percentile'

const { values: args } = parseArgs({
  options: {
    customers: { type: 'string', default: '1000000' },
    'consents-per-customer': { type: 'string', default: '5' },
    'case-share': { type: 'string', default: '0.6' },
    workers: { type: 'string', default: '20000' },
    requests: { type: 'string', default: '300' },
    concurrency: { type: 'string', default: '8' },
    database: { type: 'string' },
    'keep-database': { type: 'boolean', default: false },
    'generate-only': { type: 'boolean', default: false },
    // Leaves out the case page, e.g. to compare with an older run.
    'no-case-page': { type: 'boolean', default: false },
    // The case page as three requests at once (case, plan, timeline), as before the case view.
    'case-page-three-requests': { type: 'boolean', default: false },
  },
})
const ADMIN_URL = process.env.BENCH_DATABASE_URL ?? 'postgres://postgres@127.0.0.1:5432/postgres'
const requests = Number(args.requests)
const concurrency = Number(args.concurrency)

interface Statement {
  text: string
  values: unknown[]
}

/** Records the statements the app's pool runs while `recording` is set. */
class Recorder {
  recording: Statement[] | null = null
  /** Turns the audit insert into a no-op, to measure what the audit costs (bench only). */
  auditOff = false
  attach(pool: pg.Pool): void {
    const wrapped = new WeakSet<object>()
    pool.on('acquire', (client: pg.PoolClient) => {
      if (wrapped.has(client)) return
      wrapped.add(client)
      const original = client.query.bind(client) as (...a: unknown[]) => unknown
      ;(client as unknown as { query: (...a: unknown[]) => unknown }).query = (...a: unknown[]) => {
        if (this.recording) {
          const q = a[0] as string | { text: string; values?: unknown[] }
          const text = typeof q === 'string' ? q : q.text
          const values = (typeof q === 'string' ? undefined : q.values) ?? (a[1] as unknown[]) ?? []
          this.recording.push({ text, values: Array.isArray(values) ? values : [] })
        }
        if (this.auditOff) {
          const q = a[0] as string | { text: string }
          const text = typeof q === 'string' ? q : q.text
          if (/^insert into "audit_event"/i.test(text)) return original('select 1')
        }
        return original(...a)
      }
    })
  }
}

const agent = new http.Agent({ keepAlive: true, maxSockets: 64 })
function call(
  base: URL,
  method: string,
  path: string,
  cookie: string,
  body?: unknown,
): Promise<{ status: number; body: string; setCookie: string[] }> {
  return new Promise((resolve, reject) => {
    const payload = body === undefined ? undefined : JSON.stringify(body)
    const req = http.request(
      new URL(path, base),
      {
        method,
        agent,
        headers: {
          cookie,
          ...(payload ? { 'content-type': 'application/json' } : {}),
        },
      },
      (res) => {
        let data = ''
        res.on('data', (d: Buffer) => (data += d.toString()))
        res.on('end', () =>
          resolve({
            status: res.statusCode ?? 0,
            body: data,
            setCookie: ([] as string[]).concat(res.headers['set-cookie'] ?? []),
          }),
        )
      },
    )
    req.on('error', reject)
    if (payload) req.write(payload)
    req.end()
  })
}

async function sequential(n: number, fn: (i: number) => Promise<void>): Promise<number[]> {
  const ms: number[] = []
  for (let i = 0; i < n; i++) {
    const t = performance.now()
    await fn(i)
    ms.push(performance.now() - t)
  }
  return ms
}

/** Requests per second with `inFlight` at once, over `n` requests. */
async function throughput(n: number, inFlight: number, fn: (i: number) => Promise<void>) {
  let next = 0
  const t = performance.now()
  await Promise.all(
    Array.from({ length: inFlight }, async () => {
      while (next < n) await fn(next++)
    }),
  )
  return (n / (performance.now() - t)) * 1000
}

async function main(): Promise<void> {
  const admin = new pg.Client({ connectionString: ADMIN_URL })
  await admin.connect()
  const reuse = args.database
  const dbName = reuse ?? `saumaton_national_${process.pid}_${Date.now().toString(36)}`
  if (!reuse) await admin.query(`create database "${dbName}"`)
  const dbUrl = new URL(ADMIN_URL)
  dbUrl.pathname = `/${dbName}`
  // Sized for 16 in flight, with time to wait: the figures are about speed, not about shedding load.
  const database = await openPostgres(dbUrl.toString(), 20, 120_000)
  const appPool = database.pool!
  appPool.on('error', () => {})
  const recorder = new Recorder()
  recorder.attach(appPool)
  const direct = new pg.Pool({ connectionString: dbUrl.toString(), max: concurrency })
  direct.on('error', () => {})
  // The hand-run SQL is prepared as the app's pool prepares it: the same statements, planned alike.
  preparedByText(direct)
  try {
    await runMigrations(database)
    await loadDemoData(database.db)
    if (!reuse) {
      const t0 = performance.now()
      const workers = await generateSyntheticWorkers(database.db, Number(args.workers))
      const people = await generateSyntheticNetwork(database.db, {
        customers: Number(args.customers),
        consentsPerCustomer: Number(args['consents-per-customer']),
        onProgress: (d, t) => process.stderr.write(`\rcustomers ${d} / ${t}`),
      })
      process.stderr.write('\n')
      const cases = await generateSyntheticCases(database.db, {
        share: Number(args['case-share']),
        onProgress: (seen) => process.stderr.write(`\rcases: ${seen} customers seen`),
      })
      process.stderr.write('\n')
      console.log(
        `Generated in ${((performance.now() - t0) / 1000).toFixed(0)} s: ${workers} workers, ` +
          `${people.customers} customers, ${people.consents} consents, ${cases.cases} cases, ` +
          `${cases.steps} steps, ${cases.messages} messages, ${cases.timelineEvents} timeline events, ` +
          `${cases.auditEvents} audit events.`,
      )
    }
    const counts = await direct.query<Record<string, number>>(
      `select (select count(*)::int from customer) as customers,
              (select count(*)::int from consent) as consents,
              (select count(*)::int from timeline_event) as timeline,
              (select count(*)::int from joint_customership) as cases,
              (select count(*)::int from audit_event) as audit,
              pg_database_size(current_database())::bigint / 1048576 as mb`,
    )
    console.log(`Database ${dbName}: ${JSON.stringify(counts.rows[0])}`)
    if (args['generate-only']) return

    const app = await buildApp({
      config: testConfig({ LOG_LEVEL: 'silent' }),
      db: database.db,
      webDist: null,
    })
    await app.listen({ host: '127.0.0.1', port: 0 })
    const base = new URL(`http://127.0.0.1:${(app.server.address() as AddressInfo).port}`)
    const signIn = await call(base, 'POST', '/api/v1/session', '', {
      username: 'te1',
      password: DEMO_PASSWORD,
    })
    const cookie = signIn.setCookie.map((c) => c.split(';')[0]).join('; ')
    if (signIn.status !== 200) throw new Error(`Sign-in failed (${signIn.status})`)

    // A customer of te1's with a case, for the case page.
    const own = JSON.parse(
      (await call(base, 'GET', '/api/v1/customers?scope=mine', cookie)).body,
    ) as {
      items: { id: string }[]
    }
    const anyCase = JSON.parse(
      (await call(base, 'GET', '/api/v1/customers?scope=organisation&openSteps=true', cookie)).body,
    ) as { items: { id: string }[] }
    const caseCustomer = own.items[0]?.id ?? anyCase.items[0]?.id
    if (!caseCustomer) throw new Error('te1 sees no case')
    const stems = ['aho', 'kivi', 'lah', 'mäk', 'niem', 'rant', 'salo', 'vir']

    const scenarios: { name: string; paths: (i: number) => string[]; goalP95: number }[] = [
      {
        name: 'own cases (scope=mine)',
        paths: () => ['/api/v1/customers?scope=mine'],
        goalP95: 20,
      },
      {
        name: 'organisation search by name prefix',
        paths: (i) => [
          `/api/v1/customers?scope=organisation&q=${encodeURIComponent(stems[i % stems.length]!)}`,
        ],
        goalP95: 20,
      },
      ...(!args['no-case-page']
        ? [
            args['case-page-three-requests']
              ? {
                  name: 'case + plan + timeline page (three requests at once)',
                  paths: () => [
                    `/api/v1/customers/${caseCustomer}/case`,
                    `/api/v1/customers/${caseCustomer}/plan`,
                    `/api/v1/customers/${caseCustomer}/case/timeline`,
                  ],
                  goalP95: 15,
                }
              : {
                  // The web app's case view: one request for the case, the plan and the
                  // timeline's first page.
                  name: 'case + plan + timeline page (one request)',
                  paths: () => [`/api/v1/customers/${caseCustomer}/case-view?timelineLimit=10`],
                  goalP95: 15,
                },
          ]
        : []),
    ]

    const rows: string[] = []
    for (const s of scenarios) {
      const apiPage = async (i: number) => {
        const res = await Promise.all(s.paths(i).map((p) => call(base, 'GET', p, cookie)))
        for (const r of res)
          if (r.status !== 200) throw new Error(`${s.name}: ${r.status} ${r.body}`)
      }
      // Warm up, then record the statements of each distinct request once.
      await sequential(30, apiPage)
      const recorded: Statement[][] = []
      for (let i = 0; i < stems.length; i++) {
        for (const p of s.paths(i)) {
          recorder.recording = []
          const r = await call(base, 'GET', p, cookie)
          if (r.status !== 200) throw new Error(`${p}: ${r.status}`)
          recorded.push(recorder.recording)
          recorder.recording = null
        }
      }
      const perPage = s.paths(0).length
      const sqlPage = async (i: number) => {
        const at = (i % stems.length) * perPage
        await Promise.all(
          recorded.slice(at, at + perPage).map(async (statements) => {
            const client = await direct.connect()
            try {
              for (const st of statements) await client.query(st.text, st.values)
            } finally {
              client.release()
            }
          }),
        )
      }
      const apiMs = await sequential(requests, apiPage)
      const sqlMs = await sequential(requests, sqlPage)
      const apiRate = await throughput(requests, concurrency, apiPage)
      const sqlRate = await throughput(requests, concurrency, sqlPage)
      // All the page's requests together (one for the case view, one for a list).
      const statements = recorded.slice(0, perPage).reduce((n, r) => n + r.length, 0)
      rows.push(
        `| ${s.name} (${statements} statements) | ${percentile(apiMs, 50).toFixed(1)} / ${percentile(apiMs, 95).toFixed(1)} | ` +
          `${percentile(sqlMs, 50).toFixed(1)} / ${percentile(sqlMs, 95).toFixed(1)} | ` +
          `${(percentile(apiMs, 95) / percentile(sqlMs, 95)).toFixed(2)} | ${s.goalP95} | ` +
          `${apiRate.toFixed(0)} / ${sqlRate.toFixed(0)} = **${(apiRate / sqlRate).toFixed(2)}** | ${statements} |`,
      )
      console.error(rows[rows.length - 1])
    }
    // The audit's price: the same audited requests, 16 in flight, with the audit insert skipped.
    const casePage = async () => {
      const r = await call(base, 'GET', `/api/v1/customers/${caseCustomer}`, cookie)
      if (r.status !== 200) throw new Error(`customer summary: ${r.status}`)
    }
    const auditedN = requests * 3
    await throughput(100, 16, casePage)
    const withAudit = await throughput(auditedN, 16, casePage)
    recorder.auditOff = true
    const withoutAudit = await throughput(auditedN, 16, casePage)
    recorder.auditOff = false
    const withAuditAgain = await throughput(auditedN, 16, casePage)
    const audited = (withAudit + withAuditAgain) / 2
    rows.push(
      `| audited requests/s, 16 in flight (a customer's summary), vs. audit off | | | | | ` +
        `${audited.toFixed(0)} / ${withoutAudit.toFixed(0)} = **${(audited / withoutAudit).toFixed(2)}** (goal ≥ 0.7) | |`,
    )
    console.log(
      `\n${os.cpus().length} cores, load average ${os
        .loadavg()
        .map((l) => l.toFixed(1))
        .join(' ')}\n`,
    )
    console.log(
      '| measure | api p50 / p95 ms | same SQL p50 / p95 ms | p95 api/sql | goal p95 ms | req/s with ' +
        `${concurrency} in flight: api / sql = ratio | statements per request |`,
    )
    console.log('| --- | ---: | ---: | ---: | ---: | ---: | ---: |')
    for (const r of rows) console.log(r)
    console.error('(rows were printed as they were measured, above)')
    await app.close()
  } finally {
    await direct.end()
    await database.close()
    if (!reuse && !args['keep-database'] && !args['generate-only']) {
      await admin.query(`drop database if exists "${dbName}" with (force)`)
    } else console.log(`Kept database ${dbName} (--database ${dbName} reuses it).`)
    await admin.end()
  }
}

main().catch((e: unknown) => {
  console.error(e instanceof Error ? e.stack : e)
  process.exit(1)
})
