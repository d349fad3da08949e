// A mixed workload at a fixed rate against two app processes on one PostgreSQL (and, with
// --replica, a streaming replica that reports read from), for a set time:
//   npx tsx bench/load.ts [--minutes 10] [--rate 40] [--customers 100000] [--replica]
// Prints one markdown table: per kind of request n, p50 / p95 / p99 ms, errors; and the RSS of
// both app processes over the run. Needs root and Debian's PostgreSQL server binaries (it runs
// private clusters as the postgres user, like the failure tests).
import fs from 'node:fs'
import { parseArgs } from 'node:util'
import { generateSyntheticNetwork } from '../src/demo/synthetic'
import { openPostgres, runMigrations } from '../src/platform/db/database'
import { PrivateCluster } from '../src/platform/testing/private-cluster'
import { freePort, HttpSession, ServerProcess } from '../src/platform/testing/server-process'
import { percentile } from './percentile'

const { values } = parseArgs({
  options: {
    minutes: { type: 'string', default: '10' },
    rate: { type: 'string', default: '40' },
    customers: { type: 'string', default: '100000' },
    replica: { type: 'boolean', default: false },
    port: { type: 'string', default: '56432' },
  },
})
const minutes = Number(values.minutes)
const rate = Number(values.rate)
const customers = Number(values.customers)

type Kind =
  | 'worker: customer list'
  | 'worker: name search'
  | 'worker: case + plan + timeline'
  | 'worker: work queue'
  | 'worker: step update'
  | 'worker: message'
  | 'young person: plan'
  | 'young person: consents'
  | 'young person: message'
  | 'report: lead times'

// Shares of the mix (sum 100): a caseworker's day with the young people's visits among it.
const mix: [Kind, number][] = [
  ['worker: customer list', 18],
  ['worker: name search', 10],
  ['worker: case + plan + timeline', 20],
  ['worker: work queue', 10],
  ['worker: step update', 6],
  ['worker: message', 6],
  ['young person: plan', 12],
  ['young person: consents', 8],
  ['young person: message', 5],
  ['report: lead times', 5],
]

interface Sample {
  kind: Kind
  ms: number
  ok: boolean
  status: number
}

function rssMb(pid: number | null): number {
  if (!pid) return NaN
  const status = fs.readFileSync(`/proc/${pid}/status`, 'utf8')
  const kb = Number(/VmRSS:\s+(\d+)/.exec(status)?.[1] ?? NaN)
  return kb / 1024
}

async function json<T>(res: Response): Promise<T> {
  return (await res.json()) as T
}

async function main(): Promise<void> {
  const cannot = PrivateCluster.unavailableReason()
  if (cannot) throw new Error(`bench/load.ts cannot run here: ${cannot}`)
  const base = Number(values.port)
  const primary = PrivateCluster.create(base)
  let replica: PrivateCluster | null = null
  const servers: ServerProcess[] = []
  try {
    primary.start()
    primary.createDatabase('saumaton')
    const url = primary.url('saumaton')
    const t0 = performance.now()
    const database = await openPostgres(url, 2)
    await runMigrations(database)
    const generated = await generateSyntheticNetwork(database.db, { customers })
    await database.close()
    console.error(
      `generated ${generated.customers} customers, ${generated.consents} consents in ` +
        `${((performance.now() - t0) / 1000).toFixed(0)} s`,
    )
    if (values.replica) {
      replica = PrivateCluster.replicaOf(primary, base + 1)
      replica.start()
    }
    const env = {
      DEMO: 'true',
      DATABASE_URL: url,
      AUDIT_KEY: 'e5'.repeat(32),
      // Every worker of the demo signs in from this one address.
      LOGIN_MAX_FAILURES_PER_ADDRESS: '100000',
      ...(replica ? { REPLICA_DATABASE_URL: replica.url('saumaton') } : {}),
    }
    for (let i = 0; i < 2; i++) servers.push(new ServerProcess(await freePort(), env))
    await Promise.all(servers.map((s) => s.start()))

    // Sessions on both processes: any process serves any session (no sticky sessions).
    const workers = ['te1', 'te2', 'kela1', 'oulu1', 'pudasjarvi1', 'raahe1']
    const people = ['aino', 'eetu', 'helmi', 'onni', 'venla', 'sofia', 'elias']
    const workerSessions = await Promise.all(
      workers.map((w, i) => HttpSession.signIn(servers[i % 2]!.url, w)),
    )
    // The young people who have a plan (a joint customership) to look at.
    const personSessions: HttpSession[] = []
    const selfIds: string[] = []
    for (const [i, p] of people.entries()) {
      const s = await HttpSession.signIn(servers[i % 2]!.url, p)
      const me = await json<{ user: { customerId: string | null } }>(await s.get('/api/v1/me'))
      const id = me.user.customerId
      if (id && (await s.get(`/api/v1/customers/${id}/plan`)).status === 200) {
        personSessions.push(s)
        selfIds.push(id)
      }
    }
    // Customers with a case that each worker's organisation may open.
    const visibleCases = await Promise.all(
      workerSessions.map(async (s) => {
        const ids: string[] = []
        for (const id of selfIds) {
          if ((await s.get(`/api/v1/customers/${id}/case`)).status === 200) ids.push(id)
        }
        return ids
      }),
    )

    const pick = <T>(xs: T[], n: number): T => xs[n % xs.length]!
    const stems = ['aho', 'kivi', 'lah', 'mäk', 'niem', 'rant', 'salo', 'vir']
    const run = async (kind: Kind, n: number): Promise<number> => {
      const w = n % workerSessions.length
      const worker = workerSessions[w]!
      const cases = visibleCases[w]!
      const p = n % personSessions.length
      const person = personSessions[p]!
      const self = selfIds[p]
      switch (kind) {
        case 'worker: customer list':
          return (await worker.get('/api/v1/customers')).status
        case 'worker: name search':
          return (await worker.get(`/api/v1/customers?q=${encodeURIComponent(pick(stems, n))}`))
            .status
        case 'worker: case + plan + timeline': {
          const id = cases.length > 0 ? pick(cases, n) : null
          if (!id) return (await worker.get('/api/v1/customers')).status
          // The case view's one request, as the web app makes it.
          return (await worker.get(`/api/v1/customers/${id}/case-view?timelineLimit=10`)).status
        }
        case 'worker: work queue':
          return (await worker.get('/api/v1/service-actions?scope=organisation')).status
        case 'worker: step update': {
          const queue = await json<{ items: { id: string; status: string; version: number }[] }>(
            await worker.get('/api/v1/service-actions?scope=organisation'),
          )
          const step = queue.items.find((s) => s.status === 'open' || s.status === 'in_progress')
          if (!step) return 200
          const res = await worker.request('PATCH', `/api/v1/service-actions/${step.id}`, {
            version: step.version,
            status: step.status === 'open' ? 'in_progress' : 'open',
          })
          // Two processes may update the same step at once: 409 is the version check working.
          return res.status === 409 ? 200 : res.status
        }
        case 'worker: message': {
          const id = cases.length > 0 ? pick(cases, n) : null
          if (!id) return 200
          return (
            await worker.post(`/api/v1/customers/${id}/case/team-messages`, {
              body: `Load message ${n}`,
            })
          ).status
        }
        case 'young person: plan':
          return self ? (await person.get(`/api/v1/customers/${self}/plan`)).status : 200
        case 'young person: consents':
          return self ? (await person.get(`/api/v1/customers/${self}/consents`)).status : 200
        case 'young person: message':
          return self
            ? (
                await person.post(`/api/v1/customers/${self}/messages`, {
                  body: `Hello from load ${n}`,
                })
              ).status
            : 200
        case 'report: lead times':
          return (await worker.get('/api/v1/lead-times?from=2020-01-01&to=2030-12-31')).status
      }
    }

    const weights = mix.flatMap(([kind, share]) => Array<Kind>(share).fill(kind))
    const samples: Sample[] = []
    const memory: { at: number; rss: number[] }[] = []
    const durationMs = minutes * 60_000
    const started = performance.now()
    const inFlight = new Set<Promise<void>>()
    let n = 0
    const sampler = setInterval(() => {
      memory.push({
        at: (performance.now() - started) / 1000,
        rss: servers.map((s) => rssMb(s.pid)),
      })
    }, 10_000)
    // Open-loop arrivals: request i starts at i / rate seconds, whether or not earlier ones ended.
    while (performance.now() - started < durationMs) {
      const due = started + (n * 1000) / rate
      const wait = due - performance.now()
      if (wait > 0) await new Promise((r) => setTimeout(r, wait))
      const i = n++
      const kind = weights[(i * 37) % weights.length]!
      const t = performance.now()
      const task = run(kind, i)
        .then(
          (status) => samples.push({ kind, ms: performance.now() - t, ok: status < 400, status }),
          () => samples.push({ kind, ms: performance.now() - t, ok: false, status: 0 }),
        )
        .then(() => {
          inFlight.delete(task)
        })
      inFlight.add(task)
    }
    await Promise.all(inFlight)
    clearInterval(sampler)

    const seconds = (performance.now() - started) / 1000
    console.log(
      `\n${samples.length} requests in ${seconds.toFixed(0)} s at ${rate}/s offered, two app ` +
        `processes${replica ? ' and a streaming replica' : ''}, ${generated.customers} synthetic customers\n`,
    )
    console.log('| kind | n | p50 ms | p95 ms | p99 ms | errors |')
    console.log('| --- | ---: | ---: | ---: | ---: | ---: |')
    for (const [kind] of mix) {
      const of = samples.filter((s) => s.kind === kind)
      const ms = of.map((s) => s.ms)
      const errors = of.filter((s) => !s.ok)
      const statuses = [...new Set(errors.map((e) => e.status))].join(', ')
      console.log(
        `| ${kind} | ${of.length} | ${percentile(ms, 50).toFixed(1)} | ${percentile(ms, 95).toFixed(1)} | ` +
          `${percentile(ms, 99).toFixed(1)} | ${errors.length}${statuses ? ` (${statuses})` : ''} |`,
      )
    }
    const all = samples.map((s) => s.ms)
    console.log(
      `| all | ${samples.length} | ${percentile(all, 50).toFixed(1)} | ${percentile(all, 95).toFixed(1)} | ` +
        `${percentile(all, 99).toFixed(1)} | ${samples.filter((s) => !s.ok).length} |`,
    )
    console.log('\nRSS of the two app processes (MB), every minute:\n')
    console.log('| minute | process 1 | process 2 |')
    console.log('| ---: | ---: | ---: |')
    for (const m of memory.filter((_, i) => i % 6 === 5 || i === 0)) {
      console.log(
        `| ${(m.at / 60).toFixed(1)} | ${m.rss[0]?.toFixed(0)} | ${m.rss[1]?.toFixed(0)} |`,
      )
    }
  } finally {
    await Promise.all(servers.map((s) => s.stop()))
    replica?.destroy()
    primary.destroy()
  }
}

main().catch((e: unknown) => {
  console.error(e instanceof Error ? e.stack : e)
  process.exit(1)
})
