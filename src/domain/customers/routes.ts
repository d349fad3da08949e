import { z } from 'zod'
import { actionNames } from '../../platform/access'
import { accessesToPerson } from '../../platform/audit/access-log'
import { defineRoute } from '../../platform/http/route'
import { pageOf, pageQuery } from '../../platform/http/paging'
import type { CustomerId } from '../../platform/ids'
import { localisedTextSchema } from '../../platform/localised'
import { consentViewSchema } from '../consent/routes'
import { organisationNames } from '../organisations/organisations'
import { customerActions } from './actions'
import { customerSummary, listCustomers, listedActions, summaryActions } from './customers'
import { customerParams } from './params'
import { qualificationLevels } from '../organisations/schema'

const municipalityRef = z.object({ id: z.string(), name: localisedTextSchema })

const customerListItem = z
  .object({
    id: z.string(),
    firstName: z.string(),
    lastName: z.string(),
    birthDate: z.string(),
    municipality: municipalityRef,
    permittedActions: z.array(z.enum(actionNames(listedActions))),
  })
  .meta({ id: 'CustomerListItem' })

const customerSummarySchema = customerListItem
  .extend({
    permittedActions: z.array(z.enum(actionNames(summaryActions))),
    identityCode: z.string().nullable(),
    qualification: z.enum(qualificationLevels),
    email: z.string().nullable(),
    phone: z.string().nullable(),
    consentsHeld: z.array(consentViewSchema),
  })
  .meta({ id: 'CustomerSummary' })

const accessLogEntry = z.object({
  id: z.string(),
  at: z.string(),
  organisation: z.object({ id: z.string(), name: localisedTextSchema }),
  action: z.string(),
})

export const customerRoutes = [
  defineRoute({
    method: 'GET',
    url: '/api/v1/customers',
    summary: "My joint customers: the customers the signed-in worker's organisation may see",
    tags: ['customers'],
    action: customerActions.list,
    query: pageQuery.extend({ q: z.string().max(100).optional() }),
    response: pageOf(customerListItem),
    persons: (page) => page.items.map((i) => i.id),
    handler: (ctx, { query }) => listCustomers(ctx, query),
  }),
  defineRoute({
    method: 'GET',
    url: '/api/v1/customers/:customerId',
    summary: 'A customer summary',
    tags: ['customers'],
    action: customerActions.read,
    params: customerParams,
    target: ({ params }) => params.customerId,
    response: customerSummarySchema,
    handler: (ctx, { params }) => customerSummary(ctx, params.customerId as CustomerId),
  }),
  defineRoute({
    method: 'GET',
    url: '/api/v1/customers/:customerId/access-log',
    summary: "Who has seen my data: organisations' accesses to the customer's data",
    tags: ['customers'],
    action: customerActions.readAccessLog,
    params: customerParams,
    target: ({ params }) => params.customerId,
    query: pageQuery,
    response: pageOf(accessLogEntry),
    handler: async (ctx, { params, query }) => {
      const { rows, total } = await accessesToPerson(ctx.db, params.customerId, query)
      const names = await organisationNames(ctx.db, [
        ...new Set(rows.map((r) => r.organisationId!)),
      ])
      return {
        items: rows.map((r) => ({
          id: r.id,
          at: r.occurredAt.toISOString(),
          organisation: {
            id: r.organisationId!,
            name: names.get(r.organisationId!) ?? { fi: '?', sv: '?', en: '?' },
          },
          action: r.action,
        })),
        page: query.page,
        pageSize: query.pageSize,
        total,
      }
    },
  }),
]
