import { eq, sql } from 'drizzle-orm'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { writeAuditEvent } from '../src/platform/audit/audit'
import { auditEvent } from '../src/platform/audit/schema'
import { freshDatabase, type TestDatabase } from '../src/platform/testing/database'
import { auditVerify } from './audit-verify'

describe('npm run audit:verify', () => {
  let database: TestDatabase
  beforeAll(async () => {
    database = await freshDatabase()
  })
  afterAll(() => database?.close())

  const record = (n: number) =>
    database.db.transaction((tx) =>
      writeAuditEvent(tx, {
        occurredAt: new Date(Date.UTC(2026, 2, 2, 8, n)),
        requestId: `request-${n}`,
        actorUserId: null,
        actorOrganisationId: null,
        actorRole: 'system:test',
        action: 'customer.read',
        purpose: null,
        outcome: 'success',
        personIds: ['5d0c2a52-8f57-4d4b-9d2b-4d0f7b1b3a1' + String(n % 10)],
        recordIds: [],
      }),
    )

  it('reports an empty and an intact chain as OK, with the number of events', async () => {
    expect(await auditVerify(database.db)).toEqual({
      ok: true,
      message: 'audit chain OK: 0 events',
      exitCode: 0,
    })
    for (let n = 1; n <= 4; n++) await record(n)
    expect(await auditVerify(database.db)).toEqual({
      ok: true,
      message: 'audit chain OK: 4 events',
      exitCode: 0,
    })
  })

  it('names the first broken link by its sequence number and exits with 1', async () => {
    await database.db.transaction(async (tx) => {
      await tx.execute(sql`alter table audit_event disable trigger user`)
      await tx.update(auditEvent).set({ outcome: 'denied' }).where(eq(auditEvent.seq, 3))
      await tx.execute(sql`alter table audit_event enable trigger user`)
    })
    const report = await auditVerify(database.db)
    expect(report).toMatchObject({ ok: false, exitCode: 1 })
    expect(report.message).toBe(
      'audit chain BROKEN at seq 3: content altered (2 events before it verified)',
    )
  })
})
