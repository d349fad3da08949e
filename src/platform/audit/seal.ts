import { asc, desc, eq, isNotNull, isNull, sql } from 'drizzle-orm'
import type { Config } from '../config'
import { systemClock, type Clock } from '../context'
import { queryRows, type Database, type Db, type Queryable } from '../db/database'
import { GENESIS_HASH, sealHash, type AuditKey } from './audit'
import {
  checkpointPath,
  isGenuineCheckpoint,
  makeCheckpoint,
  readCheckpoint,
  writeCheckpoint,
  type AuditCheckpoint,
} from './checkpoint'
import { loadAuditKey } from './key'
import { auditEvent } from './schema'

// One sealer at a time across all app processes; taken with try, so no one ever waits for it.
const AUDIT_SEALER_LOCK = 7_310_417_002

export type AuditRow = typeof auditEvent.$inferSelect
export interface ChainEnd {
  position: number
  hash: string
}

/** The chain cannot be extended safely: its end or its anchor does not verify. */
export class AuditChainBroken extends Error {
  override name = 'AuditChainBroken'
}

export async function chainEnd(db: Queryable): Promise<AuditRow | null> {
  const [row] = await db
    .select()
    .from(auditEvent)
    .where(isNotNull(auditEvent.chainPosition))
    .orderBy(desc(auditEvent.chainPosition))
    .limit(1)
  return row ?? null
}

export function rowSealVerifies(key: AuditKey, row: AuditRow): boolean {
  return (
    row.chainPosition !== null &&
    row.prevHash !== null &&
    sealHash(key, row, row.chainPosition, row.prevHash) === row.hash
  )
}

/** The end of the chain, refused when its last seal was not made with `key` (or was altered). */
async function verifiedEnd(db: Queryable, key: AuditKey): Promise<ChainEnd | null> {
  const last = await chainEnd(db)
  if (!last) return null
  if (!rowSealVerifies(key, last)) {
    throw new AuditChainBroken(
      `the last sealed audit row (position ${last.chainPosition}) does not verify with this key`,
    )
  }
  return { position: last.chainPosition!, hash: last.hash! }
}

/** The anchor still holds: the row at its position is there, with its hash. */
async function checkAnchor(db: Queryable, anchor: AuditCheckpoint): Promise<void> {
  const [row] = await db
    .select({ hash: auditEvent.hash })
    .from(auditEvent)
    .where(eq(auditEvent.chainPosition, anchor.position))
  if (row?.hash !== anchor.hash) {
    throw new AuditChainBroken(
      `the audit chain no longer holds its checkpoint at position ${anchor.position}`,
    )
  }
}

export interface SealOptions {
  /** Leave rows younger than this (database time) for the next round; see docs/audit.md. */
  settledSeconds?: number
  batchSize?: number
  /** The latest checkpoint: sealing stops if the chain no longer matches it. */
  anchor?: AuditCheckpoint | null
}

export interface SealResult {
  sealed: number
  /** Another process was sealing; nothing done here. */
  busy: boolean
  end: ChainEnd | null
}

/**
 * Chains committed unsealed rows in the order of their sequence numbers, after the last sealed
 * row. Safe to call from many processes at once (one seals, the others return busy) and on
 * PGlite. A row whose transaction commits after later rows were sealed is chained at the end.
 */
export async function sealAuditEvents(
  db: Db,
  key: AuditKey,
  options: SealOptions = {},
): Promise<SealResult> {
  const { settledSeconds = 0, batchSize = 1000, anchor = null } = options
  let sealed = 0
  for (;;) {
    const round = await db.transaction(async (tx) => {
      const [lock] = await queryRows<{ locked: boolean }>(
        tx,
        sql`select pg_try_advisory_xact_lock(${AUDIT_SEALER_LOCK}) as locked`,
      )
      const end = await verifiedEnd(tx, key)
      if (anchor) await checkAnchor(tx, anchor)
      if (!lock?.locked) return { sealed: 0, busy: true, end }
      const rows = await tx
        .select()
        .from(auditEvent)
        .where(
          sql`${isNull(auditEvent.hash)} and ${auditEvent.createdAt} <= now() - make_interval(secs => ${settledSeconds})`,
        )
        .orderBy(asc(auditEvent.seq))
        .limit(batchSize)
      let position = end?.position ?? 0
      let prevHash = end?.hash ?? GENESIS_HASH
      const seals = rows.map((row) => {
        position += 1
        const hash = sealHash(key, row, position, prevHash)
        const seal = { id: row.id, position, prevHash, hash }
        prevHash = hash
        return seal
      })
      if (seals.length > 0) {
        // One statement per batch: the sealer keeps up with many writers.
        await tx.execute(sql`update audit_event a
          set chain_position = s.position, prev_hash = s.prev_hash, hash = s.hash
          from jsonb_to_recordset(${JSON.stringify(seals.map((s) => ({ id: s.id, position: s.position, prev_hash: s.prevHash, hash: s.hash })))}::jsonb)
            as s(id uuid, position bigint, prev_hash text, hash text)
          where a.id = s.id`)
      }
      return {
        sealed: seals.length,
        busy: false,
        end: seals.length > 0 ? { position, hash: prevHash } : end,
      }
    })
    sealed += round.sealed
    if (round.busy || round.sealed < batchSize) return { ...round, sealed }
  }
}

export interface SealerOptions {
  db: Db
  key: AuditKey
  checkpointFile: string
  clock: Clock
  /** Operator-facing lines (no personal data): the checkpoint line is meant to be shipped. */
  log: {
    info(fields: Record<string, unknown>, msg: string): void
    error(fields: Record<string, unknown>, msg: string): void
  }
  intervalMs?: number
  settledSeconds?: number
  /** How often, at most, the checkpoint goes to the log (and always at stop). */
  logEveryMs?: number
}

/**
 * The background sealer of one app process: seals every `intervalMs`, keeps the checkpoint file
 * current, logs the checkpoint now and then, and seals everything and checkpoints at stop.
 * It never replaces a checkpoint the chain no longer holds: that is the evidence of truncation.
 */
export function startAuditSealer(o: SealerOptions): () => Promise<void> {
  const intervalMs = o.intervalMs ?? 1000
  const settledSeconds = o.settledSeconds ?? 2
  const logEveryMs = o.logEveryMs ?? 60_000
  let lastLoggedAt = 0
  let lastProblem: string | null = null

  const pass = async (final: boolean): Promise<void> => {
    try {
      const anchor = readCheckpoint(o.checkpointFile)
      if (anchor && !isGenuineCheckpoint(o.key, anchor)) {
        throw new AuditChainBroken(`the audit checkpoint ${o.checkpointFile} is not genuine`)
      }
      const result = await sealAuditEvents(o.db, o.key, {
        settledSeconds: final ? 0 : settledSeconds,
        anchor,
      })
      lastProblem = null
      if (!result.end) return
      // The anchor held, so the chain reaches at least as far: a new end, or the same one.
      const changed = result.end.position !== anchor?.position
      const checkpoint = anchor && !changed ? anchor : makeCheckpoint(o.key, result.end, o.clock())
      if (changed) writeCheckpoint(o.checkpointFile, checkpoint)
      const now = Date.now()
      if (final || (changed && now - lastLoggedAt >= logEveryMs)) {
        lastLoggedAt = now
        o.log.info({ auditCheckpoint: checkpoint }, 'audit checkpoint')
      }
    } catch (e) {
      const problem = e instanceof AuditChainBroken ? e.message : `${(e as Error).name}`
      // Once per kind of problem, not every second.
      if (problem !== lastProblem) {
        o.log.error(
          { problem },
          'audit sealing stopped: run npm run audit:verify (new rows stay append-only, unsealed)',
        )
        lastProblem = problem
      }
    }
  }

  let running: Promise<void> = Promise.resolve()
  const timer = setInterval(() => {
    running = running.then(() => pass(false))
  }, intervalMs)
  return async () => {
    clearInterval(timer)
    await running
    await pass(true)
  }
}

/** The sealer as configured: key from AUDIT_KEY or the data folder, checkpoint file, app log. */
export function startConfiguredAuditSealer(
  config: Config,
  database: Pick<Database, 'db' | 'kind'>,
  log: SealerOptions['log'] & { warn(msg: string): void },
): () => Promise<void> {
  const key = loadAuditKey(config, {
    create: true,
    kind: database.kind,
    warn: (msg) => log.warn(msg),
  })
  return startAuditSealer({
    db: database.db,
    key,
    checkpointFile: checkpointPath(config),
    clock: systemClock,
    log,
  })
}
