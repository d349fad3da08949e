// Job matching at national scale: 200,000 open jobs on a fresh PostgreSQL database (dropped
// after). Measures the top-20 for one profile with reasons (as the rematch job computes it)
// against the bare SQL of the same query, and how soon a profile change is re-matched through
// the background queue.
//   npx tsx bench/job-matching.bench.ts [-- --jobs 200000 --profiles 200]
import { randomBytes } from 'node:crypto'
import os from 'node:os'
import { parseArgs } from 'node:util'
import { eq, sql } from 'drizzle-orm'
import pg from 'pg'
import { PgDialect } from 'drizzle-orm/pg-core'
import { openPostgres, runMigrations } from '../src/platform/db/database'
import { startBackground } from '../src/platform/background/background'
import { jobsBackgroundJobs, requestRematch } from '../src/domain/jobs/background-jobs'
import { matchJobs, rankingQueryFor, type CompetenceFacts } from '../src/domain/jobs/matching'
import { jobSeeker } from '../src/domain/jobs/schema'
import { loadDemoData } from '../src/demo/demo-data'
import { insertSyntheticJobs, type SyntheticOccupation } from '../src/demo/synthetic-jobs'
import { percentile } from './percentile'

const { values: args } = parseArgs({
  options: {
    jobs: { type: 'string', default: '200000' },
    profiles: { type: 'string', default: '200' },
    rematches: { type: 'string', default: '20' },
  },
})
const JOBS = Number(args.jobs)
const PROFILES = Number(args.profiles)
const REMATCHES = Number(args.rematches)
const ADMIN_URL = process.env.BENCH_DATABASE_URL ?? 'postgres://postgres@127.0.0.1:5432/postgres'

/** A deterministic stand-in for a national classification: 400 occupations over 2,000 skills. */
function nationalOccupations(): SyntheticOccupation[] {
  let seed = 42
  const next = () => (seed = (seed * 1103515245 + 12345) % 2 ** 31) / 2 ** 31
  const skillUri = (n: number) => `https://saumaton.fi/classification/skill/s${n}`
  // A few transversal skills (customer service, teamwork…) appear in many occupations.
  const common = Array.from({ length: 20 }, (_, i) => skillUri(i))
  return Array.from({ length: 400 }, (_, o) => ({
    uri: `https://saumaton.fi/classification/occupation/o${o}`,
    title: { fi: `Ammatti ${o}`, sv: `Yrke ${o}`, en: `Occupation ${o}` },
    skillUris: [
      ...Array.from({ length: 6 }, () => skillUri(20 + Math.floor(next() * 1980))),
      common[Math.floor(next() * common.length)]!,
    ],
    ...(o % 5 === 0 ? { certificateUris: [skillUri(2000 + (o % 7))] } : {}),
  }))
}

const municipalities = Array.from({ length: 300 }, (_, i) => String(5 + i * 3).padStart(3, '0'))

const isTransversal = (uri: string) => Number(uri.slice(uri.lastIndexOf('/s') + 2)) < 20

/**
 * A young person's profile: four skills of one occupation, two of another, and that occupation's
 * transversal skill (customer service, teamwork…), as the competence facts mark it.
 */
function profileFor(occupations: SyntheticOccupation[], k: number): CompetenceFacts {
  const occ = occupations[(k * 37) % occupations.length]!
  const other = occupations[(k * 53 + 11) % occupations.length]!
  const skillUris = [
    ...new Set([...occ.skillUris.slice(0, 4), ...other.skillUris.slice(0, 2), occ.skillUris[6]!]),
  ]
  return {
    skillUris,
    transversalSkillUris: skillUris.filter(isTransversal),
    occupationUris: [occ.uri],
    municipalityCodes: [municipalities[k % municipalities.length]!],
    languages: [
      { code: 'fi', cefr: 'C1' },
      { code: 'sv', cefr: 'A2' },
    ],
    certificateUris: [],
    qualifications: [{ level: 'vocational', field: 'x' }],
  }
}

const loadavg = () =>
  os
    .loadavg()
    .map((x) => x.toFixed(2))
    .join(', ')
const dialect = new PgDialect()
const ms = (from: bigint) => Number(process.hrtime.bigint() - from) / 1e6
const fmt = (x: number) => x.toFixed(1)

async function main() {
  const name = `jobs_bench_${randomBytes(4).toString('hex')}`
  const admin = new pg.Client({ connectionString: ADMIN_URL })
  await admin.connect()
  await admin.query(`create database ${name}`)
  const url = ADMIN_URL.replace(/\/[^/]*$/, `/${name}`)
  const database = await openPostgres(url, 8)
  try {
    await runMigrations(database)
    const now = new Date()
    await loadDemoData(database.db, now)
    const occupations = nationalOccupations()
    let t0 = process.hrtime.bigint()
    await insertSyntheticJobs(database.db, {
      count: JOBS,
      occupations,
      municipalityCodes: municipalities,
      now,
      seed: 5,
      batchSize: 2000,
    })
    await database.db.execute(sql`analyze job_posting`)
    console.log(`${JOBS} jobs inserted in ${fmt(ms(t0) / 1000)} s; load average ${loadavg()}`)

    const client = new pg.Client({ connectionString: url })
    await client.connect()
    const full: number[] = []
    const bare: number[] = []
    const former: number[] = []
    const found: number[] = []
    for (let warm = 0; warm < 2; warm++) {
      for (let k = 0; k < PROFILES; k++) {
        const facts = profileFor(occupations, k)
        t0 = process.hrtime.bigint()
        const matches = await matchJobs(database.db, facts, now)
        const tFull = ms(t0)
        const q = dialect.sqlToQuery(rankingQueryFor(facts, now, 20))
        t0 = process.hrtime.bigint()
        await client.query(q.sql, q.params)
        const tBare = ms(t0)
        // The former rule, for comparison: every skill, transversal too, makes a candidate.
        const f = dialect.sqlToQuery(
          rankingQueryFor({ ...facts, transversalSkillUris: [] }, now, 20),
        )
        t0 = process.hrtime.bigint()
        await client.query(f.sql, f.params)
        const tFormer = ms(t0)
        if (warm === 1) {
          full.push(tFull)
          bare.push(tBare)
          former.push(tFormer)
          found.push(matches.length)
        }
      }
    }
    const p = (xs: number[], n: number) => percentile(xs, n)
    console.log(
      `top-20 with reasons: p50 ${fmt(p(full, 50))} ms, p95 ${fmt(p(full, 95))} ms; ` +
        `bare SQL p50 ${fmt(p(bare, 50))} ms, p95 ${fmt(p(bare, 95))} ms; ` +
        `ratio p50 ${(p(full, 50) / p(bare, 50)).toFixed(2)}, p95 ${(p(full, 95) / p(bare, 95)).toFixed(2)}; ` +
        `former candidate rule (bare SQL) p50 ${fmt(p(former, 50))} ms, p95 ${fmt(p(former, 95))} ms; ` +
        `matches per profile median ${p(found, 50)}`,
    )
    const sample = dialect.sqlToQuery(rankingQueryFor(profileFor(occupations, 1), now, 20))
    const plan = await client.query(`explain (analyze, buffers) ${sample.sql}`, sample.params)
    const lines = plan.rows.map((r: Record<string, string>) => r['QUERY PLAN'] ?? '')
    console.log(lines.filter((l) => /Bitmap|Limit|Execution/.test(l)).join('\n'))
    await client.end()

    // A profile change, re-matched through the queue: from enqueue to the stored new matches.
    const background = await startBackground(
      database,
      jobsBackgroundJobs({
        competenceFacts: (_db, customerId) =>
          Promise.resolve(profileFor(occupations, customerId.charCodeAt(0) + Date.now())),
      }),
      { clock: () => new Date(), log: console.warn, pollingIntervalSeconds: 0.5, schedule: false },
    )
    const customers = await database.db.execute(
      sql`select id::text as id from customer limit ${REMATCHES}`,
    )
    const ids = (customers as { rows: { id: string }[] }).rows.map((r) => r.id)
    const latencies: number[] = []
    for (const id of ids) {
      const before = new Date()
      t0 = process.hrtime.bigint()
      await requestRematch(background, database.db, id)
      for (;;) {
        const [row] = await database.db
          .select({ at: jobSeeker.matchedAt })
          .from(jobSeeker)
          .where(eq(jobSeeker.customerId, id))
        if (row && row.at >= before) break
        await new Promise((r) => setTimeout(r, 10))
      }
      latencies.push(ms(t0))
    }
    await background.stop()
    console.log(`load average after matching ${loadavg()}`)
    console.log(
      `profile change re-matched: p50 ${fmt(p(latencies, 50))} ms, p95 ${fmt(p(latencies, 95))} ms, max ${fmt(Math.max(...latencies))} ms (${ids.length} changes)`,
    )
  } finally {
    await database.close()
    await admin.query(`drop database ${name} with (force)`)
    await admin.end()
  }
}

main().catch((e: unknown) => {
  console.error(e)
  process.exit(1)
})
