import { randomUUID } from 'node:crypto'
import { and, asc, eq, isNotNull, isNull, lte } from 'drizzle-orm'
import { writeAuditEvent } from '../../platform/audit/audit'
import { actorRoleLabel, newContext, type Actor, type Clock } from '../../platform/context'
import type { Db } from '../../platform/db/database'
import { reactToConsentEnded } from '../cases/reactions'
import { recordConsentEvent } from './consent'
import { consent } from './schema'

/** The named system actor of the expiry check (audited like anyone else). */
export const consentExpiryActor: Actor = { kind: 'system', name: 'consent-expiry', roles: [] }

/**
 * Records every consent that ran out (valid until ≤ now) and not yet recorded: one transaction
 * per consent marks it, writes the `consent_expired` timeline event and lets the case react
 * (the organisation's open steps wait or are handed over, the team is told). Access itself ends
 * at `valid_until` without this check (consent.ts); this makes the case say so. Rows are claimed
 * with SKIP LOCKED, so several app processes may run it at once.
 */
export async function recordConsentExpiries(db: Db, now: Date, batch = 100): Promise<number> {
  let recorded = 0
  for (let i = 0; i < batch; i++) {
    const done = await db.transaction(async (tx) => {
      const [row] = await tx
        .select()
        .from(consent)
        .where(
          and(
            eq(consent.status, 'given'),
            isNotNull(consent.validUntil),
            lte(consent.validUntil, now),
            isNull(consent.expiryRecordedAt),
          ),
        )
        .orderBy(asc(consent.validUntil))
        .limit(1)
        .for('update', { skipLocked: true })
      if (!row) return false
      const ctx = newContext(tx, consentExpiryActor, randomUUID(), now)
      await tx
        .update(consent)
        .set({ expiryRecordedAt: now, updatedAt: now })
        .where(eq(consent.id, row.id))
      await recordConsentEvent(ctx, row, 'consent_expired')
      await reactToConsentEnded(ctx, row, 'consent_expired')
      ctx.audit.touch([row.customerId], [row.id])
      await writeAuditEvent(tx, {
        occurredAt: now,
        requestId: ctx.requestId,
        actorUserId: null,
        actorOrganisationId: null,
        actorRole: actorRoleLabel(consentExpiryActor),
        action: 'consent.record_expiry',
        purpose: 'consent',
        outcome: 'success',
        personIds: [...ctx.audit.personIds],
        recordIds: [...ctx.audit.recordIds],
      })
      return true
    })
    if (!done) break
    recorded += 1
  }
  return recorded
}

/** Runs the expiry check every `intervalMs` until stopped; errors are logged without data. */
export function startConsentExpiryCheck(
  db: Db,
  clock: Clock,
  log: (msg: string) => void,
  intervalMs = 60_000,
): () => Promise<void> {
  let running: Promise<unknown> = Promise.resolve()
  const pass = () => {
    running = running
      .then(() => recordConsentExpiries(db, clock()))
      .catch((e: unknown) =>
        log(`consent expiry check failed: ${e instanceof Error ? e.name : 'error'}`),
      )
  }
  pass()
  const timer = setInterval(pass, intervalMs)
  return async () => {
    clearInterval(timer)
    await running
  }
}
