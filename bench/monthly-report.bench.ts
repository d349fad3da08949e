// The monthly monitoring report on PostgreSQL over generated data (bench/README.md):
//   npx tsx bench/national-scale.bench.ts --customers 1000000 --generate-only --keep-database
//   npx tsx bench/monthly-report.bench.ts --database NAME [--month YYYY-MM] [--runs 10]
// Times `monthlyReport` (both months' counts, names, suppression) and, as the baseline, the same
// count statements run directly through `pg`; reports medians and the ratio.
import { parseArgs } from 'node:util'
import pg from 'pg'
import type { SQL } from 'drizzle-orm'
import { PgDialect } from 'drizzle-orm/pg-core'
import { monthCounts } from '../src/domain/monitoring/counts'
import { monthlyReport, previousMonth } from '../src/domain/monitoring/figures'
import { openPostgres, runMigrations } from '../src/platform/db/database'
import { percentile } from './percentile'

const { values: args } = parseArgs({
  options: {
    database: { type: 'string' },
    month: { type: 'string' },
    runs: { type: 'string', default: '10' },
    by: { type: 'string', default: 'municipality' },
  },
})
if (!args.database) throw new Error('--database NAME (made with national-scale.bench.ts)')
const ADMIN_URL = process.env.BENCH_DATABASE_URL ?? 'postgres://postgres@127.0.0.1:5432/postgres'
const url = new URL(ADMIN_URL)
url.pathname = `/${args.database}`
const runs = Number(args.runs)
const by = args.by as 'municipality' | 'organisation' | 'programme'

/** Records the statements `monthCounts` runs (text and values), to replay them bare. */
function recorder() {
  const dialect = new PgDialect()
  const captured: { text: string; values: unknown[] }[] = []
  const fake = {
    execute: (q: SQL) => {
      const built = dialect.sqlToQuery(q)
      captured.push({ text: built.sql, values: built.params })
      return Promise.resolve({ rows: [] })
    },
  }
  return { captured, fake: fake as unknown as Parameters<typeof monthCounts>[0] }
}

async function time(fn: () => Promise<unknown>): Promise<number[]> {
  await fn() // warm-up
  const out: number[] = []
  for (let i = 0; i < runs; i++) {
    const t = performance.now()
    await fn()
    out.push(performance.now() - t)
  }
  return out
}

async function main(): Promise<void> {
  const database = await openPostgres(url.toString(), 4, 120_000)
  await runMigrations(database)
  const direct = new pg.Client({ connectionString: url.toString() })
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
    const first = `${month}-01`
    const recorded = recorder()
    await monthCounts(recorded.fake, first, by)
    await monthCounts(recorded.fake, previousMonth(first), by)
    const api = await time(() => monthlyReport(database.db, first, by))
    const bare = await time(async () => {
      for (const s of recorded.captured) await direct.query(s.text, s.values)
    })
    const p50 = (xs: number[]) => percentile(xs, 50)
    console.log(
      `Database ${args.database}: ${JSON.stringify(counts.rows[0])}; month ${month}, by ${by}`,
    )
    console.log(
      `monthly report: median ${p50(api).toFixed(0)} ms (max ${Math.max(...api).toFixed(0)}); ` +
        `bare SQL of its two count statements: median ${p50(bare).toFixed(0)} ms; ` +
        `ratio ${(p50(api) / p50(bare)).toFixed(2)}`,
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
