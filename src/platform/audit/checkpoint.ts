import { createHmac, timingSafeEqual } from 'node:crypto'
import fs from 'node:fs'
import path from 'node:path'
import type { Config } from '../config'
import type { AuditKey } from './audit'

/**
 * The end of the chain as it was at `writtenAt`, kept outside the database (a file, a log line):
 * rows removed from the end or rewritten before it show against it. Holds no personal data.
 */
export interface AuditCheckpoint {
  position: number
  hash: string
  writtenAt: string
  /** HMAC of the three fields above: a checkpoint cannot be forged without the key. */
  mac: string
}

function checkpointMac(key: AuditKey, position: number, hash: string, writtenAt: string): string {
  return createHmac('sha256', key)
    .update(JSON.stringify(['audit-checkpoint', position, hash, writtenAt]))
    .digest('hex')
}

export function makeCheckpoint(
  key: AuditKey,
  end: { position: number; hash: string },
  at: Date,
): AuditCheckpoint {
  const writtenAt = at.toISOString()
  return { ...end, writtenAt, mac: checkpointMac(key, end.position, end.hash, writtenAt) }
}

export function isGenuineCheckpoint(key: AuditKey, c: AuditCheckpoint): boolean {
  const expected = Buffer.from(checkpointMac(key, c.position, c.hash, c.writtenAt), 'hex')
  const given = Buffer.from(c.mac, 'hex')
  return given.length === expected.length && timingSafeEqual(given, expected)
}

export function checkpointPath(config: Config): string {
  return config.AUDIT_CHECKPOINT ?? path.join(config.DATA_DIR, 'audit-checkpoint.json')
}

/** The checkpoint in a file: the sealer's own, or one line of its log shipped back. */
export function readCheckpoint(file: string): AuditCheckpoint | null {
  let text: string
  try {
    text = fs.readFileSync(file, 'utf8')
  } catch (e) {
    if ((e as NodeJS.ErrnoException).code === 'ENOENT') return null
    throw e
  }
  const value = JSON.parse(text) as { auditCheckpoint?: unknown }
  const c = (value.auditCheckpoint ?? value) as Partial<AuditCheckpoint>
  if (
    !Number.isSafeInteger(c.position) ||
    typeof c.hash !== 'string' ||
    typeof c.writtenAt !== 'string' ||
    typeof c.mac !== 'string'
  ) {
    throw new Error(`${file} does not hold an audit checkpoint.`)
  }
  return c as AuditCheckpoint
}

/** Replaces the file whole (write, then rename), so that a crash never leaves half a checkpoint. */
export function writeCheckpoint(file: string, c: AuditCheckpoint): void {
  fs.mkdirSync(path.dirname(file), { recursive: true })
  const temporary = `${file}.${process.pid}.tmp`
  fs.writeFileSync(temporary, `${JSON.stringify(c)}\n`, { mode: 0o600 })
  fs.renameSync(temporary, file)
}
