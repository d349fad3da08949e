import { createHash } from 'node:crypto'
import fs from 'node:fs'
import path from 'node:path'
import { PGlite } from '@electric-sql/pglite'
import { pg_trgm } from '@electric-sql/pglite/contrib/pg_trgm'
import { sql, type SQL } from 'drizzle-orm'
import type { PgDatabase, PgQueryResultHKT, PgTransaction } from 'drizzle-orm/pg-core'
import { drizzle as drizzlePglite } from 'drizzle-orm/pglite'
import { drizzle as drizzlePg } from 'drizzle-orm/node-postgres'
import { migrate as migratePglite } from 'drizzle-orm/pglite/migrator'
import { migrate as migratePg } from 'drizzle-orm/node-postgres/migrator'
import pg from 'pg'
import { migrationsFolder } from '../paths'
import { schema } from './schema'

export type Schema = typeof schema
export type Db = PgDatabase<PgQueryResultHKT, Schema>
export type Tx = PgTransaction<PgQueryResultHKT, Schema>
/** Anything that runs queries: the database itself or an open transaction. */
export type Queryable = Db | Tx

export interface Database {
  db: Db
  kind: 'pglite' | 'postgres'
  /** The embedded client, for what only PGlite offers (e.g. dumping its data folder in tests). */
  pglite?: PGlite
  /** The server's connection pool, for work that needs one connection throughout (a session lock). */
  pool?: pg.Pool
  /** The streaming replica reports read from, when REPLICA_DATABASE_URL is set (replica.ts). */
  replica?: Db
  close(): Promise<void>
}

// int8 (bigint) arrives as a string from pg but as a number from PGlite; make both numbers.
pg.types.setTypeParser(20, (v) => Number(v))

/**
 * Makes every statement with parameters a named prepared statement, named by its text, on each
 * connection of `pool`. The access definitions make statements whose planning cost several
 * times their execution (bench/README.md, "National scale"): prepared, a connection plans each
 * text once and, when PostgreSQL finds a generic plan no worse, reuses it. Statements without
 * parameters keep the simple protocol (migrations send several statements at once). The text
 * alone names a statement, so the same SQL always meets the same plan cache; a statement with
 * an `IN` list of another length is another text. Not for a pooler in transaction mode.
 */
export function preparedByText(pool: pg.Pool): void {
  pool.on('connect', (client) => {
    const query = client.query.bind(client) as (...args: unknown[]) => unknown
    client.query = ((config: unknown, values?: unknown, callback?: unknown) => {
      if (typeof config === 'string' && Array.isArray(values) && values.length > 0) {
        config = { text: config, name: statementName(config) }
      } else if (
        config !== null &&
        typeof config === 'object' &&
        typeof (config as { submit?: unknown }).submit !== 'function' &&
        typeof (config as pg.QueryConfig).text === 'string' &&
        !(config as pg.QueryConfig).name
      ) {
        const c = config as pg.QueryConfig
        const params = Array.isArray(values) ? values : c.values
        if (params && params.length > 0) config = { ...c, name: statementName(c.text) }
      }
      return query(config, values, callback)
    }) as typeof client.query
  })
}

const statementName = (text: string): string =>
  `s_${createHash('sha256').update(text).digest('base64url').slice(0, 32)}`

export async function openPostgres(
  url: string,
  poolSize = 10,
  connectTimeoutMs = 5000,
): Promise<Database> {
  // JIT compilation pays off for long analytical queries, not for the short indexed ones of an
  // API: its planning cost alone exceeded whole list queries in bench/ (jit = off per connection).
  // A request waits at most connectTimeoutMs for a connection while the server is away, then gets
  // a 503 (availability.ts) instead of hanging.
  const pool = new pg.Pool({
    connectionString: url,
    max: poolSize,
    options: '-c jit=off',
    connectionTimeoutMillis: connectTimeoutMs,
    // Each connection keeps its prepared statements (preparedByText) until it closes: renewing
    // connections now and then bounds what a long-lived one can gather.
    maxUses: 20_000,
  })
  // An idle connection can die under the pool (server restart, failover, an administrator): the
  // pool drops it and connects anew when needed. Without a listener Node would end the process.
  pool.on('error', (err: Error & { code?: string }) => {
    console.warn(`PostgreSQL closed an idle connection (${err.code ?? 'no code'}); it is replaced.`)
  })
  // A connection that breaks while checked out (inside a transaction, between its statements)
  // emits 'error' on the client itself, where the pool listens no longer: without a listener of
  // its own that ends the process. The statement running on it fails and answers 503.
  pool.on('connect', (client) => {
    client.on('error', () => undefined)
  })
  preparedByText(pool)
  // Fail fast with a clear message when the server is unreachable.
  const client = await pool.connect()
  client.release()
  const db = drizzlePg(pool, { schema }) as unknown as Db
  return { db, kind: 'postgres', pool, close: () => pool.end() }
}

/**
 * PostgreSQL's default 128 MB of shared buffers lives inside PGlite's WebAssembly heap and is
 * never given back; the data files are read through the operating system's cache anyway, so a
 * small pool keeps the embedded database at about a third of the memory (bench/README.md).
 */
export const pgliteSettings = ['shared_buffers = 32MB']

export async function openPglite(
  dataDir: string | undefined,
  loadDataDir?: Blob,
): Promise<Database> {
  const client = await PGlite.create(dataDir, {
    postgresqlconf: pgliteSettings,
    // Trigram search of classification concepts (a migration creates the extension).
    extensions: { pg_trgm },
    ...(loadDataDir ? { loadDataDir } : {}),
  })
  const db = drizzlePglite(client, { schema }) as unknown as Db
  return { db, kind: 'pglite', pglite: client, close: () => client.close() }
}

/**
 * PGlite has no lock of its own: a second process opening the same folder corrupts it.
 * The lock file holds the owner's pid; a stale lock (dead pid) is taken over.
 */
export function lockDataFolder(dataDir: string): () => void {
  fs.mkdirSync(dataDir, { recursive: true })
  const lockPath = path.join(dataDir, 'saumaton.lock')
  const tryTake = (): boolean => {
    try {
      fs.writeFileSync(lockPath, String(process.pid), { flag: 'wx' })
      return true
    } catch (e) {
      if ((e as NodeJS.ErrnoException).code !== 'EEXIST') throw e
      return false
    }
  }
  if (!tryTake()) {
    const owner = Number(fs.readFileSync(lockPath, 'utf8'))
    if (Number.isInteger(owner) && owner > 0 && owner !== process.pid && isAlive(owner)) {
      throw new Error(
        `The data folder ${dataDir} is in use by another Saumaton process (pid ${owner}). ` +
          'Stop that process, or set DATA_DIR to another folder.',
      )
    }
    fs.rmSync(lockPath, { force: true })
    if (!tryTake()) throw new Error(`Could not lock the data folder ${dataDir}.`)
  }
  return () => fs.rmSync(lockPath, { force: true })
}

function isAlive(pid: number): boolean {
  try {
    process.kill(pid, 0)
    return true
  } catch (e) {
    return (e as NodeJS.ErrnoException).code === 'EPERM'
  }
}

// Any fixed number, the same in every process: pg_advisory_lock's key for "migrating now".
const MIGRATION_LOCK_KEY = 7_270_105

/**
 * Brings the schema up to date. On PostgreSQL several app processes may start at once: the first
 * one takes a session-level advisory lock and migrates, the others wait for it and then find
 * nothing left to do (the migrator's own CREATE … IF NOT EXISTS statements race otherwise).
 * The lock and the migration share one connection, so the lock ends with it if the process dies.
 * PGlite needs no lock: only one process may open a data folder (lockDataFolder).
 */
export async function runMigrations(database: Database): Promise<void> {
  if (database.kind === 'pglite') {
    await migratePglite(database.db as never, { migrationsFolder })
    return
  }
  if (!database.pool) throw new Error('Migrating PostgreSQL needs the connection pool.')
  const client = await database.pool.connect()
  try {
    await client.query('select pg_advisory_lock($1)', [MIGRATION_LOCK_KEY])
    try {
      await migratePg(drizzlePg(client, { schema }), { migrationsFolder })
    } finally {
      await client.query('select pg_advisory_unlock($1)', [MIGRATION_LOCK_KEY])
    }
  } finally {
    client.release()
  }
}

/** Runs raw SQL and returns its rows; both drivers answer with `{ rows }`. */
export async function queryRows<T>(q: Queryable, query: SQL): Promise<T[]> {
  const result: unknown = await q.execute(query)
  return (result as { rows: T[] }).rows
}

export async function checkDatabase(q: Queryable): Promise<boolean> {
  const rows = await queryRows<{ ok: number }>(q, sql`select 1 as ok`)
  return rows[0]?.ok === 1
}
