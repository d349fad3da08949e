// The public website over HTTP at 100,000 published jobs: the front page, a municipality page,
// the job list (one municipality's and unfiltered) and a job page, against a static file of the
// same bytes served by the same process in the same run (@fastify/static). Each page twice: as
// visitors get it (the page cache keeps it while the site's content version holds) and rendered
// from the database on every request (a query parameter the page ignores makes every URL new).
// Then each page's statements, counted during one rendering and run again under
// EXPLAIN (ANALYZE, BUFFERS).
//
// A fresh PostgreSQL database is created on BENCH_DATABASE_URL's server (default
// postgres://postgres@127.0.0.1:5432/postgres), migrated, filled with the demo data and the
// synthetic postings, and dropped at the end; `--pglite` uses an in-memory PGlite instead (slow to
// fill at 100,000 jobs: use it for small runs).
//   npx tsx bench/public-site.bench.ts [--jobs 100000 --requests 1000 --warmup 100 --pglite --plans]
import { randomBytes } from 'node:crypto'
import fs from 'node:fs'
import http from 'node:http'
import os from 'node:os'
import path from 'node:path'
import type { AddressInfo } from 'node:net'
import { parseArgs } from 'node:util'
import { sql } from 'drizzle-orm'
import pg from 'pg'
import { loadDemoData } from '../src/demo/demo-data'
import { demoOccupations, insertSyntheticJobs } from '../src/demo/synthetic-jobs'
import { testConfig } from '../src/platform/config'
import {
  openPglite,
  openPostgres,
  queryRows,
  runMigrations,
  type Database,
} from '../src/platform/db/database'
import { buildApp } from '../src/server'
import { percentile } from './percentile'

const { values: args } = parseArgs({
  options: {
    jobs: { type: 'string', default: '100000' },
    requests: { type: 'string', default: '1000' },
    warmup: { type: 'string', default: '100' },
    pglite: { type: 'boolean', default: false },
    /** Print every statement's whole plan, not only its summary. */
    plans: { type: 'boolean', default: false },
  },
})
const jobs = Number(args.jobs)
const requests = Number(args.requests)
const warmup = Number(args.warmup)
const ADMIN_URL = process.env.BENCH_DATABASE_URL ?? 'postgres://postgres@127.0.0.1:5432/postgres'

const agent = new http.Agent({ keepAlive: true, maxSockets: 1 })

interface Got {
  ms: number
  bytes: number
  scripts: number
}
function get(base: string, url: string, encoding: string): Promise<Got> {
  const started = performance.now()
  return new Promise((resolve, reject) => {
    http
      .get(`${base}${url}`, { agent, headers: { 'accept-encoding': encoding } }, (res) => {
        const chunks: Buffer[] = []
        res.on('data', (c: Buffer) => chunks.push(c))
        res.on('end', () => {
          const ms = performance.now() - started
          const body = Buffer.concat(chunks)
          if (res.statusCode !== 200) return reject(new Error(`${url}: ${res.statusCode}`))
          const text = encoding === 'identity' ? body.toString() : ''
          // JavaScript a browser would run: any <script> but JSON-LD data blocks.
          const scripts = (text.match(/<script(?![^>]*application\/ld\+json)/g) ?? []).length
          resolve({ ms, bytes: body.length, scripts })
        })
      })
      .on('error', reject)
  })
}

async function measure(base: string, url: (i: number) => string, encoding = 'identity') {
  for (let i = 0; i < warmup; i++) await get(base, url(-1 - i), encoding)
  const times: number[] = []
  let last: Got = { ms: 0, bytes: 0, scripts: 0 }
  for (let i = 0; i < requests; i++) {
    last = await get(base, url(i), encoding)
    times.push(last.ms)
  }
  return {
    p50: percentile(times, 50),
    p95: percentile(times, 95),
    bytes: last.bytes,
    scripts: last.scripts,
  }
}

interface Statement {
  text: string
  values: unknown[]
}

/**
 * Records the statements the app sends while `recording` is set: the pool's (PostgreSQL) or the
 * embedded client's (PGlite) query function, as Drizzle calls it.
 */
function statementRecorder(database: Database) {
  const recorded: Statement[] = []
  let recording = false
  const target = (database.pool ?? database.pglite) as unknown as {
    query: (...a: unknown[]) => unknown
  }
  const original = target.query.bind(target)
  target.query = (...a: unknown[]) => {
    if (recording) {
      const q = a[0] as string | { text: string; values?: unknown[] }
      recorded.push(
        typeof q === 'string'
          ? { text: q, values: (a[1] as unknown[]) ?? [] }
          : { text: q.text, values: (a[1] as unknown[]) ?? q.values ?? [] },
      )
    }
    return original(...a)
  }
  return {
    async during(f: () => Promise<unknown>): Promise<Statement[]> {
      recorded.length = 0
      recording = true
      try {
        await f()
      } finally {
        recording = false
      }
      return [...recorded]
    },
    /** EXPLAIN (ANALYZE, BUFFERS) of a statement, not recorded. */
    async explain(s: Statement): Promise<PlanNode & { 'Execution Time': number }> {
      const text = `explain (analyze, buffers, format json) ${s.text}`
      const res = (await original(text, s.values)) as { rows: Record<string, unknown>[] }
      const cell = Object.values(res.rows[0]!)[0]
      const json = (typeof cell === 'string' ? JSON.parse(cell) : cell) as [
        { Plan: PlanNode; 'Execution Time': number },
      ]
      return { ...json[0].Plan, 'Execution Time': json[0]['Execution Time'] }
    },
    /** The same plan as text, line by line. */
    async explainText(s: Statement): Promise<string[]> {
      const text = `explain (analyze, buffers) ${s.text}`
      const res = (await original(text, s.values)) as { rows: Record<string, string>[] }
      return res.rows.map((r) => Object.values(r)[0] ?? '')
    },
  }
}

interface PlanNode {
  'Node Type': string
  'Relation Name'?: string
  'Index Name'?: string
  'Actual Rows': number
  'Actual Loops': number
  'Rows Removed by Filter'?: number
  'Shared Hit Blocks': number
  'Shared Read Blocks': number
  Plans?: PlanNode[]
}

/** The plan's scans in one line: `Index Scan job_posting_open_idx 21 rows`, seq scans marked. */
function scansOf(node: PlanNode): string[] {
  const here =
    node['Relation Name'] !== undefined
      ? [
          `${node['Node Type']} ${node['Index Name'] ?? node['Relation Name']}` +
            ` ${node['Actual Rows'] * node['Actual Loops']} rows` +
            (node['Rows Removed by Filter']
              ? ` (${node['Rows Removed by Filter'] * node['Actual Loops']} filtered out)`
              : ''),
        ]
      : []
  return [...here, ...(node.Plans ?? []).flatMap(scansOf)]
}

async function openBenchDatabase(): Promise<{ database: Database; drop: () => Promise<void> }> {
  if (args.pglite) {
    const database = await openPglite(undefined)
    return { database, drop: () => database.close() }
  }
  const name = `saumaton_sitebench_${randomBytes(4).toString('hex')}`
  const admin = new pg.Client({ connectionString: ADMIN_URL })
  await admin.connect()
  await admin.query(`create database ${name}`)
  const database = await openPostgres(ADMIN_URL.replace(/\/[^/]*$/, `/${name}`), 8)
  return {
    database,
    drop: async () => {
      await database.close()
      await admin.query(`drop database ${name} with (force)`)
      await admin.end()
    },
  }
}

const { database, drop } = await openBenchDatabase()
try {
  await runMigrations(database)
  const now = new Date()
  await loadDemoData(database.db, now)
  const codes = (
    await queryRows<{ code: string }>(
      database.db,
      sql`select m.code from municipality m join programme_municipality pm on pm.municipality_id = m.id`,
    )
  ).map((r) => r.code)
  let t0 = performance.now()
  await insertSyntheticJobs(database.db, {
    count: jobs,
    occupations: demoOccupations,
    municipalityCodes: codes,
    now,
    seed: 11,
  })
  const insertSeconds = (performance.now() - t0) / 1000
  t0 = performance.now()
  await database.db.execute(sql`vacuum analyze job_posting`)
  const vacuumSeconds = (performance.now() - t0) / 1000
  const [{ n } = { n: 0 }] = await queryRows<{ n: number }>(
    database.db,
    sql`select count(*)::int as n from job_posting where state = 'published' and valid_through > now()`,
  )
  const [job] = await queryRows<{ id: string }>(
    database.db,
    sql`select id::text as id from job_posting where state = 'published' and municipality_code = '564'
        order by published_at desc, id desc offset ${Math.min(500, Math.floor(jobs / 10))} limit 1`,
  )
  console.log(
    `${n} open jobs in ${codes.length} municipalities; ${jobs} synthetic postings inserted in ` +
      `${insertSeconds.toFixed(1)} s (vacuum analyze ${vacuumSeconds.toFixed(1)} s); ` +
      `${database.kind}; load average ${loadavg()}`,
  )

  const staticDir = fs.mkdtempSync(path.join(os.tmpdir(), 'site-bench-'))
  const pages: Record<string, string> = {
    front: '/',
    municipality: '/oulu',
    'jobs-oulu': '/tyopaikat?municipality=oulu',
    jobs: '/tyopaikat',
    job: `/tyopaikka/${job!.id}`,
  }
  const probe = await buildApp({ config: testConfig(), db: database.db, webDist: null })
  for (const [name, u] of Object.entries(pages)) {
    const res = await probe.inject({ method: 'GET', url: u })
    if (res.statusCode !== 200) throw new Error(`${u}: ${res.statusCode}`)
    fs.writeFileSync(path.join(staticDir, `${name}.html`), res.body)
  }
  await probe.close()
  const recorder = statementRecorder(database)
  const app = await buildApp({ config: testConfig(), db: database.db, webDist: staticDir })
  await app.listen({ port: 0, host: '127.0.0.1' })
  const base = `http://127.0.0.1:${(app.server.address() as AddressInfo).port}`
  const withParam = (u: string, v: string | number) =>
    `${u}${u.includes('?') ? '&' : '?'}bench=${v}`
  const shown = (u: string) => u.replace(job!.id, '{id}')

  const rows: string[] = []
  t0 = performance.now()
  for (const [name, u] of Object.entries(pages)) {
    const page = await measure(base, () => u)
    const file = await measure(base, () => `/app/${name}.html`)
    const br = await measure(base, () => u, 'br')
    const fresh = await measure(base, (i) => withParam(u, i))
    rows.push(
      `| ${name} (\`${shown(u)}\`) | ${page.bytes} | ${page.scripts} | ${page.p50.toFixed(2)} | ${page.p95.toFixed(2)} | ` +
        `${file.p95.toFixed(2)} | ${(page.p95 / file.p95).toFixed(1)} | ${br.bytes} | ${br.p95.toFixed(2)} | ` +
        `${fresh.p50.toFixed(2)} | ${fresh.p95.toFixed(2)} | ${(fresh.p95 / file.p95).toFixed(1)} |`,
    )
  }
  const seconds = (performance.now() - t0) / 1000
  console.log(
    `${requests} sequential requests after ${warmup} warm-up, one keep-alive connection, ` +
      `${os.cpus().length} cores; load average ${loadavg()} after ${seconds.toFixed(0)} s of measuring\n` +
      '| page | bytes | scripts | p50 ms | p95 ms | static file p95 ms | ratio p95 | bytes br | p95 ms br | rendered p50 ms | rendered p95 ms | rendered ratio p95 |\n' +
      '|---|---|---|---|---|---|---|---|---|---|---|---|\n' +
      rows.join('\n'),
  )

  // Each page's statements, rendered once more, then each under EXPLAIN (ANALYZE, BUFFERS).
  const plans: string[] = []
  for (const [name, u] of Object.entries(pages)) {
    const statements = await recorder.during(() => get(base, withParam(u, 'plan'), 'identity'))
    let hit = 0
    let read = 0
    let ms = 0
    const lines: string[] = []
    for (const s of statements) {
      const plan = await recorder.explain(s)
      hit += plan['Shared Hit Blocks']
      read += plan['Shared Read Blocks']
      ms += plan['Execution Time']
      const head = s.text.replace(/\s+/g, ' ').slice(0, 70)
      lines.push(
        `    ${plan['Execution Time'].toFixed(2)} ms, buffers hit ${plan['Shared Hit Blocks']} read ${plan['Shared Read Blocks']}: ` +
          `${scansOf(plan).join('; ') || plan['Node Type']} — ${head}`,
      )
      if (args.plans) lines.push(...(await recorder.explainText(s)).map((l) => `      ${l}`))
    }
    plans.push(
      `  ${name} (${shown(u)}): ${statements.length} statements, buffers hit ${hit} read ${read}, ` +
        `${ms.toFixed(2)} ms of execution\n${lines.join('\n')}`,
    )
  }
  console.log(`Statements per rendered page (EXPLAIN ANALYZE, BUFFERS):\n${plans.join('\n')}`)
  await app.close()
  fs.rmSync(staticDir, { recursive: true })
} finally {
  agent.destroy()
  await drop()
}

function loadavg() {
  return os
    .loadavg()
    .map((l) => l.toFixed(2))
    .join(', ')
}
