import { asc, desc, gt } from 'drizzle-orm'
import { auditEvent } from '../audit/schema'
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
