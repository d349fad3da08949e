import { randomBytes } from 'node:crypto'
import fs from 'node:fs'
import path from 'node:path'
import type { Config } from '../config'
import type { AuditKey } from './audit'

const KEY_FILE = 'audit.key'

/** AUDIT_KEY as 64+ hex digits or base64 of 32+ bytes. */
export function decodeAuditKey(text: string): AuditKey {
  const trimmed = text.trim()
  const key = /^[0-9a-f]+$/i.test(trimmed)
    ? Buffer.from(trimmed, 'hex')
    : Buffer.from(trimmed, 'base64')
  if (key.length < 32) {
    throw new Error(
      'AUDIT_KEY must hold at least 32 bytes (64 hex digits or 44 base64 characters).',
    )
  }
  return key
}

/**
 * The audit key: AUDIT_KEY when set, else `<DATA_DIR>/audit.key`, made on first start when
 * `create` is set. On PostgreSQL a key in one process's data folder is a fallback for a single
 * process: every app process must seal with the same key, so it is announced loudly.
 */
export function loadAuditKey(
  config: Config,
  options: { create: boolean; kind: 'pglite' | 'postgres'; warn?: (msg: string) => void },
): AuditKey {
  if (config.AUDIT_KEY) return decodeAuditKey(config.AUDIT_KEY)
  const file = path.join(config.DATA_DIR, KEY_FILE)
  if (fs.existsSync(file)) return decodeAuditKey(fs.readFileSync(file, 'utf8'))
  if (!options.create) {
    throw new Error(`No audit key: set AUDIT_KEY or provide ${file}.`)
  }
  const key = randomBytes(32)
  fs.mkdirSync(config.DATA_DIR, { recursive: true })
  fs.writeFileSync(file, `${key.toString('hex')}\n`, { mode: 0o600, flag: 'wx' })
  if (options.kind === 'postgres') {
    options.warn?.(
      `AUDIT_KEY is not set: generated an audit key into ${file}. Every app process must seal ` +
        'with the same key: set AUDIT_KEY (from a secret store) in production.',
    )
  }
  return key
}
