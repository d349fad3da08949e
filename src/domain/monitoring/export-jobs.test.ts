import { sql } from 'drizzle-orm'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { queryRows } from '../../platform/db/database'
import type { OrganisationId } from '../../platform/ids'
import { testApp, type Agent, type TestApp } from '../../platform/testing/app'
import { expectOk, expectProblem } from '../../platform/testing/expect'
import { loadMonitoringFixture } from './fixture'

/** Long exports through the background jobs, and the organisation lead's own figures. */
let t: TestApp
let coordinator: Agent
let otherCoordinator: Agent
let lead: Agent
let worker: Agent
let ids: Awaited<ReturnType<typeof loadMonitoringFixture>>

interface ExportView {
  id: string
  status: string
  progress: number
  downloadable: boolean
  errorCode: string | null
}

beforeAll(async () => {
  t = await testApp({ background: true })
  ids = await loadMonitoringFixture(t.db)
  const org = await t.fixtures.organisation().save()
  const other = await t.fixtures.organisation().save()
  coordinator = await t.signIn(await t.fixtures.coordinator(org).save())
  otherCoordinator = await t.signIn(await t.fixtures.coordinator(other).save())
  lead = await t.signIn(await t.fixtures.organisationLead({ id: ids.org as OrganisationId }).save())
  worker = await t.signIn(await t.fixtures.worker(org).save())
})
afterAll(() => t?.close())

async function finished(agent: Agent, id: string): Promise<ExportView> {
  for (let i = 0; i < 120; i++) {
    const view = expectOk<ExportView>(await agent.get(`/api/v1/monitoring/exports/${id}`))
    if (view.status === 'done' || view.status === 'failed') return view
    await new Promise((r) => setTimeout(r, 250))
  }
  throw new Error('The export did not finish.')
}

describe('long exports as background jobs', () => {
  it('makes the file in the background, with the same figures as the direct download', async () => {
    const started = expectOk<{ id: string }>(
      await coordinator.post('/api/v1/monitoring/exports', {
        month: '2024-03',
        by: 'municipality',
        format: 'csv',
      }),
      201,
    )
    const view = await finished(coordinator, started.id)
    expect(view).toMatchObject({ status: 'done', progress: 100, downloadable: true })
    const file = await coordinator.get(`/api/v1/monitoring/exports/${started.id}/file`)
    expect(file.statusCode).toBe(200)
    expect(file.headers['content-type']).toContain('text/csv')
    const direct = await coordinator.get(
      '/api/v1/monitoring/report/export?month=2024-03&by=municipality&format=csv',
    )
    expect(file.body).toBe(direct.body)
    const listed = expectOk<{ items: ExportView[] }>(
      await coordinator.get('/api/v1/monitoring/exports'),
    )
    expect(listed.items.map((i) => i.id)).toContain(started.id)
    // Audited: the request, the job's making of it, and the download.
    const actions = await queryRows<{ action: string }>(
      t.db,
      sql`select action from audit_event where ${started.id} = any(record_ids::text[]) order by occurred_at, action`,
    )
    expect(actions.map((a) => a.action)).toEqual(
      expect.arrayContaining(['monitoring.export', 'monitoring.export_made']),
    )
  })

  it("is only the requester's organisation's: others get not found, workers are refused", async () => {
    const started = expectOk<{ id: string }>(
      await coordinator.post('/api/v1/monitoring/exports', {
        month: '2024-03',
        by: 'organisation',
        format: 'xlsx',
      }),
      201,
    )
    await finished(coordinator, started.id)
    expectProblem(await otherCoordinator.get(`/api/v1/monitoring/exports/${started.id}/file`), 404)
    expectProblem(await otherCoordinator.get(`/api/v1/monitoring/exports/${started.id}`), 404)
    const theirs = expectOk<{ items: ExportView[] }>(
      await otherCoordinator.get('/api/v1/monitoring/exports'),
    )
    expect(theirs.items.map((i) => i.id)).not.toContain(started.id)
    expectProblem(await worker.get('/api/v1/monitoring/exports'), 403)
    expectProblem(
      await worker.post('/api/v1/monitoring/exports', {
        month: '2024-03',
        by: 'municipality',
        format: 'csv',
      }),
      403,
    )
  })

  it('refuses bad input and an expired file with problems', async () => {
    expectProblem(
      await coordinator.post('/api/v1/monitoring/exports', {
        month: '2024-13',
        by: 'x',
        format: 'pdf',
      }),
      400,
    )
    expectProblem(await coordinator.get('/api/v1/monitoring/exports/not-a-uuid'), 400)
    const started = expectOk<{ id: string }>(
      await coordinator.post('/api/v1/monitoring/exports', {
        month: '2024-02',
        by: 'municipality',
        format: 'csv',
      }),
      201,
    )
    await finished(coordinator, started.id)
    await t.db.execute(
      sql`update monitoring_export set expires_at = '2000-01-01T00:00:00Z' where id = ${started.id}::uuid`,
    )
    expectProblem(await coordinator.get(`/api/v1/monitoring/exports/${started.id}/file`), 410)
    const view = expectOk<ExportView>(
      await coordinator.get(`/api/v1/monitoring/exports/${started.id}`),
    )
    expect(view.downloadable).toBe(false)
  })
})

describe('the organisation lead', () => {
  it("sees their own organisation's figures only, with the same suppression", async () => {
    type Report = {
      current: {
        groups: { id: string }[]
        tables: { id: string; total: { total: { suppressed: boolean; value?: number } } }[]
      }
    }
    const own = expectOk<Report>(
      await lead.get('/api/v1/monitoring/report?month=2024-03&by=organisation'),
    )
    expect(own.current.groups.map((g) => g.id)).toEqual([ids.org])
    // Three customers at month end: fewer than 5, hidden for the lead too.
    const atEnd = own.current.tables.find((x) => x.id === 'customersAtMonthEnd')!
    expect(atEnd.total.total.suppressed).toBe(true)
    const csv = await lead.get('/api/v1/monitoring/report/export?month=2024-03&format=csv')
    expect(csv.statusCode).toBe(200)
    const started = expectOk<{ id: string }>(
      await lead.post('/api/v1/monitoring/exports', {
        month: '2024-03',
        by: 'organisation',
        format: 'csv',
      }),
      201,
    )
    expect((await finished(lead, started.id)).status).toBe('done')
    const [row] = await queryRows<{ scope: string | null }>(
      t.db,
      sql`select scope_organisation_id::text as scope from monitoring_export where id = ${started.id}::uuid`,
    )
    expect(row!.scope).toBe(ids.org)
    // Not the coordinator's tools.
    expectProblem(await lead.get('/api/v1/monitoring/api-keys'), 403)
    expectProblem(await lead.post('/api/v1/monitoring/registry-imports', { csv: 'x' }), 403)
  })
})
