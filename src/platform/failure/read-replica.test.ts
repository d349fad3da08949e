import pg from 'pg'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { syntheticIdentityCode } from '../../demo/identity-codes'
import { PrivateCluster } from '../testing/private-cluster'
import { freePort, HttpSession, ServerProcess } from '../testing/server-process'

/**
 * Reports read from a real streaming replica (pg_basebackup of a private primary), and a user who
 * has just written reads their own write even while the replica lags behind. Replay is paused on
 * the replica to make the lag certain.
 */
const onPostgres = process.env.TEST_DATABASE === 'postgres'
const cannot = PrivateCluster.unavailableReason()
if (onPostgres && cannot) {
  if (process.env.CI === 'true') throw new Error(`Failure tests cannot run under CI: ${cannot}`)
  console.warn(`\n!!! SKIPPING the read-replica test: ${cannot}\n`)
}

const leadTimesUrl = '/api/v1/lead-times?from=2000-01-01&to=2100-12-31'

async function onCluster<T>(url: string, fn: (c: pg.Client) => Promise<T>): Promise<T> {
  const client = new pg.Client({ connectionString: url })
  await client.connect()
  try {
    return await fn(client)
  } finally {
    await client.end()
  }
}

async function enrolments(session: HttpSession): Promise<number> {
  const res = await session.get(leadTimesUrl)
  expect(res.status).toBe(200)
  return ((await res.json()) as { enrolments: number }).enrolments
}

describe.skipIf(!onPostgres || cannot !== null)('reports on a streaming replica', () => {
  let primary: PrivateCluster
  let replica: PrivateCluster
  let server: ServerProcess

  beforeAll(async () => {
    const base = 55632 + (process.pid % 200)
    primary = PrivateCluster.create(base)
    primary.start()
    primary.createDatabase('saumaton')
    const env = { DEMO: 'true', DATABASE_URL: primary.url('saumaton'), AUDIT_KEY: 'd4'.repeat(32) }
    // The first start migrates and loads the demo data; the replica copies them.
    const first = new ServerProcess(await freePort(), env)
    await first.start()
    await first.stop()
    replica = PrivateCluster.replicaOf(primary, base + 1)
    replica.start()
    server = new ServerProcess(await freePort(), {
      ...env,
      REPLICA_DATABASE_URL: replica.url('saumaton'),
    })
    await server.start()
  }, 240_000)
  afterAll(async () => {
    await server?.kill()
    replica?.destroy()
    primary?.destroy()
  })

  it("serves reports from the replica, and the writer's own write from the primary", async () => {
    const writer = await HttpSession.signIn(server.url, 'te1')
    const reader = await HttpSession.signIn(server.url, 'kela1')
    // Let the replica catch up with everything so far, then stop its replay.
    await onCluster(primary.url('saumaton'), async (p) => {
      const { rows } = await p.query<{ lsn: string }>('select pg_current_wal_lsn()::text as lsn')
      await onCluster(replica.url('saumaton'), async (r) => {
        for (;;) {
          const res = await r.query<{ ok: boolean }>(
            'select pg_last_wal_replay_lsn() >= $1::pg_lsn as ok',
            [rows[0]?.lsn],
          )
          if (res.rows[0]?.ok) break
          await new Promise((resolve) => setTimeout(resolve, 50))
        }
      })
    })
    const before = await enrolments(reader)
    expect(await enrolments(writer)).toBe(before)
    await onCluster(replica.url('saumaton'), (r) => r.query('select pg_wal_replay_pause()'))

    const programmes = (await (await writer.get('/api/v1/programmes')).json()) as {
      items: { id: string; municipalities: { id: string }[] }[]
    }
    const programme = programmes.items[0]!
    const person = {
      identityCode: syntheticIdentityCode('2004-05-06', 77),
      programmeId: programme.id,
      municipalityId: programme.municipalities[0]!.id,
      qualification: 'vocational',
    }
    const check = (await (await writer.post('/api/v1/enrolments/check', person)).json()) as {
      rules: { ok: boolean }[]
    }
    const overrideReason = check.rules.every((r) => r.ok) ? null : 'Outside the programme period'
    const enrolled = await writer.post('/api/v1/enrolments', {
      ...person,
      firstName: 'Reetta',
      lastName: 'Replikaatti',
      overrideReason,
    })
    expect(enrolled.status).toBe(201)

    // The writer sees their enrolment at once; the other worker still reads the paused replica.
    expect(await enrolments(writer)).toBe(before + 1)
    expect(await enrolments(reader)).toBe(before)

    await onCluster(replica.url('saumaton'), (r) => r.query('select pg_wal_replay_resume()'))
    const deadline = Date.now() + 20_000
    while ((await enrolments(reader)) !== before + 1) {
      if (Date.now() > deadline) throw new Error('the replica did not catch up')
      await new Promise((resolve) => setTimeout(resolve, 100))
    }

    // Reads on the replica are audited on the primary all the same.
    const audited = await onCluster(primary.url('saumaton'), (p) =>
      p.query<{ n: number }>(
        "select count(*)::int as n from audit_event where action = 'lead_times.read'",
      ),
    )
    expect(audited.rows[0]?.n).toBeGreaterThanOrEqual(5)
  }, 180_000)
})
