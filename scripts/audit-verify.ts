import fs from 'node:fs'
import { parseArgs } from 'node:util'
import { pathToFileURL } from 'node:url'
import type { AuditKey } from '../src/platform/audit/audit'
import { checkpointPath, readCheckpoint } from '../src/platform/audit/checkpoint'
import { loadAuditKey } from '../src/platform/audit/key'
import { verifyAuditChain } from '../src/platform/audit/verify'
import { loadConfig } from '../src/platform/config'
import type { Queryable } from '../src/platform/db/database'
import { openConfiguredDatabase } from '../src/platform/db/open'

export interface AuditReport {
  ok: boolean
  /** One line for the operator; names places and sequence numbers only, never what rows hold. */
  message: string
  exitCode: 0 | 1
}

/**
 * Verifies the keyed audit chain and holds its end against the checkpoint
 * (`npm run audit:verify [-- --checkpoint FILE]`).
 */
export async function auditVerify(
  db: Queryable,
  key: AuditKey,
  checkpointFile: string | null,
): Promise<AuditReport> {
  const checkpoint = checkpointFile ? readCheckpoint(checkpointFile) : null
  const v = await verifyAuditChain(db, key, { checkpoint })
  const unsealed = v.unsealed > 0 ? `, ${v.unsealed} not yet sealed` : ''
  const anchor = v.checkpoint
    ? `checkpoint at position ${v.checkpoint.position}`
    : 'NO checkpoint: rows removed from the end would not show'
  if (!v.broken) {
    return {
      ok: true,
      message: `audit chain OK: ${v.checked} events${unsealed}; ${anchor}`,
      exitCode: 0,
    }
  }
  const row = v.broken.seq === null ? '' : ` (seq ${v.broken.seq})`
  return {
    ok: false,
    message:
      `audit chain BROKEN at position ${v.broken.position}${row}: ${v.broken.reason} ` +
      `(${v.checked} events before it verified${unsealed}; ${anchor})`,
    exitCode: 1,
  }
}

async function main(): Promise<number> {
  const { values } = parseArgs({ options: { checkpoint: { type: 'string' } } })
  const config = loadConfig()
  if (values.checkpoint && !fs.existsSync(values.checkpoint)) {
    throw new Error(`no checkpoint file ${values.checkpoint}`)
  }
  const database = await openConfiguredDatabase(config)
  try {
    const key = loadAuditKey(config, { create: false, kind: database.kind })
    const report = await auditVerify(database.db, key, values.checkpoint ?? checkpointPath(config))
    if (report.ok) console.log(report.message)
    else console.error(report.message)
    return report.exitCode
  } finally {
    await database.close()
  }
}

if (process.argv[1] && import.meta.url === pathToFileURL(process.argv[1]).href) {
  main().then(
    (code) => process.exit(code),
    (e: unknown) => {
      // 2: the chain could not be checked at all (no database, no key, folder locked, …).
      console.error(`audit chain not verified: ${e instanceof Error ? e.message : String(e)}`)
      process.exit(2)
    },
  )
}
