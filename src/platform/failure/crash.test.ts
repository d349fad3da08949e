import fs from 'node:fs'
import os from 'node:os'
import path from 'node:path'
import { sql } from 'drizzle-orm'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { auditVerify } from '../../../scripts/audit-verify'
import { decodeAuditKey } from '../audit/key'
import { openPglite, openPostgres, queryRows, type Database } from '../db/database'
import { freshDatabase, type TestDatabase } from '../testing/database'
import { freePort, HttpSession, ServerProcess } from '../testing/server-process'

/**
 * SIGKILL of the server in the middle of concurrent writes: after a restart every write the
 * server acknowledged (201) is there, and the audit chain verifies against its checkpoint.
 * Runs on the kind of database of its project (PGlite folder, or a PostgreSQL database).
 */
const onPostgres = process.env.TEST_DATABASE === 'postgres'
const auditKeyHex = 'a7'.repeat(32)

describe(`a killed server loses nothing it acknowledged (${onPostgres ? 'PostgreSQL' : 'PGlite'})`, () => {
  let dir: string
  let pgDatabase: TestDatabase | null = null
  let server: ServerProcess

  beforeAll(async () => {
    dir = fs.mkdtempSync(path.join(os.tmpdir(), 'saumaton-crash-'))
    pgDatabase = onPostgres ? await freshDatabase() : null
    server = new ServerProcess(await freePort(), {
      DEMO: 'true',
      AUDIT_KEY: auditKeyHex,
      AUDIT_CHECKPOINT: path.join(dir, 'audit-checkpoint.json'),
      ...(pgDatabase?.url ? { DATABASE_URL: pgDatabase.url } : { DATA_DIR: dir }),
    })
  })
  afterAll(async () => {
    await server?.kill()
    await pgDatabase?.close()
    fs.rmSync(dir, { recursive: true, force: true })
  })

  it('keeps every acknowledged message and a verifiable audit after kill -9', async () => {
    await server.start()
    const worker = await HttpSession.signIn(server.url, 'te1')
    const list = (await (await worker.get('/api/v1/customers')).json()) as {
      items: { id: string }[]
    }
    const customerId = list.items[0]?.id
    expect(customerId).toBeDefined()

    // Eight writers in flight; the kill comes while they are writing.
    const acknowledged: string[] = []
    let killed = false
    const writer = async (n: number) => {
      for (let i = 0; !killed; i++) {
        try {
          const res = await worker.post(`/api/v1/customers/${customerId}/case/team-messages`, {
            body: `Crash test message ${n}-${i}`,
          })
          if (res.status === 201) acknowledged.push(((await res.json()) as { id: string }).id)
        } catch {
          // The connection broke under the kill: not acknowledged.
        }
      }
    }
    const writers = Array.from({ length: 8 }, (_, n) => writer(n))
    while (acknowledged.length < 40) await new Promise((r) => setTimeout(r, 20))
    await server.kill()
    killed = true
    await Promise.all(writers)

    // Start again on the same data, then stop gracefully so the sealer finishes the chain.
    await server.start()
    const again = await HttpSession.signIn(server.url, 'te1')
    expect((await again.get('/api/health')).status).toBe(200)
    await server.stop()

    const database: Database = pgDatabase?.url
      ? await openPostgres(pgDatabase.url, 2)
      : await openPglite(path.join(dir, 'pg'))
    try {
      const stored = await queryRows<{ id: string }>(
        database.db,
        sql`select id from case_message where body like 'Crash test message %'`,
      )
      const storedIds = new Set(stored.map((r) => r.id))
      const lost = acknowledged.filter((id) => !storedIds.has(id))
      expect(acknowledged.length).toBeGreaterThanOrEqual(40)
      expect(lost).toEqual([])
      const report = await auditVerify(
        database.db,
        decodeAuditKey(auditKeyHex),
        path.join(dir, 'audit-checkpoint.json'),
      )
      expect(report.message).toMatch(/^audit chain OK/)
      expect(report.message).not.toMatch(/not yet sealed/)
    } finally {
      await database.close()
    }
  }, 180_000)
})
