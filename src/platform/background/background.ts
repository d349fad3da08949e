import PgBoss from 'pg-boss'
import { sql, type SQL } from 'drizzle-orm'
import type { Database, Queryable } from '../db/database'
import type { Clock } from '../context'

/**
 * Background work on pg-boss (docs/background-jobs.md): jobs live in the same database as
 * everything else, so a job enqueued in a request's transaction exists exactly when that
 * transaction commits, and any number of app processes share the work.
 */

/** A kind of job: what it does with its data, and optionally when it runs by itself (cron). */
export interface JobDefinition<T extends object = object> {
  name: string
  /** A cron expression (UTC): the job is queued on that schedule, once across all processes. */
  schedule?: string
  /** Several jobs of this kind at once in one process (default 1). */
  batchSize?: number
  handle(data: T, env: JobEnv): Promise<void>
}

export interface JobEnv {
  database: Database
  now: Date
  queue: JobQueue
}

export interface SendOptions {
  /** At most one queued job with this key (e.g. one rematch per customer). */
  singletonKey?: string
  startAfterSeconds?: number
}

/** What domain code needs to enqueue: always through the caller's connection or transaction. */
export interface JobQueue {
  send(db: Queryable, name: string, data: object, options?: SendOptions): Promise<string | null>
}

export interface Background extends JobQueue {
  /** Stops taking jobs and waits for the running ones. */
  stop(): Promise<void>
}

type Row = Record<string, unknown>

/**
 * pg-boss's `db` contract over any of our connections. PGlite answers a parameterless
 * multi-statement text (pg-boss's BEGIN…COMMIT blocks) only through `exec`.
 */
function bossDbOf(database: Database): PgBoss.Db {
  const { pglite, pool } = database
  if (pglite) {
    return {
      executeSql: async (text, values) =>
        values?.length
          ? await pglite.query<Row>(text, values)
          : ((await pglite.exec(text)).at(-1) ?? { rows: [] }),
    }
  }
  if (pool) return { executeSql: (text, values) => pool.query(text, values) }
  throw new Error('Background jobs need the embedded database or a connection pool.')
}

/**
 * pg-boss's statement as one of ours, so that it runs on the caller's connection — inside a
 * transaction, through that transaction (a separate connection would hang on PGlite, which has
 * only one, and would not commit or roll back with the caller on PostgreSQL).
 */
export function statementOf(text: string, values: readonly unknown[]): SQL {
  const parts = text.split(/\$(\d+)/)
  const chunks: SQL[] = []
  parts.forEach((part, i) => {
    if (i % 2 === 0) chunks.push(sql.raw(part))
    else chunks.push(sql`${sql.param(values[Number(part) - 1])}`)
  })
  return sql.join(chunks, sql``)
}

const queryableDb = (q: Queryable): PgBoss.Db => ({
  executeSql: async (text, values) => {
    const result: unknown = await q.execute(statementOf(text, values ?? []))
    return result as { rows: Row[] }
  },
})

export interface BackgroundOptions {
  clock: Clock
  log: (msg: string) => void
  /** How often an idle worker looks for new jobs (seconds; pg-boss's minimum is 0.5). */
  pollingIntervalSeconds?: number
  /** Queue the scheduled jobs on their cron (off in tests that run jobs by hand). */
  schedule?: boolean
}

/** Starts pg-boss on the database, creates a queue per job kind and works them until stopped. */
export async function startBackground(
  database: Database,
  jobs: readonly JobDefinition[],
  opts: BackgroundOptions,
): Promise<Background> {
  const boss = new PgBoss({
    db: bossDbOf(database),
    schedule: opts.schedule ?? true,
    supervise: true,
    // A job that fails is tried again a few times, with growing pauses.
    retryLimit: 3,
    retryDelay: 5,
    retryBackoff: true,
  })
  boss.on('error', (e: Error) => opts.log(`background jobs: ${e.name}`))
  await boss.start()
  const queue: JobQueue = {
    send: (db, name, data, options = {}) =>
      boss.send(name, data, {
        db: queryableDb(db),
        ...(options.singletonKey ? { singletonKey: options.singletonKey } : {}),
        ...(options.startAfterSeconds ? { startAfter: options.startAfterSeconds } : {}),
      }),
  }
  for (const job of jobs) {
    await boss.createQueue(job.name)
    if (job.schedule && (opts.schedule ?? true)) await boss.schedule(job.name, job.schedule)
    await boss.work<object>(
      job.name,
      {
        batchSize: job.batchSize ?? 1,
        pollingIntervalSeconds: opts.pollingIntervalSeconds ?? 2,
      },
      async (batch) => {
        for (const j of batch) await job.handle(j.data, { database, now: opts.clock(), queue })
      },
    )
  }
  return {
    ...queue,
    stop: () => boss.stop({ graceful: true, wait: true, timeout: 10_000 }),
  }
}
