import fs from 'node:fs'
import os from 'node:os'
import path from 'node:path'
import { eq } from 'drizzle-orm'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { makeCheckpoint, writeCheckpoint } from '../src/platform/audit/checkpoint'
import { auditEvent } from '../src/platform/audit/schema'
import { recordAuditEvents, sealAll, tamper, testAuditKey } from '../src/platform/testing/audit'
import { freshDatabase, type TestDatabase } from '../src/platform/testing/database'
import { auditVerify } from './audit-verify'

describe('npm run audit:verify', () => {
  let database: TestDatabase
  let folder: string
  let checkpointFile: string
  beforeAll(async () => {
    database = await freshDatabase()
    folder = fs.mkdtempSync(path.join(os.tmpdir(), 'saumaton-audit-verify-'))
    checkpointFile = path.join(folder, 'audit-checkpoint.json')
  })
  afterAll(async () => {
    await database?.close()
    fs.rmSync(folder, { recursive: true, force: true })
  })

  const record = (n: number) => recordAuditEvents(database.db, n)
  const verify = (file: string | null = checkpointFile) =>
    auditVerify(database.db, testAuditKey, file)

  it('reports an empty and an intact chain as OK, with the events and the checkpoint', async () => {
    expect(await verify()).toEqual({
      ok: true,
      message: 'audit chain OK: 0 events; NO checkpoint: rows removed from the end would not show',
      exitCode: 0,
    })
    for (let n = 1; n <= 4; n++) await record(n)
    expect((await verify()).message).toBe(
      'audit chain OK: 0 events, 4 not yet sealed; NO checkpoint: rows removed from the end would not show',
    )
    const { end } = await sealAll(database.db)
    writeCheckpoint(checkpointFile, makeCheckpoint(testAuditKey, end!, new Date()))
    await record(5)
    await sealAll(database.db)
    expect(await verify()).toEqual({
      ok: true,
      message: 'audit chain OK: 5 events; checkpoint at position 4',
      exitCode: 0,
    })
  })

  it('names the first broken link by its place and sequence number and exits with 1', async () => {
    await tamper(database.db, (tx) =>
      tx.update(auditEvent).set({ outcome: 'denied' }).where(eq(auditEvent.chainPosition, 3)),
    )
    const report = await verify()
    expect(report).toMatchObject({ ok: false, exitCode: 1 })
    expect(report.message).toBe(
      'audit chain BROKEN at position 3 (seq 3): content altered or sealed with another key ' +
        '(2 events before it verified; checkpoint at position 4)',
    )
  })
})
