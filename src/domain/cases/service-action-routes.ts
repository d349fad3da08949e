import { z } from 'zod'
import { defineRoute } from '../../platform/http/route'
import { pageOf, pageQuery } from '../../platform/http/paging'
import { caseActions } from './actions'
import { serviceActionSchema } from './schemas'
import { updateServiceAction, workQueue } from './service-actions'
import { leadTimes } from './lead-times'

const tags = ['service actions']

export const serviceActionRoutes = [
  defineRoute({
    method: 'GET',
    url: '/api/v1/service-actions',
    summary:
      "A work queue: the signed-in worker's or their organisation's open steps, overdue first by date",
    tags,
    action: caseActions.readWorkQueue,
    query: pageQuery.extend({
      scope: z.enum(['mine', 'organisation']).default('organisation'),
      overdueOnly: z.stringbool().default(false),
      includeClosed: z.stringbool().default(false),
    }),
    response: pageOf(serviceActionSchema),
    handler: (ctx, { query }) => workQueue(ctx, query),
  }),
  defineRoute({
    method: 'PATCH',
    url: '/api/v1/service-actions/:serviceActionId',
    summary: 'Change the status or owner of a step; send the version you read (409 if stale)',
    tags,
    action: caseActions.updateServiceAction,
    params: z.object({ serviceActionId: z.uuid() }),
    target: ({ params }) => params.serviceActionId,
    body: z.object({
      version: z.number().int().min(1),
      status: z.enum(['open', 'in_progress', 'done', 'cancelled']).optional(),
      ownerUserId: z.uuid().nullable().optional(),
    }),
    response: serviceActionSchema,
    handler: (ctx, { params, body }) => updateServiceAction(ctx, params.serviceActionId, body),
  }),
  defineRoute({
    method: 'GET',
    url: '/api/v1/lead-times',
    summary:
      'Delays in the network: enrolment → first action, indicator → first step done, on-time steps',
    tags,
    action: caseActions.readLeadTimes,
    query: z.object({ from: z.iso.date(), to: z.iso.date() }),
    response: z.object({
      from: z.string(),
      to: z.string(),
      enrolments: z.number().int(),
      medianDaysToFirstAction: z.number().nullable(),
      medianDaysIndicatorToFirstDone: z.number().nullable(),
      perOrganisation: z.array(
        z.object({
          organisationId: z.string(),
          steps: z.number().int(),
          doneOnTime: z.number().int(),
          doneLate: z.number().int(),
          openOverdue: z.number().int(),
        }),
      ),
    }),
    handler: (ctx, { query }) => leadTimes(ctx, query.from, query.to),
  }),
]
