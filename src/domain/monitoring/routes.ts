import { z } from 'zod'
import { attachment, exportMediaType } from '../../platform/export/table-export'
import { defineRoute } from '../../platform/http/route'
import { localisedTextSchema } from '../../platform/localised'
import { disclosedSchema } from '../../shared/disclosed-schema'
import { monitoringExportStatuses } from '../../shared/enums'
import { figureTableIds, monitoringDimensions } from '../../shared/monitoring'
import { monitoringActions, reportScope } from './actions'
import { exportReport } from './export'
import { exportFile, getExport, listExports, requestExport } from './export-jobs'
import { monthlyReport } from './figures'
import { importRegistryData } from './registry-import'
import { authenticateApiKey, createApiKey, listApiKeys, revokeApiKey } from './api-keys'

const reportQuery = z.strictObject({
  month: z.string().regex(/^\d{4}-(0[1-9]|1[0-2])$/, 'YYYY-MM'),
  by: z.enum(monitoringDimensions).default('municipality'),
})

const figureRow = z.object({
  cells: z.array(disclosedSchema),
  total: disclosedSchema,
  derived: z.array(disclosedSchema),
})
const monthReportSchema = z.object({
  month: z.string(),
  dimension: z.enum(monitoringDimensions),
  threshold: z.number(),
  groups: z.array(z.object({ id: z.string(), name: localisedTextSchema })),
  tables: z.array(
    z.object({
      id: z.enum(figureTableIds as [string, ...string[]]),
      columns: z.array(z.string()),
      columnLabels: z.array(localisedTextSchema).nullable(),
      derivedNames: z.array(z.string()),
      rows: z.array(figureRow.extend({ groupId: z.string() })),
      total: figureRow,
    }),
  ),
})
export const monitoringReportSchema = z.object({
  current: monthReportSchema,
  previous: monthReportSchema,
})

const exportViewSchema = z.object({
  id: z.string(),
  month: z.string(),
  dimension: z.enum(monitoringDimensions),
  format: z.enum(['csv', 'xlsx']),
  status: z.enum(monitoringExportStatuses),
  progress: z.number().int(),
  errorCode: z.string().nullable(),
  createdAt: z.string(),
  expiresAt: z.string().nullable(),
  downloadable: z.boolean(),
})

export const monitoringRoutes = [
  defineRoute({
    method: 'GET',
    url: '/api/v1/monitoring/report',
    summary: "A month's monitoring figures and the previous month's, small numbers suppressed",
    tags: ['monitoring'],
    action: monitoringActions.readReport,
    query: reportQuery,
    response: monitoringReportSchema,
    handler: (ctx, { query }) =>
      monthlyReport(ctx.db, `${query.month}-01`, query.by, {
        scope: reportScope(ctx.actor),
        now: ctx.now,
      }),
  }),
  defineRoute({
    method: 'GET',
    url: '/api/v1/monitoring/report/export',
    summary: "A month's monitoring figures as CSV or XLSX, with the same suppression",
    tags: ['monitoring'],
    action: monitoringActions.exportReport,
    query: reportQuery.extend({ format: z.enum(['csv', 'xlsx']).default('csv') }),
    response: z.string().describe('The file'),
    handler: async (ctx, { query }, reply) => {
      const { current } = await monthlyReport(ctx.db, `${query.month}-01`, query.by, {
        scope: reportScope(ctx.actor),
        now: ctx.now,
      })
      const locale = ctx.actor.kind === 'user' ? ctx.actor.locale : 'fi'
      const file = await exportReport(current, query.format, locale)
      void reply
        .header('content-type', exportMediaType[query.format])
        .header(
          'content-disposition',
          attachment(`monitoring-${query.month}-${query.by}`, query.format),
        )
      return file as string
    },
  }),
  defineRoute({
    method: 'POST',
    url: '/api/v1/monitoring/exports',
    summary:
      'Start a long export as a background job: the same figures and suppression as the page',
    tags: ['monitoring'],
    action: monitoringActions.exportReport,
    status: 201,
    body: z.strictObject({
      month: reportQuery.shape.month,
      by: z.enum(monitoringDimensions),
      format: z.enum(['csv', 'xlsx']),
    }),
    response: z.object({ id: z.string() }),
    handler: (ctx, { body }) => requestExport(ctx, body),
  }),
  defineRoute({
    method: 'GET',
    url: '/api/v1/monitoring/exports',
    summary: "The organisation's latest exports and their progress (never the files)",
    tags: ['monitoring'],
    action: monitoringActions.exportReport,
    response: z.object({ items: z.array(exportViewSchema) }),
    handler: async (ctx) => ({ items: await listExports(ctx) }),
  }),
  defineRoute({
    method: 'GET',
    url: '/api/v1/monitoring/exports/:exportId',
    summary: "One of the organisation's exports and its progress",
    tags: ['monitoring'],
    action: monitoringActions.exportReport,
    params: z.object({ exportId: z.uuid() }),
    response: exportViewSchema,
    handler: (ctx, { params }) => getExport(ctx, params.exportId),
  }),
  defineRoute({
    method: 'GET',
    url: '/api/v1/monitoring/exports/:exportId/file',
    summary: "A finished export's file, to its requester's organisation only, until it expires",
    tags: ['monitoring'],
    action: monitoringActions.exportReport,
    params: z.object({ exportId: z.uuid() }),
    response: z.string().describe('The file'),
    handler: async (ctx, { params }, reply) => {
      const { file, mediaType, fileName } = await exportFile(ctx, params.exportId)
      void reply
        .header('content-type', mediaType)
        .header(
          'content-disposition',
          `attachment; filename="${fileName.replace(/[^A-Za-z0-9._-]/g, '_')}"`,
        )
      return file as unknown as string
    },
  }),
  defineRoute({
    method: 'POST',
    url: '/api/v1/monitoring/registry-imports',
    summary: 'Import unemployment spells and follow-up status by identity code; all or nothing',
    tags: ['monitoring'],
    action: monitoringActions.importRegistryData,
    body: z.strictObject({ csv: z.string().min(1).max(900_000) }),
    response: z.object({ spells: z.number().int(), followUps: z.number().int() }),
    handler: (ctx, { body }) => importRegistryData(ctx, body.csv),
  }),
  defineRoute({
    method: 'GET',
    url: '/api/v1/monitoring/api-keys',
    summary: "The coordinator's organisation's keys for machine clients (never the keys)",
    tags: ['monitoring'],
    action: monitoringActions.manageApiKeys,
    response: z.object({
      items: z.array(
        z.object({
          id: z.string(),
          name: z.string(),
          prefix: z.string(),
          createdAt: z.string(),
          lastUsedAt: z.string().nullable(),
          revokedAt: z.string().nullable(),
        }),
      ),
    }),
    handler: async (ctx) => ({ items: await listApiKeys(ctx) }),
  }),
  defineRoute({
    method: 'POST',
    url: '/api/v1/monitoring/api-keys',
    summary: 'Create a key for a machine client; the key is answered only this once',
    tags: ['monitoring'],
    action: monitoringActions.manageApiKeys,
    status: 201,
    body: z.strictObject({ name: z.string().trim().min(1).max(100) }),
    response: z.object({ id: z.string(), key: z.string() }),
    handler: (ctx, { body }) => createApiKey(ctx, body.name),
  }),
  defineRoute({
    method: 'POST',
    url: '/api/v1/monitoring/api-keys/:keyId/revoke',
    summary: 'Revoke a key; machine clients using it are refused from then on',
    tags: ['monitoring'],
    action: monitoringActions.manageApiKeys,
    params: z.object({ keyId: z.uuid() }),
    status: 204,
    response: z.null(),
    handler: async (ctx, { params }) => {
      await revokeApiKey(ctx, params.keyId)
      return null
    },
  }),
  defineRoute({
    method: 'GET',
    url: '/api/v1/machine/monitoring/report',
    summary:
      'For machine clients with an API key (Authorization: Bearer): the monthly figures, suppressed',
    tags: ['monitoring'],
    // Authenticated by its own key, not a session; every use is audited (api-keys.ts).
    action: 'public',
    query: reportQuery,
    response: monitoringReportSchema,
    handler: async (ctx, { query }, reply) => {
      await authenticateApiKey(
        ctx.db,
        reply.request.headers.authorization,
        ctx.now,
        ctx.requestId,
        'monitoring.machine_read',
      )
      return monthlyReport(ctx.db, `${query.month}-01`, query.by, { now: ctx.now })
    },
  }),
]
