// The public website over HTTP: the front page and a municipality page, rendered from the
// database on every request, against a static file of the same size served by the same process
// (@fastify/static). Demo data on an in-memory PGlite, or PostgreSQL with BENCH_DATABASE_URL.
//   npx tsx bench/public-site.bench.ts [--requests 1000 --warmup 100]
import fs from 'node:fs'
import http from 'node:http'
import os from 'node:os'
import path from 'node:path'
import type { AddressInfo } from 'node:net'
import { parseArgs } from 'node:util'
import { loadDemoData } from '../src/demo/demo-data'
import { testConfig } from '../src/platform/config'
import { openPglite, runMigrations } from '../src/platform/db/database'
import { buildApp } from '../src/server'
import { percentile } from './percentile'

const { values: args } = parseArgs({
  options: {
    requests: { type: 'string', default: '1000' },
    warmup: { type: 'string', default: '100' },
  },
})
const requests = Number(args.requests)
const warmup = Number(args.warmup)

const agent = new http.Agent({ keepAlive: true, maxSockets: 1 })

function get(base: string, url: string, encoding: string): Promise<{ ms: number; bytes: number }> {
  const started = performance.now()
  return new Promise((resolve, reject) => {
    http
      .get(`${base}${url}`, { agent, headers: { 'accept-encoding': encoding } }, (res) => {
        let bytes = 0
        res.on('data', (c: Buffer) => (bytes += c.length))
        res.on('end', () => {
          if (res.statusCode !== 200) reject(new Error(`${url}: ${res.statusCode}`))
          else resolve({ ms: performance.now() - started, bytes })
        })
      })
      .on('error', reject)
  })
}

async function measure(base: string, url: string, encoding = 'identity') {
  for (let i = 0; i < warmup; i++) await get(base, url, encoding)
  const times: number[] = []
  let bytes = 0
  for (let i = 0; i < requests; i++) {
    const r = await get(base, url, encoding)
    times.push(r.ms)
    bytes = r.bytes
  }
  return { p50: percentile(times, 50), p95: percentile(times, 95), bytes }
}

const database = await openPglite(undefined)
await runMigrations(database)
await loadDemoData(database.db)
const staticDir = fs.mkdtempSync(path.join(os.tmpdir(), 'site-bench-'))
const probe = await buildApp({ config: testConfig(), db: database.db, webDist: null })
const pages = { front: '/', municipality: '/oulu' }
for (const [name, url] of Object.entries(pages)) {
  const res = await probe.inject({ method: 'GET', url })
  fs.writeFileSync(path.join(staticDir, `${name}.html`), res.body)
}
await probe.close()
const app = await buildApp({ config: testConfig(), db: database.db, webDist: staticDir })
await app.listen({ port: 0, host: '127.0.0.1' })
const base = `http://127.0.0.1:${(app.server.address() as AddressInfo).port}`

const rows: string[] = []
for (const [name, url] of Object.entries(pages)) {
  const page = await measure(base, url)
  const file = await measure(base, `/app/${name}.html`)
  const br = await measure(base, url, 'br')
  rows.push(
    `| ${name} (\`${url}\`) | ${page.bytes} | ${page.p50.toFixed(2)} | ${page.p95.toFixed(2)} | ` +
      `${file.p95.toFixed(2)} | ${(page.p95 / file.p95).toFixed(1)} | ${br.bytes} | ${br.p95.toFixed(2)} |`,
  )
}
console.log(
  `${requests} sequential requests after ${warmup} warm-up, one keep-alive connection, PGlite, ${os.cpus().length} cores\n` +
    '| page | bytes | p50 ms | p95 ms | static file p95 ms | ratio p95 | bytes br | p95 ms br |\n' +
    '|---|---|---|---|---|---|---|---|\n' +
    rows.join('\n'),
)
await app.close()
await database.close()
fs.rmSync(staticDir, { recursive: true })
agent.destroy()
