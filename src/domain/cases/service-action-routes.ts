import { z } from 'zod'
import { defineRoute } from '../../platform/http/route'
import { countedCursorPageOf, cursorQuery } from '../../platform/http/paging'
import { caseActions } from './actions'
import { openedCardSchema, serviceActionSchema } from './schemas'
import { updateServiceAction, workQueue } from './service-actions'
import { leadTimes } from './lead-times'
import { commentServiceAction, serviceActionDetail } from './service-action-detail'

const tags = ['service actions']
const actionParams = z.object({ serviceActionId: z.uuid() })

export const serviceActionRoutes = [
  defineRoute({
    method: 'GET',
    url: '/api/v1/service-actions',
    summary:
      "A work queue: the signed-in worker's or their organisation's open steps, overdue first by date",
    tags,
    action: caseActions.readWorkQueue,
    query: cursorQuery.extend({
      scope: z.enum(['mine', 'organisation']).default('organisation'),
      overdueOnly: z.stringbool().default(false),
      includeClosed: z.stringbool().default(false),
    }),
    response: countedCursorPageOf(
      serviceActionSchema
        .extend({
          customerName: z.object({ firstName: z.string(), lastName: z.string() }).nullable(),
        })
        .meta({ id: 'WorkQueueItem' }),
    ),
    persons: (page) => page.items.map((i) => i.customerId),
    handler: (ctx, { query }) => workQueue(ctx, query),
  }),
  defineRoute({
    method: 'PATCH',
    url: '/api/v1/service-actions/:serviceActionId',
    summary:
      'Change the status or owner (a worker of the owner organisation) of a step, with an optional comment on marking it done; send the version you read (409 if stale)',
    tags,
    action: caseActions.updateServiceAction,
    params: actionParams,
    target: ({ params }) => params.serviceActionId,
    body: z.object({
      version: z.number().int().min(1),
      status: z.enum(['open', 'in_progress', 'done', 'cancelled']).optional(),
      ownerUserId: z.uuid().nullable().optional(),
      doneComment: z.string().trim().min(1).max(2000).optional(),
    }),
    response: serviceActionSchema,
    handler: (ctx, { params, body }) => updateServiceAction(ctx, params.serviceActionId, body),
  }),
  defineRoute({
    method: 'GET',
    url: '/api/v1/service-actions/:serviceActionId',
    summary: 'One step with its comments and full history',
    tags,
    action: caseActions.readServiceAction,
    params: actionParams,
    target: ({ params }) => params.serviceActionId,
    response: serviceActionSchema.extend({
      customerName: z.object({ firstName: z.string(), lastName: z.string() }).nullable(),
      eventCard: openedCardSchema.nullable(),
      comments: z.array(
        z.object({
          id: z.string(),
          createdAt: z.string(),
          author: z.object({ id: z.string(), displayName: z.string() }),
          organisationId: z.string(),
          body: z.string(),
        }),
      ),
      history: z.array(
        z.object({
          at: z.string(),
          kind: z.string(),
          actorOrganisationId: z.string().nullable(),
          status: z.string().nullable(),
          ownerUserId: z.string().nullable(),
        }),
      ),
    }),
    handler: (ctx, { params }) => serviceActionDetail(ctx, params.serviceActionId),
  }),
  defineRoute({
    method: 'POST',
    url: '/api/v1/service-actions/:serviceActionId/comments',
    summary: 'Comment on a step',
    tags,
    action: caseActions.commentServiceAction,
    params: actionParams,
    target: ({ params }) => params.serviceActionId,
    body: z.object({ body: z.string().trim().min(1).max(5000) }),
    response: z.object({ id: z.string() }),
    status: 201,
    handler: async (ctx, { params, body }) => ({
      id: await commentServiceAction(ctx, params.serviceActionId, body.body),
    }),
  }),
  defineRoute({
    method: 'GET',
    url: '/api/v1/lead-times',
    summary:
      'Delays in the network: enrolment → first action, indicator → first step done, on-time steps',
    tags,
    action: caseActions.readLeadTimes,
    readFrom: 'replica',
    query: z.object({ from: z.iso.date(), to: z.iso.date() }),
    response: z.object({
      from: z.string(),
      to: z.string(),
      enrolments: z.number().int(),
      medianDaysToFirstAction: z.number().nullable(),
      medianDaysIndicatorToFirstDone: z.number().nullable(),
      /** Purchased services: referral sent → accepted → started. */
      referrals: z.object({
        referrals: z.number().int(),
        accepted: z.number().int(),
        started: z.number().int(),
        medianDaysToAcceptance: z.number().nullable(),
        medianDaysAcceptanceToStart: z.number().nullable(),
      }),
      jobSuggestions: z.object({
        suggestions: z.number().int(),
        applied: z.number().int(),
        medianDaysToApplication: z.number().nullable(),
      }),
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
