import { createHmac } from 'node:crypto'
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

/** The secret that keys the chain's hashes (see key.ts); without it no one can forge a seal. */
export type AuditKey = Buffer

export const GENESIS_HASH = '0'.repeat(64)

/** What a seal covers: the row's identity, order, content, place in the chain and predecessor. */
export interface SealedContent extends AuditEventInput {
  id: string
  seq: number
}

function canonical(e: SealedContent, position: number, prevHash: string): string {
  return JSON.stringify([
    position,
    e.seq,
    e.id,
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

/** HMAC-SHA-256 of one row in its place: recomputing it needs the key. */
export function sealHash(
  key: AuditKey,
  e: SealedContent,
  position: number,
  prevHash: string,
): string {
  return createHmac('sha256', key)
    .update(canonical(e, position, prevHash))
    .digest('hex')
}

/**
 * Records one access; call inside the transaction whose access it records. The row is written
 * unsealed (no lock, no read): the sealer chains it shortly after commit (seal.ts).
 */
export async function writeAuditEvent(db: Queryable, input: AuditEventInput): Promise<void> {
  await db.insert(auditEvent).values({
    ...input,
    occurredAt: new Date(input.occurredAt.getTime()),
    personIds: [...new Set(input.personIds)].sort(),
    recordIds: [...new Set(input.recordIds)].sort(),
  })
}
