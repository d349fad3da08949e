import { asc, count, gt, isNull } from 'drizzle-orm'
import type { Queryable } from '../db/database'
import { GENESIS_HASH, type AuditKey } from './audit'
import { isGenuineCheckpoint, type AuditCheckpoint } from './checkpoint'
import { auditEvent } from './schema'
import { rowSealVerifies } from './seal'

export interface ChainBreak {
  /** Place in the chain where it breaks; the row's own sequence number when the row is there. */
  position: number
  seq: number | null
  reason:
    | 'a row is missing'
    | 'link to the previous row broken'
    | 'content altered or sealed with another key'
    | 'checkpoint not genuine'
    | 'rows missing after the checkpoint'
    | 'rewritten up to the checkpoint'
}

export interface ChainVerdict {
  ok: boolean
  /** Sealed rows verified before the break (all of them when ok). */
  checked: number
  /** Rows not yet sealed: protected by the trigger only, normally a few seconds old. */
  unsealed: number
  /** The checkpoint the chain was held against (null: none given). */
  checkpoint: { position: number } | null
  broken: ChainBreak | null
}

/**
 * Walks the sealed rows in chain order, then holds the chain's end against the checkpoint:
 * reports the first row whose place, link or keyed hash does not verify, a chain shorter than its
 * checkpoint (rows removed from the end) and a chain whose row at the checkpoint differs.
 */
export async function verifyAuditChain(
  db: Queryable,
  key: AuditKey,
  options: { checkpoint?: AuditCheckpoint | null; batchSize?: number } = {},
): Promise<ChainVerdict> {
  const { checkpoint = null, batchSize = 5000 } = options
  const [pending] = await db.select({ n: count() }).from(auditEvent).where(isNull(auditEvent.hash))
  const verdict = (checked: number, broken: ChainBreak | null): ChainVerdict => ({
    ok: broken === null,
    checked,
    unsealed: pending?.n ?? 0,
    checkpoint: checkpoint ? { position: checkpoint.position } : null,
    broken,
  })
  if (checkpoint && !isGenuineCheckpoint(key, checkpoint)) {
    return verdict(0, {
      position: checkpoint.position,
      seq: null,
      reason: 'checkpoint not genuine',
    })
  }
  let prevHash = GENESIS_HASH
  let expected = 1
  let hashAtCheckpoint: string | null = null
  for (;;) {
    const rows = await db
      .select()
      .from(auditEvent)
      .where(gt(auditEvent.chainPosition, expected - 1))
      .orderBy(asc(auditEvent.chainPosition))
      .limit(batchSize)
    for (const row of rows) {
      const checked = expected - 1
      if (row.chainPosition !== expected) {
        return verdict(checked, { position: expected, seq: null, reason: 'a row is missing' })
      }
      if (row.prevHash !== prevHash) {
        const reason = 'link to the previous row broken'
        return verdict(checked, { position: expected, seq: row.seq, reason })
      }
      if (!rowSealVerifies(key, row)) {
        const reason = 'content altered or sealed with another key'
        return verdict(checked, { position: expected, seq: row.seq, reason })
      }
      if (expected === checkpoint?.position) hashAtCheckpoint = row.hash
      prevHash = row.hash!
      expected += 1
    }
    if (rows.length < batchSize) break
  }
  const checked = expected - 1
  if (checkpoint && checked < checkpoint.position) {
    const reason = 'rows missing after the checkpoint'
    return verdict(checked, { position: checked + 1, seq: null, reason })
  }
  if (checkpoint && hashAtCheckpoint !== checkpoint.hash) {
    const reason = 'rewritten up to the checkpoint'
    return verdict(checked, { position: checkpoint.position, seq: null, reason })
  }
  return verdict(checked, null)
}
