import { createHash, randomUUID } from 'node:crypto'
import fs from 'node:fs'
import os from 'node:os'
import path from 'node:path'
import { asc, count, gt, isNull, sql } from 'drizzle-orm'
import pg from 'pg'
import { afterEach, beforeEach, describe, expect, it } from 'vitest'
import { testConfig } from '../config'
import { openPostgres, queryRows } from '../db/database'
import {
  recordAuditEvents,
  sealAll,
  syntheticAuditEvent,
  tamper,
  testAuditKey,
} from '../testing/audit'
import { freshDatabase, type TestDatabase } from '../testing/database'
import { GENESIS_HASH, sealHash, writeAuditEvent } from './audit'
import { makeCheckpoint, readCheckpoint, type AuditCheckpoint } from './checkpoint'
import { loadAuditKey } from './key'
import { auditEvent } from './schema'
import { AuditChainBroken, sealAuditEvents, startAuditSealer } from './seal'
import { verifyAuditChain } from './verify'

const onPostgres = process.env.TEST_DATABASE !== 'pglite'
const person = syntheticAuditEvent(0).personIds[0]!
const event = syntheticAuditEvent

describe('audit sealing', () => {
  let database: TestDatabase
  let folder: string
  beforeEach(async () => {
    database = await freshDatabase()
    folder = fs.mkdtempSync(path.join(os.tmpdir(), 'saumaton-audit-seal-'))
  })
  afterEach(async () => {
    await database?.close()
    fs.rmSync(folder, { recursive: true, force: true })
  })

  const db = () => database.db
  const record = (from: number, to = from) => recordAuditEvents(db(), from, to)
  const checkpointNow = async (): Promise<AuditCheckpoint> => {
    const { end } = await sealAll(db())
    return makeCheckpoint(testAuditKey, end!, new Date())
  }
  const verify = (checkpoint: AuditCheckpoint | null = null) =>
    verifyAuditChain(db(), testAuditKey, { checkpoint })

  it('chains committed rows in order once, leaving the young ones and gaps of rolled-back writes', async () => {
    await record(1, 2)
    await db()
      .transaction(async (tx) => {
        await writeAuditEvent(tx, event(3))
        throw new Error('rolled back')
      })
      .catch(() => undefined)
    await record(4)
    expect(await sealAuditEvents(db(), testAuditKey, { settledSeconds: 3600 })).toMatchObject({
      sealed: 0,
    })
    expect(await verify()).toMatchObject({ ok: true, checked: 0, unsealed: 3 })
    expect(await sealAll(db())).toMatchObject({ sealed: 3, busy: false, end: { position: 3 } })
    expect(await sealAll(db())).toMatchObject({ sealed: 0, end: { position: 3 } })
    const rows = await db().select().from(auditEvent).orderBy(asc(auditEvent.chainPosition))
    expect(rows.map((r) => [r.chainPosition, r.seq, r.requestId])).toEqual([
      [1, 1, 'request-1'],
      [2, 2, 'request-2'],
      [3, 4, 'request-4'],
    ])
    expect(await verify()).toMatchObject({ ok: true, checked: 3, unsealed: 0 })
  })

  it('reports rows deleted from the end against the checkpoint', async () => {
    await record(1, 5)
    const checkpoint = await checkpointNow()
    await tamper(db(), (tx) => tx.delete(auditEvent).where(gt(auditEvent.chainPosition, 3)))
    // The chain alone cannot tell a shorter chain from a younger one.
    expect(await verify()).toMatchObject({ ok: true, checked: 3 })
    expect(await verify(checkpoint)).toMatchObject({
      ok: false,
      checked: 3,
      broken: { position: 4, reason: 'rows missing after the checkpoint' },
    })
  })

  it('reports rows rewritten with recomputed unkeyed hashes', async () => {
    await record(1, 4)
    await sealAll(db())
    await tamper(db(), async (tx) => {
      const rows = await tx.select().from(auditEvent).orderBy(asc(auditEvent.chainPosition))
      let prevHash = rows[1]!.hash!
      for (const row of rows.slice(2)) {
        const content = { ...row, outcome: 'denied' as const }
        const hash = createHash('sha256')
          .update(JSON.stringify([row.chainPosition, content, prevHash]))
          .digest('hex')
        await tx.execute(
          sql`update audit_event set outcome = 'denied', prev_hash = ${prevHash}, hash = ${hash}
              where id = ${row.id}`,
        )
        prevHash = hash
      }
    })
    expect(await verify()).toMatchObject({
      ok: false,
      checked: 2,
      broken: { position: 3, seq: 3, reason: 'content altered or sealed with another key' },
    })
  })

  it('with the key but without the checkpoint file, a rewrite of the chain up to it still shows', async () => {
    await record(1, 4)
    const checkpoint = await checkpointNow()
    await tamper(db(), async (tx) => {
      const rows = await tx.select().from(auditEvent).orderBy(asc(auditEvent.chainPosition))
      let prevHash = rows[0]!.hash!
      for (const row of rows.slice(1)) {
        const content = { ...row, outcome: 'denied' as const }
        const hash = sealHash(testAuditKey, content, row.chainPosition!, prevHash)
        await tx.execute(
          sql`update audit_event set outcome = 'denied', prev_hash = ${prevHash}, hash = ${hash}
              where id = ${row.id}`,
        )
        prevHash = hash
      }
    })
    expect(await verify()).toMatchObject({ ok: true, checked: 4 })
    expect(await verify(checkpoint)).toMatchObject({
      ok: false,
      broken: { position: 4, reason: 'rewritten up to the checkpoint' },
    })
    // A checkpoint edited to match needs the key too.
    const forged = { ...checkpoint, hash: GENESIS_HASH }
    expect(await verify(forged)).toMatchObject({
      ok: false,
      broken: { reason: 'checkpoint not genuine' },
    })
  })

  it('refuses to extend a chain sealed with another key', async () => {
    await record(1, 2)
    await sealAll(db())
    await record(3)
    await expect(sealAuditEvents(db(), Buffer.alloc(32, 9))).rejects.toBeInstanceOf(
      AuditChainBroken,
    )
    const [pending] = await db()
      .select({ n: count() })
      .from(auditEvent)
      .where(isNull(auditEvent.hash))
    expect(pending?.n).toBe(1)
  })

  it('keeps a checkpoint file and logs it without personal data; after truncation it stops and keeps the evidence', async () => {
    const checkpointFile = path.join(folder, 'checkpoint.json')
    const lines: { level: string; fields: Record<string, unknown>; msg: string }[] = []
    const log = {
      info: (fields: Record<string, unknown>, msg: string) =>
        lines.push({ level: 'info', fields, msg }),
      error: (fields: Record<string, unknown>, msg: string) =>
        lines.push({ level: 'error', fields, msg }),
    }
    const run = async () => {
      // A long interval: only the pass at stop runs, so the test decides when.
      const stop = startAuditSealer({
        db: db(),
        key: testAuditKey,
        checkpointFile,
        clock: () => new Date('2026-03-02T09:00:00.000Z'),
        log,
        intervalMs: 3_600_000,
      })
      await stop()
    }
    await record(1, 3)
    await run()
    const first = readCheckpoint(checkpointFile)
    expect(first).toMatchObject({ position: 3, writtenAt: '2026-03-02T09:00:00.000Z' })
    expect(lines).toEqual([
      { level: 'info', fields: { auditCheckpoint: first }, msg: 'audit checkpoint' },
    ])
    expect(Object.keys(first!).sort()).toEqual(['hash', 'mac', 'position', 'writtenAt'])
    expect(JSON.stringify(lines)).not.toContain(person)
    // A shipped log line is a checkpoint too.
    const shipped = path.join(folder, 'shipped.json')
    fs.writeFileSync(
      shipped,
      JSON.stringify({ level: 30, ...lines[0]!.fields, msg: 'audit checkpoint' }),
    )
    expect(readCheckpoint(shipped)).toEqual(first)

    await tamper(db(), (tx) => tx.delete(auditEvent).where(gt(auditEvent.chainPosition, 1)))
    await record(4)
    await run()
    expect(readCheckpoint(checkpointFile)).toEqual(first)
    expect(lines.at(-1)).toMatchObject({
      level: 'error',
      fields: { problem: 'the audit chain no longer holds its checkpoint at position 3' },
    })
    const [pending] = await db()
      .select({ n: count() })
      .from(auditEvent)
      .where(isNull(auditEvent.hash))
    expect(pending?.n).toBe(1)
  })

  it('makes the key on first start in the data folder, keeps it, and prefers AUDIT_KEY', () => {
    const config = testConfig({ DATA_DIR: path.join(folder, 'data') })
    const warnings: string[] = []
    const warn = (msg: string) => warnings.push(msg)
    const made = loadAuditKey(config, { create: true, kind: 'pglite', warn })
    expect(made).toHaveLength(32)
    expect(warnings).toEqual([])
    expect(loadAuditKey(config, { create: false, kind: 'pglite' })).toEqual(made)
    expect(fs.statSync(path.join(config.DATA_DIR, 'audit.key')).mode & 0o077).toBe(0)

    const onServer = testConfig({ DATA_DIR: path.join(folder, 'server') })
    expect(() => loadAuditKey(onServer, { create: false, kind: 'postgres' })).toThrow(/AUDIT_KEY/)
    loadAuditKey(onServer, { create: true, kind: 'postgres', warn })
    expect(warnings.join()).toMatch(/AUDIT_KEY is not set/)

    const configured = testConfig({ ...config, AUDIT_KEY: 'ab'.repeat(32) })
    expect(loadAuditKey(configured, { create: true, kind: 'postgres' })).toEqual(
      Buffer.alloc(32, 0xab),
    )
    expect(() =>
      loadAuditKey({ ...config, AUDIT_KEY: 'abcd' }, { create: true, kind: 'postgres' }),
    ).toThrow(/at least 32 bytes/)
  })

  it.runIf(onPostgres)(
    'a transaction that commits after later rows were sealed is chained at the end',
    async () => {
      const client = new pg.Client({ connectionString: database.url! })
      await client.connect()
      try {
        await client.query('begin')
        await client.query(
          `insert into audit_event (occurred_at, actor_role, action, outcome, person_ids, record_ids)
           values (now(), 'system:test', 'customer.read', 'success', '{}', '{}')`,
        )
        await record(2)
        expect(await sealAll(db())).toMatchObject({ sealed: 1 })
        await client.query('commit')
      } finally {
        await client.end()
      }
      expect(await sealAll(db())).toMatchObject({ sealed: 1 })
      const rows = await db().select().from(auditEvent).orderBy(asc(auditEvent.chainPosition))
      expect(rows.map((r) => [r.chainPosition, r.seq])).toEqual([
        [1, 2],
        [2, 1],
      ])
      expect(await verify()).toMatchObject({ ok: true, checked: 2 })
    },
  )

  it.runIf(onPostgres)(
    'concurrent audited writes from many connections, sealed by two processes at once, end in one valid chain',
    async () => {
      const writers = await openPostgres(database.url!, 16)
      const sealerA = await openPostgres(database.url!, 1)
      const sealerB = await openPostgres(database.url!, 1)
      try {
        let writing = true
        const sealing = [sealerA, sealerB].map(async (s) => {
          let busy = 0
          while (writing) {
            if ((await sealAuditEvents(s.db, testAuditKey, { batchSize: 50 })).busy) busy += 1
            await new Promise((resolve) => setTimeout(resolve, 5))
          }
          return busy
        })
        await Promise.all(
          Array.from({ length: 16 }, async (_, w) => {
            for (let n = 0; n < 40; n++) {
              await writers.db.transaction(async (tx) => {
                await writeAuditEvent(tx, { ...event(n), requestId: `${w}-${randomUUID()}` })
              })
            }
          }),
        )
        writing = false
        await Promise.all(sealing)
        await sealAll(db())
      } finally {
        await Promise.all([writers.close(), sealerA.close(), sealerB.close()])
      }
      const verdict = await verify()
      expect(verdict).toMatchObject({ ok: true, checked: 640, unsealed: 0 })
      const [span] = await queryRows<{ n: number; max: number }>(
        db(),
        sql`select count(distinct chain_position)::int as n, max(chain_position)::int as max from audit_event`,
      )
      expect(span).toEqual({ n: 640, max: 640 })
    },
    60_000,
  )
})
