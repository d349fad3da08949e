import { z } from 'zod'
import { attachment, exportMediaType } from '../../platform/export/table-export'
import { defineRoute } from '../../platform/http/route'
import { localisedTextSchema } from '../../platform/localised'
import { disclosedSchema } from '../../shared/disclosed-schema'
import { figureTableIds, monitoringDimensions } from '../../shared/monitoring'
import { monitoringActions } from './actions'
import { exportReport } from './export'
import { monthlyReport } from './figures'
import { importRegistryData } from './registry-import'

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

export const monitoringRoutes = [
  defineRoute({
    method: 'GET',
    url: '/api/v1/monitoring/report',
    summary: "A month's monitoring figures and the previous month's, small numbers suppressed",
    tags: ['monitoring'],
    action: monitoringActions.readReport,
    query: reportQuery,
    response: monitoringReportSchema,
    handler: (ctx, { query }) => monthlyReport(ctx.db, `${query.month}-01`, query.by),
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
      const { current } = await monthlyReport(ctx.db, `${query.month}-01`, query.by)
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
    url: '/api/v1/monitoring/registry-imports',
    summary: 'Import unemployment spells and follow-up status by identity code; all or nothing',
    tags: ['monitoring'],
    action: monitoringActions.importRegistryData,
    body: z.strictObject({ csv: z.string().min(1).max(900_000) }),
    response: z.object({ spells: z.number().int(), followUps: z.number().int() }),
    handler: (ctx, { body }) => importRegistryData(ctx, body.csv),
  }),
]
