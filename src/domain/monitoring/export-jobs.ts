import { randomUUID } from 'node:crypto'
import { and, desc, eq, lt, isNotNull, sql } from 'drizzle-orm'
import type { JobDefinition } from '../../platform/background/background'
import { writeAuditEvent } from '../../platform/audit/audit'
import type { Ctx } from '../../platform/context'
import type { Queryable } from '../../platform/db/database'
import { Forbidden, Gone, NotFound, Unavailable, Conflict } from '../../platform/errors'
import { exportMediaType, type ExportFormat } from '../../platform/export/table-export'
import type { MonitoringDimension } from '../../shared/monitoring'
import { reportScope } from './actions'
import { exportReport } from './export'
import { monthlyReport } from './figures'
import { monitoringExport } from './schema'
import { rebuildSnapshots } from './snapshots'

/**
 * Long exports as background jobs (docs/monitoring.md, "Exports"): the request stores what to
 * make and enqueues it in the same transaction; the job makes the file with the same figures and
 * suppression as the page, in the requester's language, and keeps it for `EXPORT_KEEP_DAYS`.
 */
export const MONITORING_EXPORT_JOB = 'monitoring-export'
export const MONITORING_SNAPSHOTS_JOB = 'monitoring-snapshots'
export const EXPORT_KEEP_DAYS = 7
const SYSTEM_ACTOR = 'system:monitoring-export'

function requester(ctx: Ctx) {
  if (ctx.actor.kind !== 'user' || !ctx.actor.organisationId)
    throw new Forbidden('forbidden', 'Only a member of an organisation makes exports.')
  return { userId: ctx.actor.userId, organisationId: ctx.actor.organisationId }
}

export interface ExportRequest {
  month: string
  by: MonitoringDimension
  format: ExportFormat
}

/** Stores the request and enqueues its job, both in the request's transaction. */
export async function requestExport(ctx: Ctx, input: ExportRequest): Promise<{ id: string }> {
  const { userId, organisationId } = requester(ctx)
  const scope = reportScope(ctx.actor)
  if (!ctx.queue)
    throw new Unavailable('background_jobs_off', 'Background jobs are not running here.')
  const [row] = await ctx.db
    .insert(monitoringExport)
    .values({
      organisationId,
      requestedByUserId: userId,
      month: `${input.month}-01`,
      dimension: input.by,
      format: input.format,
      locale: ctx.actor.kind === 'user' ? ctx.actor.locale : 'fi',
      scopeOrganisationId: scope.organisationId,
      status: 'queued',
      createdAt: ctx.now,
      updatedAt: ctx.now,
    })
    .returning({ id: monitoringExport.id })
  await ctx.queue.send(ctx.db, MONITORING_EXPORT_JOB, { exportId: row!.id })
  ctx.audit.touch([], [row!.id])
  return { id: row!.id }
}

export interface ExportView {
  id: string
  month: string
  dimension: MonitoringDimension
  format: ExportFormat
  status: 'queued' | 'running' | 'done' | 'failed'
  progress: number
  errorCode: string | null
  createdAt: string
  expiresAt: string | null
  /** Done and not yet expired. */
  downloadable: boolean
}

const columns = {
  id: monitoringExport.id,
  month: monitoringExport.month,
  dimension: monitoringExport.dimension,
  format: monitoringExport.format,
  status: monitoringExport.status,
  progress: monitoringExport.progress,
  errorCode: monitoringExport.errorCode,
  createdAt: monitoringExport.createdAt,
  expiresAt: monitoringExport.expiresAt,
  hasFile: sql<boolean>`${monitoringExport.file} is not null`,
}

function viewOf(
  r: Omit<ExportView, 'createdAt' | 'expiresAt' | 'downloadable'> & {
    createdAt: Date
    expiresAt: Date | null
    hasFile: boolean
  },
  now: Date,
): ExportView {
  return {
    id: r.id,
    month: r.month.slice(0, 7),
    dimension: r.dimension,
    format: r.format,
    status: r.status,
    progress: r.progress,
    errorCode: r.errorCode,
    createdAt: r.createdAt.toISOString(),
    expiresAt: r.expiresAt?.toISOString() ?? null,
    downloadable: r.status === 'done' && r.hasFile && !!r.expiresAt && r.expiresAt > now,
  }
}

/** The organisation's latest exports (never the files). */
export async function listExports(ctx: Ctx): Promise<ExportView[]> {
  const { organisationId } = requester(ctx)
  const rows = await ctx.db
    .select(columns)
    .from(monitoringExport)
    .where(eq(monitoringExport.organisationId, organisationId))
    .orderBy(desc(monitoringExport.createdAt), desc(monitoringExport.id))
    .limit(20)
  ctx.audit.touch(
    [],
    rows.map((r) => r.id),
  )
  return rows.map((r) => viewOf(r, ctx.now))
}

/** One export of the organisation; another organisation's is not found. */
export async function getExport(ctx: Ctx, id: string): Promise<ExportView> {
  const { organisationId } = requester(ctx)
  const [row] = await ctx.db
    .select(columns)
    .from(monitoringExport)
    .where(and(eq(monitoringExport.id, id), eq(monitoringExport.organisationId, organisationId)))
  if (!row) throw new NotFound('export_not_found', 'No such export.')
  ctx.audit.touch([], [id])
  return viewOf(row, ctx.now)
}

/** The file, to its requester's organisation only, until it expires. */
export async function exportFile(ctx: Ctx, id: string) {
  const { organisationId } = requester(ctx)
  const [row] = await ctx.db
    .select()
    .from(monitoringExport)
    .where(and(eq(monitoringExport.id, id), eq(monitoringExport.organisationId, organisationId)))
  if (!row) throw new NotFound('export_not_found', 'No such export.')
  ctx.audit.touch([], [id])
  if (row.status !== 'done') throw new Conflict('export_not_ready', 'The file is not ready.')
  if (!row.file || !row.expiresAt || row.expiresAt <= ctx.now)
    throw new Gone('export_expired', 'The file has expired.')
  return {
    file: row.file,
    mediaType: exportMediaType[row.format],
    fileName: row.fileName ?? `monitoring.${row.format}`,
  }
}

async function setProgress(
  db: Queryable,
  id: string,
  values: Partial<typeof monitoringExport.$inferInsert>,
) {
  await db.update(monitoringExport).set(values).where(eq(monitoringExport.id, id))
}

/** The job: makes the file, records its progress on the way, and audits what it made. */
export async function runExport(db: Queryable, exportId: string, now: Date): Promise<void> {
  const [row] = await db.select().from(monitoringExport).where(eq(monitoringExport.id, exportId))
  if (!row || row.status === 'done' || row.status === 'failed') return
  await setProgress(db, exportId, { status: 'running', progress: 10, updatedAt: now })
  let outcome: 'success' | 'failure' = 'success'
  try {
    const { current } = await monthlyReport(db, row.month, row.dimension, {
      scope: { organisationId: row.scopeOrganisationId },
      now,
    })
    await setProgress(db, exportId, { progress: 60, updatedAt: new Date() })
    const made = await exportReport(current, row.format, row.locale)
    const file = typeof made === 'string' ? Buffer.from(made, 'utf8') : made
    await setProgress(db, exportId, {
      status: 'done',
      progress: 100,
      file,
      byteSize: file.length,
      fileName: `monitoring-${row.month.slice(0, 7)}-${row.dimension}.${row.format}`,
      finishedAt: new Date(),
      expiresAt: new Date(now.getTime() + EXPORT_KEEP_DAYS * 86_400_000),
      updatedAt: new Date(),
    })
  } catch {
    outcome = 'failure'
    await setProgress(db, exportId, {
      status: 'failed',
      errorCode: 'export_failed',
      finishedAt: new Date(),
      updatedAt: new Date(),
    })
  }
  await writeAuditEvent(db, {
    occurredAt: now,
    requestId: randomUUID(),
    actorUserId: row.requestedByUserId,
    actorOrganisationId: row.organisationId,
    actorRole: SYSTEM_ACTOR,
    action: 'monitoring.export_made',
    purpose: null,
    outcome,
    personIds: [],
    recordIds: [exportId],
  })
}

/** Drops the files of expired exports (the rows stay, for the list and the audit trail). */
export async function dropExpiredFiles(db: Queryable, now: Date): Promise<void> {
  await db
    .update(monitoringExport)
    .set({ file: null, updatedAt: now })
    .where(and(isNotNull(monitoringExport.file), lt(monitoringExport.expiresAt, now)))
}

/** The monitoring module's background work (platform/background, src/background.ts). */
export function monitoringBackgroundJobs(): JobDefinition[] {
  const make: JobDefinition<{ exportId: string }> = {
    name: MONITORING_EXPORT_JOB,
    handle: (data, { database, now }) => runExport(database.db, data.exportId, now),
  }
  const snapshots: JobDefinition = {
    name: MONITORING_SNAPSHOTS_JOB,
    // Every night (UTC), after the day's imports: closed months from the base tables.
    schedule: '20 0 * * *',
    handle: async (_data, { database, now }) => {
      await rebuildSnapshots(database.db, now)
    },
  }
  const expiry: JobDefinition = {
    name: 'monitoring-export-expiry',
    schedule: '*/30 * * * *',
    handle: (_data, { database, now }) => dropExpiredFiles(database.db, now),
  }
  return [make, snapshots, expiry]
}
