// The monthly monitoring report on PostgreSQL over generated data (bench/README.md):
//   npx tsx bench/national-scale.bench.ts --customers 1000000 --generate-only --keep-database
//   npx tsx bench/monthly-report.bench.ts --database NAME [--month YYYY-MM] [--runs 10] [--explain]
// Builds the closed months' snapshots (timed), then times `monthlyReport` (both months' counts,
// names, suppression) against, in the same run, the very statements it ran replayed directly
// through `pg`, and the from-base-tables statement of both months (the report before snapshots).
// Checks first that the snapshot path gives the base tables' figures. Reports medians.
import { writeFileSync } from 'node:fs'
import { parseArgs } from 'node:util'
import pg from 'pg'
import type { SQL } from 'drizzle-orm'
import { PgDialect } from 'drizzle-orm/pg-core'
import { fineCountsSql, lastDayOf, wholeNetwork } from '../src/domain/monitoring/counts'
import { monthlyReport, previousMonth } from '../src/domain/monitoring/figures'
import { openMonthOf, rebuildSnapshots } from '../src/domain/monitoring/snapshots'
import type { Queryable } from '../src/platform/db/database'
import { openPostgres, runMigrations } from '../src/platform/db/database'
import { percentile } from './percentile'

const { values: args } = parseArgs({
  options: {
    database: { type: 'string' },
    month: { type: 'string' },
    runs: { type: 'string', default: '10' },
    by: { type: 'string', default: 'municipality' },
    // Reuse the snapshots already built (a rebuild of every closed month takes minutes at 1M).
    'skip-rebuild': { type: 'boolean', default: false },
    // Runs of the from-base-tables baseline (seconds each at 1M).
    'baseline-runs': { type: 'string' },
    // Prints EXPLAIN (ANALYZE, BUFFERS) of every statement the report runs: its buffers (shared
    // hit + read, the load-independent measure) and time; with a file name, the plans too.
    explain: { type: 'boolean', default: false },
    'explain-file': { type: 'string' },
  },
})
if (!args.database) throw new Error('--database NAME (made with national-scale.bench.ts)')
const ADMIN_URL = process.env.BENCH_DATABASE_URL ?? 'postgres://postgres@127.0.0.1:5432/postgres'
const url = new URL(ADMIN_URL)
url.pathname = `/${args.database}`
const runs = Number(args.runs)
const by = args.by as 'municipality' | 'organisation' | 'programme'

/** Runs through `db` and records every statement (text and values), to replay them bare. */
function recorder(db: Queryable) {
  const dialect = new PgDialect()
  const captured: { text: string; values: unknown[] }[] = []
  const proxy = new Proxy(db, {
    get(target, prop, receiver) {
      if (prop === 'execute')
        return (q: SQL) => {
          const built = dialect.sqlToQuery(q)
          captured.push({ text: built.sql, values: built.params })
          return target.execute(q)
        }
      return Reflect.get(target, prop, receiver) as unknown
    },
  })
  return { captured, db: proxy }
}

async function time(fn: () => Promise<unknown>, n = runs): Promise<number[]> {
  await fn() // warm-up
  const out: number[] = []
  for (let i = 0; i < n; i++) {
    const t = performance.now()
    await fn()
    out.push(performance.now() - t)
  }
  return out
}

interface PlanNode {
  'Node Type': string
  'Shared Hit Blocks'?: number
  'Shared Read Blocks'?: number
  'Temp Read Blocks'?: number
  'Temp Written Blocks'?: number
}

/** EXPLAIN (ANALYZE, BUFFERS) of each statement: buffers touched (8 kB pages) and time. */
async function explain(
  client: pg.Client,
  statements: readonly { text: string; values: unknown[] }[],
): Promise<void> {
  const plans: string[] = []
  let sum = 0
  for (const [i, s] of statements.entries()) {
    const result = await client.query<{
      'QUERY PLAN': [{ Plan: PlanNode; 'Execution Time': number }]
    }>(`explain (analyze, buffers, format json) ${s.text}`, s.values)
    const [{ Plan: plan, 'Execution Time': ms }] = result.rows[0]!['QUERY PLAN']
    const shared = (plan['Shared Hit Blocks'] ?? 0) + (plan['Shared Read Blocks'] ?? 0)
    const temp = (plan['Temp Read Blocks'] ?? 0) + (plan['Temp Written Blocks'] ?? 0)
    sum += shared
    const what = s.text.replace(/\s+/g, ' ').slice(0, 70)
    console.log(`  #${i + 1} buffers ${shared} (temp ${temp}), ${ms.toFixed(0)} ms: ${what}…`)
    if (args['explain-file']) {
      const text = await client.query<{ 'QUERY PLAN': string }>(
        `explain (analyze, buffers) ${s.text}`,
        s.values,
      )
      plans.push(
        `-- #${i + 1}\n${s.text}\n${JSON.stringify(s.values)}\n` +
          text.rows.map((r) => r['QUERY PLAN']).join('\n'),
      )
    }
  }
  console.log(`  all ${statements.length} statements: buffers ${sum}`)
  if (args['explain-file']) writeFileSync(args['explain-file'], plans.join('\n\n') + '\n')
}

async function main(): Promise<void> {
  const database = await openPostgres(url.toString(), 4, 120_000)
  await runMigrations(database)
  // jit = off as on the app's connections (openPostgres): JIT compiling the report's statements
  // took seconds of the bare replay's time, which the app never spends.
  const direct = new pg.Client({ connectionString: url.toString(), options: '-c jit=off' })
  await direct.connect()
  try {
    const counts = await direct.query<{ customers: number; cases: number; steps: number }>(
      `select (select count(*)::int from customer) as customers,
         (select count(*)::int from joint_customership) as cases,
         (select count(*)::int from service_action) as steps`,
    )
    const month =
      args.month ??
      (
        await direct.query<{ m: string }>(
          `select to_char(max(enrolled_on), 'YYYY-MM') as m from joint_customership`,
        )
      ).rows[0]!.m
    // The generator makes no unemployment spells: give 40 % of the people one (a quarter of them
    // ended), deterministic by id, so that long-term unemployment is really counted.
    const spells = await direct.query<{ n: number }>(
      `select count(*)::int as n from unemployment_spell`,
    )
    if (spells.rows[0]!.n === 0) {
      await direct.query(`insert into unemployment_spell (customer_id, started_on, ended_on, source)
        select id, started, case when h % 4 = 0 then started + 300 + (h % 400) end, 'registry'
        from (select id, ('x' || substr(md5(id::text), 1, 7))::bit(28)::int as h,
          (created_at::date - (('x' || substr(md5(id::text), 9, 7))::bit(28)::int % 1200)) as started
          from customer) c
        where h % 10 < 4`)
      await direct.query(`analyze unemployment_spell`)
    }
    const first = `${month}-01`
    // The open month is the one measured: `now` is on its last day, at noon in Finland, when the
    // month has all its cases so far and the night's action tally leaves one day live.
    const now = new Date(`${lastDayOf(first)}T10:00:00Z`)
    if (openMonthOf(now) !== first) throw new Error('month/now mismatch')
    const t0 = performance.now()
    const built = args['skip-rebuild'] ? [] : await rebuildSnapshots(database.db, now)
    const buildMs = performance.now() - t0
    // The snapshot path must give the base tables' figures.
    const fromSnapshots = await monthlyReport(database.db, first, by, { now })
    const fromBase = await monthlyReport(database.db, first, by, {
      now: new Date('2000-01-15T00:00:00Z'),
    })
    if (JSON.stringify(fromSnapshots) !== JSON.stringify(fromBase))
      throw new Error('The snapshot figures differ from the base tables.')
    const recorded = recorder(database.db)
    await monthlyReport(recorded.db, first, by, { now })
    if (args.explain || args['explain-file']) await explain(direct, recorded.captured)
    const api = await time(() => monthlyReport(database.db, first, by, { now }))
    // As the API runs it: in the request's transaction, so its statements one after another.
    const inTransaction = await time(() =>
      database.db.transaction((tx) => monthlyReport(tx, first, by, { now })),
    )
    // The statements the report ran, one after another, bare (it runs them four at a time).
    const bare = await time(async () => {
      for (const s of recorded.captured) await direct.query(s.text, s.values)
    })
    const dialect = new PgDialect()
    const base = [first, previousMonth(first)].map((m) =>
      dialect.sqlToQuery(fineCountsSql(m, wholeNetwork)),
    )
    const baseline = await time(
      async () => {
        for (const s of base) await direct.query(s.sql, s.params)
      },
      Number(args['baseline-runs'] ?? runs),
    )
    const p50 = (xs: number[]) => percentile(xs, 50)
    console.log(
      `Database ${args.database}: ${JSON.stringify(counts.rows[0])}; month ${month}, by ${by}`,
    )
    console.log(
      `snapshots of ${built.length} closed months and the open month's action tally built in ${(buildMs / 1000).toFixed(1)} s; ` +
        `the snapshot figures equal the base tables'`,
    )
    console.log(
      `monthly report (open month on last month's snapshot): median ${p50(api).toFixed(0)} ms ` +
        `(max ${Math.max(...api).toFixed(0)}); its ${recorded.captured.length} statements bare: ` +
        `median ${p50(bare).toFixed(0)} ms; ratio ${(p50(api) / p50(bare)).toFixed(2)}`,
    )
    console.log(
      `monthly report in one transaction (as the API runs it): median ` +
        `${p50(inTransaction).toFixed(0)} ms (max ${Math.max(...inTransaction).toFixed(0)}); ` +
        `ratio to the bare statements ${(p50(inTransaction) / p50(bare)).toFixed(2)}`,
    )
    console.log(
      `from the base tables (both months, bare SQL, the report before snapshots): median ` +
        `${p50(baseline).toFixed(0)} ms`,
    )
  } finally {
    await direct.end()
    await database.close()
  }
}

main().catch((e: unknown) => {
  console.error(e)
  process.exit(1)
})
