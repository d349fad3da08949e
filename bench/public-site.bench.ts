// The public website over HTTP at 100,000 published jobs: the front page, a municipality page,
// the job list and a job page, against a static file of the same bytes served by the same
// process in the same run (@fastify/static). Each page twice: as visitors get it (the page
// cache keeps it while the site's content version holds) and rendered from the database on
// every request (a query parameter the page ignores makes every URL new).
// Demo data + synthetic jobs on an in-memory PGlite, or PostgreSQL with BENCH_DATABASE_URL
// (an empty database; it is migrated and filled).
//   npx tsx bench/public-site.bench.ts [--jobs 100000 --requests 1000 --warmup 100]
import fs from 'node:fs'
import http from 'node:http'
import os from 'node:os'
import path from 'node:path'
import type { AddressInfo } from 'node:net'
import { parseArgs } from 'node:util'
import { sql } from 'drizzle-orm'
import { loadDemoData } from '../src/demo/demo-data'
import { demoOccupations, insertSyntheticJobs } from '../src/demo/synthetic-jobs'
import { testConfig } from '../src/platform/config'
import { openPglite, openPostgres, queryRows, runMigrations } from '../src/platform/db/database'
import { buildApp } from '../src/server'
import { percentile } from './percentile'

const { values: args } = parseArgs({
  options: {
    jobs: { type: 'string', default: '100000' },
    requests: { type: 'string', default: '1000' },
    warmup: { type: 'string', default: '100' },
  },
})
const jobs = Number(args.jobs)
const requests = Number(args.requests)
const warmup = Number(args.warmup)

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

const url = process.env.BENCH_DATABASE_URL
const database = url ? await openPostgres(url, 8) : await openPglite(undefined)
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
  batchSize: 1000,
})
await database.db.execute(sql`analyze job_posting`)
const [{ n } = { n: 0 }] = await queryRows<{ n: number }>(
  database.db,
  sql`select count(*)::int as n from job_posting where state = 'published' and valid_through > now()`,
)
const insertSeconds = (performance.now() - t0) / 1000
const [job] = await queryRows<{ id: string }>(
  database.db,
  sql`select id::text as id from job_posting where state = 'published' and municipality_code = '564'
      order by published_at desc, id desc offset 500 limit 1`,
)

const staticDir = fs.mkdtempSync(path.join(os.tmpdir(), 'site-bench-'))
const pages = {
  front: '/',
  municipality: '/oulu',
  jobs: '/tyopaikat?municipality=oulu',
  job: `/tyopaikka/${job!.id}`,
}
const probe = await buildApp({ config: testConfig(), db: database.db, webDist: null })
for (const [name, u] of Object.entries(pages)) {
  const res = await probe.inject({ method: 'GET', url: u })
  if (res.statusCode !== 200) throw new Error(`${u}: ${res.statusCode}`)
  fs.writeFileSync(path.join(staticDir, `${name}.html`), res.body)
}
await probe.close()
const app = await buildApp({ config: testConfig(), db: database.db, webDist: staticDir })
await app.listen({ port: 0, host: '127.0.0.1' })
const base = `http://127.0.0.1:${(app.server.address() as AddressInfo).port}`

const rows: string[] = []
t0 = performance.now()
for (const [name, u] of Object.entries(pages)) {
  const join = u.includes('?') ? '&' : '?'
  const page = await measure(base, () => u)
  const file = await measure(base, () => `/app/${name}.html`)
  const br = await measure(base, () => u, 'br')
  const fresh = await measure(base, (i) => `${u}${join}bench=${i}`)
  rows.push(
    `| ${name} (\`${u.replace(job!.id, '{id}')}\`) | ${page.bytes} | ${page.scripts} | ${page.p50.toFixed(2)} | ${page.p95.toFixed(2)} | ` +
      `${file.p95.toFixed(2)} | ${(page.p95 / file.p95).toFixed(1)} | ${br.bytes} | ${br.p95.toFixed(2)} | ` +
      `${fresh.p50.toFixed(2)} | ${fresh.p95.toFixed(2)} |`,
  )
}
const seconds = (performance.now() - t0) / 1000
console.log(
  `${n} open jobs (inserted in ${insertSeconds.toFixed(0)} s); ${requests} sequential requests after ${warmup} warm-up, ` +
    `one keep-alive connection, ${url ? 'PostgreSQL' : 'PGlite'}, ${os.cpus().length} cores; ` +
    `load average ${os
      .loadavg()
      .map((l) => l.toFixed(2))
      .join(', ')} after ${seconds.toFixed(0)} s of measuring\n` +
    '| page | bytes | scripts | p50 ms | p95 ms | static file p95 ms | ratio p95 | bytes br | p95 ms br | rendered p50 ms | rendered p95 ms |\n' +
    '|---|---|---|---|---|---|---|---|---|---|---|\n' +
    rows.join('\n'),
)
await app.close()
await database.close()
fs.rmSync(staticDir, { recursive: true })
agent.destroy()
