import readXlsxFile from 'read-excel-file/node'
import { eq, sql } from 'drizzle-orm'
import { queryRows } from '../../platform/db/database'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { testApp, type Agent, type TestApp } from '../../platform/testing/app'
import { expectOk, expectProblem } from '../../platform/testing/expect'
import { fixtureIdentityCode, loadMonitoringFixture } from './fixture'
import { apiKey, followUpStatus, unemploymentSpell } from './schema'

let t: TestApp
let coordinator: Agent
let worker: Agent

beforeAll(async () => {
  t = await testApp()
  await loadMonitoringFixture(t.db)
  const org = await t.fixtures.organisation().save()
  coordinator = await t.signIn(await t.fixtures.coordinator(org).save())
  worker = await t.signIn(await t.fixtures.worker(org).save())
})
afterAll(() => t?.close())

describe('the monitoring API', () => {
  it('answers the report to a coordinator only, small numbers hidden', async () => {
    const report = expectOk<{
      current: { tables: { id: string; total: { total: { suppressed: boolean } } }[] }
    }>(await coordinator.get('/api/v1/monitoring/report?month=2024-03&by=municipality'))
    const atEnd = report.current.tables.find((x) => x.id === 'customersAtMonthEnd')!
    expect(atEnd.total.total.suppressed).toBe(true)
    expectProblem(await worker.get('/api/v1/monitoring/report?month=2024-03'), 403)
    expectProblem(await coordinator.get('/api/v1/monitoring/report?month=2024-13'), 400)
  })

  it('exports CSV and XLSX with the same suppression', async () => {
    const csv = await coordinator.get('/api/v1/monitoring/report/export?month=2024-03&format=csv')
    expect(csv.statusCode).toBe(200)
    expect(csv.headers['content-type']).toContain('text/csv')
    expect(csv.headers['content-disposition']).toBe(
      'attachment; filename="monitoring-2024-03-municipality.csv"',
    )
    const lines = csv.body
      .replace(/^\ufeff/, '')
      .trim()
      .split('\r\n')
    expect(lines[0]).toBe('month;dimension;group_id;group_name;table;figure;value;suppressed')
    const total = lines.find((l) => l.includes(';total;total;customersAtMonthEnd;total;'))
    expect(total).toMatch(
      /;(alle 5|piilotettu|fewer than 5|hidden|färre än 5|dold)[^;]*;(primary|secondary)$/,
    )
    const xlsx = await coordinator.get('/api/v1/monitoring/report/export?month=2024-03&format=xlsx')
    expect(xlsx.statusCode).toBe(200)
    const rows = (await readXlsxFile(xlsx.rawPayload))[0]!.data
    expect(rows.length).toBe(lines.length)
    expect(
      rows.every((r) => typeof r[6] !== 'number' || r[6] === 0 || r[6] >= 5 || r[7] === null),
    ).toBe(true)
  })

  it('imports registry data all or nothing, naming lines, never values', async () => {
    const codes = [fixtureIdentityCode(1), fixtureIdentityCode(2)]
    const bad = [
      'identity_code;record;start_date;end_date;months_after;status',
      `${codes[0]};unemployment_spell;2021-01-01;;;`,
      `${fixtureIdentityCode(19)};follow_up;;2024-03-28;4;retired`,
    ].join('\n')
    const refused = expectProblem(
      await coordinator.post('/api/v1/monitoring/registry-imports', { csv: bad }),
      400,
    ) as { fields?: { field: string; code: string }[] }
    const res = await coordinator.post('/api/v1/monitoring/registry-imports', { csv: bad })
    expect(res.body).not.toContain(fixtureIdentityCode(19))
    const fields = res.json<{ fields: { field: string; code: string }[] }>().fields
    expect(fields.map((f) => `${f.field}:${f.code}`)).toEqual([
      'line.3.identity_code:unknown_customer',
      'line.3.months_after:invalid_choice',
      'line.3.status:invalid_choice',
    ])
    void refused
    expect(
      await t.db
        .select()
        .from(unemploymentSpell)
        .where(eq(unemploymentSpell.startedOn, '2021-01-01')),
    ).toEqual([])
    const good = [
      'identity_code,record,start_date,end_date,months_after,status',
      `${codes[0]},unemployment_spell,2021-01-01,,,`,
      `${codes[1]},follow_up,,2024-03-28,6,studying`,
    ].join('\r\n')
    expect(
      expectOk(await coordinator.post('/api/v1/monitoring/registry-imports', { csv: good })),
    ).toEqual({ spells: 1, followUps: 1 })
    expect(
      await t.db.select().from(followUpStatus).where(eq(followUpStatus.status, 'studying')),
    ).toHaveLength(2) // the fixture's own one and this
  })

  it('serves machine clients with an organisation API key: shown once, hashed, revocable, audited', async () => {
    const created = expectOk<{ id: string; key: string }>(
      await coordinator.post('/api/v1/monitoring/api-keys', { name: 'KEHA' }),
      201,
    )
    const stored = await t.db.select().from(apiKey).where(eq(apiKey.id, created.id))
    expect(stored[0]!.keyHash).not.toContain(created.key)
    const listed = expectOk<{ items: Record<string, unknown>[] }>(
      await coordinator.get('/api/v1/monitoring/api-keys'),
    )
    expect(JSON.stringify(listed)).not.toContain(created.key)
    const url = '/api/v1/machine/monitoring/report?month=2024-03&by=municipality'
    const withKey = (key: string) =>
      t.app.inject({ method: 'GET', url, headers: { authorization: `Bearer ${key}` } })
    expect((await withKey(created.key)).statusCode).toBe(200)
    expectProblem(await withKey(`smk_${'x'.repeat(43)}`), 401)
    expectProblem(await t.anonymous.get(url), 401)
    expect(
      (await coordinator.post(`/api/v1/monitoring/api-keys/${created.id}/revoke`)).statusCode,
    ).toBe(204)
    expectProblem(await withKey(created.key), 401)
    const events = await queryRows<{ outcome: string; record_ids: string[] }>(
      t.db,
      sql`select outcome, record_ids::text[] from audit_event where action = 'monitoring.machine_read'`,
    )
    expect(events.filter((e) => e.outcome === 'success')).toHaveLength(1)
    expect(events.filter((e) => e.outcome === 'denied')).toHaveLength(3)
    expectProblem(await worker.get('/api/v1/monitoring/api-keys'), 403)
  })
})
