/**
 * Audited writes per second with many in flight: the same small write transaction without audit,
 * with the audit row as written now (unsealed, sealed after commit by the sealer) and with the
 * former design (one global lock per request, read the last hash, insert a hashed row).
 *
 *   npx tsx bench/audit-throughput.bench.ts [--seconds 5] [--concurrency 16]
 */
import { createHash, randomUUID } from 'node:crypto'
import fs from 'node:fs'
import os from 'node:os'
import path from 'node:path'
import { parseArgs } from 'node:util'
import pg from 'pg'
import { startAuditSealer } from '../src/platform/audit/seal'
import { verifyAuditChain } from '../src/platform/audit/verify'
import { openPostgres, runMigrations } from '../src/platform/db/database'

const { values: args } = parseArgs({
  options: {
    seconds: { type: 'string', default: '5' },
    concurrency: { type: 'string', default: '16' },
  },
})
const seconds = Number(args.seconds)
const concurrency = Number(args.concurrency)
const adminUrl = process.env.BENCH_DATABASE_URL ?? 'postgres://postgres@127.0.0.1:5432/postgres'
const key = Buffer.alloc(32, 1)
const FORMER_CHAIN_LOCK = 7_310_417_001
const person = '5d0c2a52-8f57-4d4b-9d2b-4d0f7b1b3a10'

type Write = (c: pg.PoolClient) => Promise<void>

// The access being audited: one small insert, the same in every mode.
const access: Write = async (c) => {
  await c.query('insert into bench_write (at) values (now())')
}

const newAudit: Write = async (c) => {
  await c.query(
    `insert into audit_event (occurred_at, request_id, actor_role, action, outcome, person_ids,
       record_ids) values (now(), $1, 'worker', 'customer.read', 'success', $2, '{}')`,
    [randomUUID(), [person]],
  )
}

const formerAudit: Write = async (c) => {
  await c.query('select pg_advisory_xact_lock($1)', [FORMER_CHAIN_LOCK])
  const last = await c.query<{ seq: number; hash: string }>(
    'select seq, hash from bench_former_audit order by seq desc limit 1',
  )
  const seq = (last.rows[0]?.seq ?? 0) + 1
  const prevHash = last.rows[0]?.hash ?? '0'.repeat(64)
  const requestId = randomUUID()
  const hash = createHash('sha256')
    .update(JSON.stringify([seq, requestId, 'customer.read', [person], prevHash]))
    .digest('hex')
  await c.query(
    `insert into bench_former_audit (seq, request_id, action, person_ids, prev_hash, hash)
     values ($1, $2, 'customer.read', $3, $4, $5)`,
    [seq, requestId, [person], prevHash, hash],
  )
}

async function run(pool: pg.Pool, steps: Write[]): Promise<number> {
  const until = Date.now() + seconds * 1000
  let done = 0
  await Promise.all(
    Array.from({ length: concurrency }, async () => {
      const c = await pool.connect()
      try {
        while (Date.now() < until) {
          await c.query('begin')
          for (const step of steps) await step(c)
          await c.query('commit')
          done += 1
        }
      } finally {
        c.release()
      }
    }),
  )
  return done / seconds
}

async function main(): Promise<void> {
  const name = `saumaton_bench_audit_${process.pid}`
  const admin = new pg.Client({ connectionString: adminUrl })
  await admin.connect()
  await admin.query(`create database ${name}`)
  const url = new URL(adminUrl)
  url.pathname = `/${name}`
  const database = await openPostgres(url.toString(), 2)
  const pool = new pg.Pool({ connectionString: url.toString(), max: concurrency })
  const folder = fs.mkdtempSync(path.join(os.tmpdir(), 'saumaton-bench-audit-'))
  try {
    await runMigrations(database)
    await pool.query(`create table bench_write (id bigserial primary key, at timestamptz);
      create table bench_former_audit (seq bigint primary key, request_id text, action text,
        person_ids uuid[], prev_hash text, hash text, created_at timestamptz default now())`)
    console.log(`${concurrency} in flight, ${seconds} s per mode, PostgreSQL at ${url.host}`)

    const off = await run(pool, [access])
    const former = await run(pool, [access, formerAudit])
    const log = { info: () => undefined, error: (f: unknown) => console.error(f) }
    const stop = startAuditSealer({
      db: database.db,
      key,
      checkpointFile: path.join(folder, 'checkpoint.json'),
      clock: () => new Date(),
      log,
    })
    const current = await run(pool, [access, newAudit])
    const pending = await pool.query<{ n: string }>(
      'select count(*) as n from audit_event where hash is null',
    )
    const startedStop = Date.now()
    await stop()
    const finalSeal = Date.now() - startedStop
    const chain = await verifyAuditChain(database.db, key)

    const row = (label: string, perSecond: number) =>
      console.log(
        `${label.padEnd(40)} ${perSecond.toFixed(0).padStart(7)} /s  ${(perSecond / off).toFixed(2)} × audit off`,
      )
    row('audit off', off)
    row('audit, former design (global lock)', former)
    row('audit, sealed after commit', current)
    console.log(
      `sealed after commit vs former: ${(current / former).toFixed(2)} ×; at the end of the run ` +
        `${pending.rows[0]?.n} rows were still unsealed (sealer every 1 s, rows settle 2 s); ` +
        `final seal ${finalSeal} ms; chain ${chain.ok ? 'intact' : 'BROKEN'}, ${chain.checked} rows`,
    )
  } finally {
    await pool.end()
    await database.close()
    await admin.query(`drop database if exists ${name}`)
    await admin.end()
    fs.rmSync(folder, { recursive: true, force: true })
  }
}

main().catch((e: unknown) => {
  console.error(e)
  process.exit(1)
})
