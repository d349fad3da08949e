import { z } from 'zod'
import type { Config } from '../../platform/config'
import { defineRoute } from '../../platform/http/route'
import { localisedTextSchema } from '../../platform/localised'
import { attachment, exportMediaType } from '../../platform/export/table-export'
import { feeKinds, referralOutcomes } from '../../shared/enums'
import { purchasingActions } from './actions'
import { feeExport } from './fee-export'
import { feeTable, invoiceMonth } from './fees'

const tags = ['purchased services']
const monthParams = z.object({ month: z.string().regex(/^[0-9]{4}-(0[1-9]|1[0-2])$/) })

const feeTableSchema = z
  .object({
    month: z.string(),
    invoicedAt: z.string().nullable(),
    contracts: z.array(
      z.object({
        contractId: z.string(),
        reference: z.string(),
        provider: z.object({ organisationId: z.string(), name: localisedTextSchema }),
        service: z.object({ id: z.string(), name: localisedTextSchema }),
        vatRateBasisPoints: z.number().int(),
        startedCustomers: z.number().int(),
        results: z.number().int(),
        fixedCents: z.number().int(),
        resultCents: z.number().int(),
        adjustmentCents: z.number().int(),
        netCents: z.number().int(),
        vatCents: z.number().int(),
        grossCents: z.number().int(),
      }),
    ),
    lines: z.array(
      z.object({
        contractId: z.string(),
        reference: z.string(),
        pseudonym: z.string(),
        kind: z.enum(feeKinds),
        outcome: z.enum(referralOutcomes).nullable(),
        belongsTo: z.string(),
        adjustment: z.boolean(),
        amountCents: z.number().int(),
      }),
    ),
    netCents: z.number().int(),
    vatCents: z.number().int(),
    grossCents: z.number().int(),
  })
  .meta({ id: 'FeeTable' })

/** The fee table names nobody: its customer-level basis is under pseudonymous ids. */
export const feeRoutes = (config: Config) => [
  defineRoute({
    method: 'GET',
    url: '/api/v1/fees/:month',
    summary: 'Fees owed per contract in a month (YYYY-MM), with the pseudonymous basis',
    tags,
    action: purchasingActions.readFees,
    params: monthParams,
    response: feeTableSchema,
    handler: (ctx, { params }) => feeTable(ctx, params.month, config.FEE_PSEUDONYM_SECRET),
  }),
  defineRoute({
    method: 'GET',
    url: '/api/v1/fees/:month/export',
    summary: 'The month’s fee lines for invoicing, as CSV or XLSX',
    tags,
    action: purchasingActions.readFees,
    params: monthParams,
    query: z.object({ format: z.enum(['csv', 'xlsx']).default('csv') }),
    response: z.string().describe('CSV or XLSX file'),
    handler: async (ctx, { params, query }, reply) => {
      const table = await feeTable(ctx, params.month, config.FEE_PSEUDONYM_SECRET)
      const body = await feeExport(
        table,
        query.format,
        ctx.actor.kind === 'user' ? ctx.actor.locale : 'fi',
      )
      void reply
        .header('Content-Type', exportMediaType[query.format])
        .header('Content-Disposition', attachment(`fees-${params.month}`, query.format))
      return body as unknown as string
    },
  }),
  defineRoute({
    method: 'POST',
    url: '/api/v1/fees/:month/invoice',
    summary: 'Mark a month invoiced: its lines are frozen, later changes adjust a later month',
    tags,
    action: purchasingActions.invoiceFees,
    params: monthParams,
    response: feeTableSchema,
    handler: (ctx, { params }) => invoiceMonth(ctx, params.month, config.FEE_PSEUDONYM_SECRET),
  }),
]
