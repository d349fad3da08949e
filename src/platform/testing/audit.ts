import { asc, desc, gt, sql } from 'drizzle-orm'
import { writeAuditEvent, type AuditEventInput, type AuditKey } from '../audit/audit'
import { auditEvent } from '../audit/schema'
import { sealAuditEvents, type SealResult } from '../audit/seal'
import type { Db } from '../db/database'

export type AuditRow = typeof auditEvent.$inferSelect

/** The sequence number of the newest audit event (0 when none). */
export async function lastAuditSeq(db: Db): Promise<number> {
  const [row] = await db
    .select({ seq: auditEvent.seq })
    .from(auditEvent)
    .orderBy(desc(auditEvent.seq))
    .limit(1)
  return row?.seq ?? 0
}

/** The audit events written after `seq`, oldest first. */
export function auditEventsAfter(db: Db, seq: number): Promise<AuditRow[]> {
  return db.select().from(auditEvent).where(gt(auditEvent.seq, seq)).orderBy(asc(auditEvent.seq))
}

/** Runs `fn` and returns what it returned with the audit events it wrote. */
export async function withAudit<T>(db: Db, fn: () => Promise<T>): Promise<[T, AuditRow[]]> {
  const before = await lastAuditSeq(db)
  const result = await fn()
  return [result, await auditEventsAfter(db, before)]
}

/** A fixed audit key for tests (the app's own comes from AUDIT_KEY or the data folder). */
export const testAuditKey: AuditKey = Buffer.alloc(32, 7)

/** Seals everything committed, as the app's sealer does shortly after each commit. */
export function sealAll(db: Db): Promise<SealResult> {
  return sealAuditEvents(db, testAuditKey)
}

/**
 * Changes audit rows behind the protection, as a superuser can: the trigger is a guard against
 * mistakes and ordinary roles, the keyed chain is what tells.
 */
export function tamper(
  db: Db,
  change: (tx: Parameters<Parameters<Db['transaction']>[0]>[0]) => Promise<unknown>,
): Promise<void> {
  return db.transaction(async (tx) => {
    await tx.execute(sql`alter table audit_event disable trigger user`)
    await change(tx)
    await tx.execute(sql`alter table audit_event enable trigger user`)
  })
}

/** A synthetic audited read of one of ten synthetic persons, the n-th of a test. */
export function syntheticAuditEvent(n: number): AuditEventInput {
  return {
    occurredAt: new Date(Date.UTC(2026, 2, 2, 8, 0, n)),
    requestId: `request-${n}`,
    actorUserId: null,
    actorOrganisationId: null,
    actorRole: 'system:test',
    action: 'customer.read',
    purpose: null,
    outcome: 'success',
    personIds: [`5d0c2a52-8f57-4d4b-9d2b-4d0f7b1b3a1${n % 10}`],
    recordIds: [],
  }
}

/** Writes events `from` … `to`, each in a transaction of its own, as requests do. */
export async function recordAuditEvents(db: Db, from: number, to = from): Promise<void> {
  for (let n = from; n <= to; n++) {
    await db.transaction((tx) => writeAuditEvent(tx, syntheticAuditEvent(n)))
  }
}
