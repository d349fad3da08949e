// Job matching at national scale: 200,000 open jobs on a fresh PostgreSQL database (dropped
// after). Measures the top-20 for one profile with reasons (as the rematch job computes it)
// against the bare SQL of the same query, and how soon a profile change is re-matched through
// the background queue.
//   npx tsx bench/job-matching.bench.ts [-- --jobs 200000 --profiles 200]
//     [--database NAME] [--keep-database] [--generate-only] [--explain-only]
// --keep-database (or --generate-only) leaves the database in place; --database NAME reuses it
// when it exists (its migrations are brought up to date, no postings are inserted) and is kept.
import { randomBytes } from 'node:crypto'
import os from 'node:os'
import { parseArgs } from 'node:util'
import { eq, sql } from 'drizzle-orm'
import pg from 'pg'
import { PgDialect } from 'drizzle-orm/pg-core'
import { openPostgres, runMigrations } from '../src/platform/db/database'
import { startBackground } from '../src/platform/background/background'
import { jobsBackgroundJobs, requestRematch } from '../src/domain/jobs/background-jobs'
import {
  matchJobs,
  rankingQueryFor,
  seekerOf,
  settledByContenders,
  type CompetenceFacts,
  type Seeker,
} from '../src/domain/jobs/matching'
import { jobSeeker } from '../src/domain/jobs/schema'
import { loadDemoData } from '../src/demo/demo-data'
import { insertSyntheticJobs, type SyntheticOccupation } from '../src/demo/synthetic-jobs'
import { percentile } from './percentile'

const { values: args } = parseArgs({
  options: {
    jobs: { type: 'string', default: '200000' },
    profiles: { type: 'string', default: '200' },
    rematches: { type: 'string', default: '20' },
    database: { type: 'string' },
    'keep-database': { type: 'boolean', default: false },
    'generate-only': { type: 'boolean', default: false },
    // Only the plans' buffers and times, now and before, for a few profiles (no timed loop).
    'explain-only': { type: 'boolean', default: false },
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

/**
 * The ranking query as it was before the scoring change (bench/README.md): the same candidates
 * and score, with each count a subquery over `unnest` run for every candidate.
 */
function formerScoringQuery(s: Seeker, now: Date, limit: number) {
  return sql`select j.id::text as id, j.required_skill_uris, j.skill_labels, j.language_requirements,
        cardinality(j.optional_skill_uris)::int as optional_count,
        m.req_have, m.opt_have, m.occupation_wished, m.municipality_wished, s.score
      from job_posting j
      cross join lateral (select
          (select count(*) from unnest(j.required_skill_uris) u where u = any(${textArray(s.skills)}))::int as req_have,
          (select count(*) from unnest(j.optional_skill_uris) u where u = any(${textArray(s.skills)}))::int as opt_have,
          (select count(*) from unnest(j.language_requirements) l where not (l = any(${textArray(s.languageLevels)})))::int as lang_unmet,
          coalesce(j.occupation_uri = any(${textArray(s.occupations)}), false) as occupation_wished,
          j.municipality_code = any(${textArray(s.municipalities)}) as municipality_wished
        ) m
      cross join lateral (select (
          case when cardinality(j.required_skill_uris) = 0 then 30
               else 60 * m.req_have / cardinality(j.required_skill_uris) end
          + least(m.opt_have * 5, 15)
          + case when m.occupation_wished then 20 else 0 end
          + case when m.municipality_wished then 15 else 0 end
          - 30 * m.lang_unmet)::int as score) s
      where j.state = 'published' and j.valid_through > ${now.toISOString()}::timestamptz
        and (j.match_keys && ${textArray(s.matchKeys)}
             or j.municipality_code = any(${textArray(s.municipalities)}))
      order by s.score desc, j.valid_through asc, j.id
      limit ${limit}`
}

const textArray = (values: string[]) => sql`${sql.param(values)}::text[]`

const loadavg = () =>
  os
    .loadavg()
    .map((x) => x.toFixed(2))
    .join(', ')
const dialect = new PgDialect()
const ms = (from: bigint) => Number(process.hrtime.bigint() - from) / 1e6
const fmt = (x: number) => x.toFixed(1)

async function main() {
  const name = args.database ?? `jobs_bench_${randomBytes(4).toString('hex')}`
  const admin = new pg.Client({ connectionString: ADMIN_URL })
  await admin.connect()
  const found = await admin.query('select 1 from pg_database where datname = $1', [name])
  const reuse = found.rowCount === 1
  if (!reuse) await admin.query(`create database ${name}`)
  const url = ADMIN_URL.replace(/\/[^/]*$/, `/${name}`)
  const database = await openPostgres(url, 8)
  try {
    await runMigrations(database)
    const now = new Date()
    const occupations = nationalOccupations()
    let t0 = process.hrtime.bigint()
    if (!reuse) {
      await loadDemoData(database.db, now)
      await insertSyntheticJobs(database.db, {
        count: JOBS,
        occupations,
        municipalityCodes: municipalities,
        now,
        seed: 5,
        batchSize: 2000,
      })
      console.log(`${JOBS} jobs inserted in ${fmt(ms(t0) / 1000)} s; load average ${loadavg()}`)
    }
    // Vacuumed as autovacuum would leave it after a bulk load (the visibility map too).
    await database.db.execute(sql`vacuum analyze job_posting`)
    if (args['generate-only']) return

    const client = new pg.Client({ connectionString: url })
    await client.connect()
    const run = async (query: ReturnType<typeof rankingQueryFor>) => {
      const q = dialect.sqlToQuery(query)
      const t = process.hrtime.bigint()
      const result = await client.query<{ id: string; score: number }>(q.sql, q.params)
      return {
        ms: ms(t),
        scores: result.rows,
        rows: result.rows.map((r) => `${r.id}:${r.score}`).join(),
      }
    }
    /** The statements `matchJobs` runs, bare: the contenders, then all candidates if needed. */
    const runAsMatchJobs = async (facts: CompetenceFacts) => {
      const first = await run(rankingQueryFor(facts, now, 20, 'contenders'))
      if (settledByContenders(first.scores, 20)) return { ...first, settled: true }
      const all = await run(rankingQueryFor(facts, now, 20))
      return { ...all, ms: first.ms + all.ms, settled: false }
    }
    /** Shared buffers hit and read, and the execution time, of one query's plan. */
    const buffers = async (query: ReturnType<typeof rankingQueryFor>) => {
      const q = dialect.sqlToQuery(query)
      const plan = await client.query<{ 'QUERY PLAN': [{ Plan: Record<string, number> }] }>(
        `explain (analyze, buffers, format json) ${q.sql}`,
        q.params,
      )
      const [top] = plan.rows[0]!['QUERY PLAN'] as unknown as [
        { Plan: Record<string, number>; 'Execution Time': number },
      ]
      return `shared hit ${top.Plan['Shared Hit Blocks']}, read ${top.Plan['Shared Read Blocks']}, ${fmt(top['Execution Time'])} ms`
    }
    const full: number[] = []
    const bare: number[] = []
    const allCandidates: number[] = []
    let settled = 0
    let differingFromAll = 0
    const formerScoring: number[] = []
    const former: number[] = []
    const found: number[] = []
    let differing = 0
    for (let warm = 0; warm < 2 && !args['explain-only']; warm++) {
      for (let k = 0; k < PROFILES; k++) {
        const facts = profileFor(occupations, k)
        // The first of the two to run reads the profile's pages from the operating system's
        // cache into shared buffers (128 MB against 200,000 postings), so each goes first for
        // half of the profiles.
        const bareFirst = k % 2 === 1
        const bareBefore = bareFirst ? await runAsMatchJobs(facts) : undefined
        t0 = process.hrtime.bigint()
        const matches = await matchJobs(database.db, facts, now)
        const tFull = ms(t0)
        const current = bareBefore ?? (await runAsMatchJobs(facts))
        // Every candidate ranked: the path of a profile its contenders do not settle.
        const all = await run(rankingQueryFor(facts, now, 20))
        if (warm === 1 && all.rows !== current.rows) differingFromAll += 1
        // The former scoring (a subquery per count and candidate), and the former candidate rule
        // (every skill, transversal too, makes a candidate), bare SQL, for comparison in the same run.
        const before = await run(formerScoringQuery(seekerOf(facts), now, 20))
        if (before.rows !== all.rows) differing += 1
        const rule = await run(rankingQueryFor({ ...facts, transversalSkillUris: [] }, now, 20))
        if (warm === 1) {
          full.push(tFull)
          bare.push(current.ms)
          allCandidates.push(all.ms)
          if (current.settled) settled += 1
          formerScoring.push(before.ms)
          former.push(rule.ms)
          found.push(matches.length)
        }
      }
    }
    const p = (xs: number[], n: number) => percentile(xs, n)
    // Profiles without wishes (no occupation, no municipality): their contenders are only the
    // jobs with every required skill had, which seldom settle the ranking, so most of these pay
    // for the contenders and then for all candidates.
    const unwished: number[] = []
    let unwishedSettled = 0
    for (let k = 0; k < Math.min(PROFILES, 100) && !args['explain-only']; k++) {
      const facts = { ...profileFor(occupations, k), occupationUris: [], municipalityCodes: [] }
      t0 = process.hrtime.bigint()
      await matchJobs(database.db, facts, now)
      unwished.push(ms(t0))
      if ((await runAsMatchJobs(facts)).settled) unwishedSettled += 1
    }
    if (!args['explain-only']) {
      console.log(
        `without wishes, top-20 with reasons: p50 ${fmt(p(unwished, 50))} ms, p95 ${fmt(p(unwished, 95))} ms; ` +
          `settled by the contenders: ${unwishedSettled} of ${unwished.length} profiles`,
      )
      console.log(
        `top-20 with reasons: p50 ${fmt(p(full, 50))} ms, p95 ${fmt(p(full, 95))} ms; ` +
          `bare SQL p50 ${fmt(p(bare, 50))} ms, p95 ${fmt(p(bare, 95))} ms; ` +
          `ratio p50 ${(p(full, 50) / p(bare, 50)).toFixed(2)}, p95 ${(p(full, 95) / p(bare, 95)).toFixed(2)}; ` +
          `settled by the contenders: ${settled} of ${full.length} profiles; ` +
          `all candidates ranked (bare SQL) p50 ${fmt(p(allCandidates, 50))} ms, p95 ${fmt(p(allCandidates, 95))} ms; ` +
          `profiles whose top 20 differs from all candidates ranked: ${differingFromAll}; ` +
          `former scoring (bare SQL) p50 ${fmt(p(formerScoring, 50))} ms, p95 ${fmt(p(formerScoring, 95))} ms; ` +
          `former candidate rule (bare SQL) p50 ${fmt(p(former, 50))} ms, p95 ${fmt(p(former, 95))} ms; ` +
          `matches per profile median ${p(found, 50)}; ` +
          `profiles whose top 20 differ from the former scoring's: ${differing}`,
      )
    }
    // Buffers do not depend on the machine's load: the pages each query reads, warm.
    for (const k of [1, 2, 3, 4, 5]) {
      const facts = profileFor(occupations, k)
      const current = await run(rankingQueryFor(facts, now, 20))
      const before = await run(formerScoringQuery(seekerOf(facts), now, 20))
      console.log(
        `profile ${k}: contenders ${await buffers(rankingQueryFor(facts, now, 20, 'contenders'))}; ` +
          `all candidates ${await buffers(rankingQueryFor(facts, now, 20))}; ` +
          `former scoring ${await buffers(formerScoringQuery(seekerOf(facts), now, 20))}; ` +
          `same top 20 ${before.rows === current.rows ? 'yes' : 'NO'}`,
      )
    }
    for (const scope of ['contenders', 'candidates'] as const) {
      const sample = dialect.sqlToQuery(rankingQueryFor(profileFor(occupations, 1), now, 20, scope))
      const plan = await client.query(`explain (analyze, buffers) ${sample.sql}`, sample.params)
      const lines = plan.rows.map((r: Record<string, string>) => r['QUERY PLAN'] ?? '')
      console.log(`plan of profile 1, ${scope}:`)
      console.log(lines.filter((l) => /Bitmap|Index|Limit|Buffers|Execution/.test(l)).join('\n'))
    }
    await client.end()
    if (args['explain-only']) return

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
    if (!reuse && !args['keep-database'] && !args['generate-only']) {
      await admin.query(`drop database ${name} with (force)`)
    } else console.log(`Kept database ${name} (--database ${name} reuses it).`)
    await admin.end()
  }
}

main().catch((e: unknown) => {
  console.error(e)
  process.exit(1)
})
