import { createHash } from 'node:crypto'
import { asc, desc, gt, sql } from 'drizzle-orm'
import type { Queryable } from '../db/database'
import { auditEvent, type AuditOutcome } from './schema'

/**
 * Collects, during one request, every person and record it touched (also through lists and
 * joins); written once, in the same transaction as the access it records.
 */
export class AuditContext {
  readonly personIds = new Set<string>()
  readonly recordIds = new Set<string>()
  purpose: string | null = null

  touch(personIds: Iterable<string>, recordIds: Iterable<string> = []): void {
    for (const id of personIds) this.personIds.add(id)
    for (const id of recordIds) this.recordIds.add(id)
  }
}

export interface AuditEventInput {
  occurredAt: Date
  requestId: string | null
  actorUserId: string | null
  actorOrganisationId: string | null
  actorRole: string
  action: string
  purpose: string | null
  outcome: AuditOutcome
  personIds: string[]
  recordIds: string[]
}

export const GENESIS_HASH = '0'.repeat(64)
// Serialises audit writers so that the chain never forks; held only until the writer commits.
const AUDIT_CHAIN_LOCK = 7_310_417_001

function canonical(seq: number, e: AuditEventInput, prevHash: string): string {
  return JSON.stringify([
    seq,
    e.occurredAt.toISOString(),
    e.requestId,
    e.actorUserId,
    e.actorOrganisationId,
    e.actorRole,
    e.action,
    e.purpose,
    e.outcome,
    [...e.personIds].sort(),
    [...e.recordIds].sort(),
    prevHash,
  ])
}

export function hashAuditEvent(seq: number, e: AuditEventInput, prevHash: string): string {
  return createHash('sha256')
    .update(canonical(seq, e, prevHash))
    .digest('hex')
}

/** Appends one event to the chain; call inside the transaction whose access it records. */
export async function writeAuditEvent(db: Queryable, input: AuditEventInput): Promise<void> {
  await db.execute(sql`select pg_advisory_xact_lock(${AUDIT_CHAIN_LOCK})`)
  const [last] = await db
    .select({ seq: auditEvent.seq, hash: auditEvent.hash })
    .from(auditEvent)
    .orderBy(desc(auditEvent.seq))
    .limit(1)
  const seq = (last?.seq ?? 0) + 1
  const prevHash = last?.hash ?? GENESIS_HASH
  const e = {
    ...input,
    occurredAt: new Date(input.occurredAt.getTime()),
    personIds: [...new Set(input.personIds)].sort(),
    recordIds: [...new Set(input.recordIds)].sort(),
  }
  await db
    .insert(auditEvent)
    .values({ ...e, seq, prevHash, hash: hashAuditEvent(seq, e, prevHash) })
}

export type ChainVerdict =
  | { ok: true; checked: number }
  | { ok: false; checked: number; brokenAtSeq: number; reason: string }

/** Walks the chain in order and reports the first row whose link or content does not verify. */
export async function verifyAuditChain(db: Queryable, batchSize = 5000): Promise<ChainVerdict> {
  let prevHash = GENESIS_HASH
  let expectedSeq = 1
  let checked = 0
  for (;;) {
    const rows = await db
      .select()
      .from(auditEvent)
      .where(gt(auditEvent.seq, expectedSeq - 1))
      .orderBy(asc(auditEvent.seq))
      .limit(batchSize)
    if (rows.length === 0) return { ok: true, checked }
    for (const row of rows) {
      if (row.seq !== expectedSeq) {
        return { ok: false, checked, brokenAtSeq: expectedSeq, reason: 'a row is missing' }
      }
      if (row.prevHash !== prevHash) {
        return {
          ok: false,
          checked,
          brokenAtSeq: row.seq,
          reason: 'link to the previous row broken',
        }
      }
      if (hashAuditEvent(row.seq, row, row.prevHash) !== row.hash) {
        return { ok: false, checked, brokenAtSeq: row.seq, reason: 'content altered' }
      }
      prevHash = row.hash
      expectedSeq += 1
      checked += 1
    }
  }
}
