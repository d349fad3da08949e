import { pathToFileURL } from 'node:url'
import { verifyAuditChain } from '../src/platform/audit/audit'
import { loadConfig } from '../src/platform/config'
import type { Queryable } from '../src/platform/db/database'
import { openConfiguredDatabase } from '../src/platform/db/open'

export interface AuditReport {
  ok: boolean
  /** One line for the operator; names sequence numbers only, never what the rows hold. */
  message: string
  exitCode: 0 | 1
}

/** Walks the audit hash chain (`npm run audit:verify`) and reports the first broken link. */
export async function auditVerify(db: Queryable): Promise<AuditReport> {
  const verdict = await verifyAuditChain(db)
  if (verdict.ok) {
    return { ok: true, message: `audit chain OK: ${verdict.checked} events`, exitCode: 0 }
  }
  return {
    ok: false,
    message:
      `audit chain BROKEN at seq ${verdict.brokenAtSeq}: ${verdict.reason} ` +
      `(${verdict.checked} events before it verified)`,
    exitCode: 1,
  }
}

async function main(): Promise<number> {
  const database = await openConfiguredDatabase(loadConfig())
  try {
    const report = await auditVerify(database.db)
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
      // 2: the chain could not be checked at all (no database, folder locked, …).
      console.error(`audit chain not verified: ${e instanceof Error ? e.message : String(e)}`)
      process.exit(2)
    },
  )
}
