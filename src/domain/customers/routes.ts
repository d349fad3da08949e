import { z } from 'zod'
import { actionNames } from '../../platform/access'
import { defineRoute } from '../../platform/http/route'
import { cursorPageOf, cursorQuery, searchCursorPageOf } from '../../platform/http/paging'
import { identityCodeSchema } from '../../shared/identity-code'
import type { CustomerId } from '../../platform/ids'
import { localisedTextSchema } from '../../platform/localised'
import { consentViewSchema } from '../consent/routes'
import { customerActions } from './actions'
import { accessLog } from './access-log'
import { accessPurposes, loggedActions } from './access-log-actions'
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

const accessLogEntry = z
  .object({
    id: z.string(),
    kind: z.enum(['view', 'list']),
    /** The first and the last request of the page view (or of the day's list pages). */
    from: z.string(),
    to: z.string(),
    /** Null for an opening of the young person's own share link. */
    organisation: z.object({ id: z.string(), name: localisedTextSchema }).nullable(),
    /** Who looked; null for list appearances, which may span several workers. */
    worker: z.object({ displayName: z.string(), title: z.string().nullable() }).nullable(),
    actions: z.array(z.enum(loggedActions)),
    purposes: z.array(z.enum(accessPurposes)),
    requests: z.number().int(),
  })
  .meta({ id: 'AccessLogEntry' })

/** The list's filters; the same in the query of a GET and the body of a search. */
const filters = {
  scope: z.enum(['mine', 'organisation']).default('organisation'),
  q: z.string().max(100).optional(),
  birthDate: z.iso.date().optional(),
  municipalityId: z.uuid().optional(),
}
const customerListFilters = cursorQuery.extend({
  ...filters,
  openSteps: z.stringbool().default(false),
  overdue: z.stringbool().default(false),
})
const customerSearchBody = z.object({
  ...filters,
  identityCode: identityCodeSchema.optional(),
  openSteps: z.boolean().default(false),
  overdue: z.boolean().default(false),
  after: cursorQuery.shape.after,
  limit: z.number().int().min(1).max(100).default(20),
})

export const customerRoutes = [
  defineRoute({
    method: 'GET',
    url: '/api/v1/customers',
    summary:
      "Joint customers: the signed-in worker's own cases, or all their organisation may see; keyset paged, with a capped count (none, `total` null, for a search by name)",
    tags: ['customers'],
    action: customerActions.list,
    query: customerListFilters,
    response: searchCursorPageOf(customerListItem),
    persons: (page) => page.items.map((i) => i.id),
    handler: (ctx, { query }) => listCustomers(ctx, query),
  }),
  defineRoute({
    method: 'POST',
    url: '/api/v1/customers/search',
    summary:
      'Search joint customers by name, birth date or identity code (in the body, never the URL)',
    tags: ['customers'],
    action: customerActions.list,
    body: customerSearchBody,
    response: searchCursorPageOf(customerListItem),
    persons: (page) => page.items.map((i) => i.id),
    handler: (ctx, { body }) => listCustomers(ctx, body),
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
    query: cursorQuery,
    response: cursorPageOf(accessLogEntry),
    handler: (ctx, { params, query }) => accessLog(ctx, params.customerId as CustomerId, query),
  }),
]
