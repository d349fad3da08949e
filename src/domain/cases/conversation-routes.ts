import { z } from 'zod'
import type { TargetAction } from '../../platform/access'
import { defineRoute } from '../../platform/http/route'
import { cursorPageOf, cursorQuery } from '../../platform/http/paging'
import type { CustomerId } from '../../platform/ids'
import { dataCategories } from '../consent/schema'
import { caseActions } from './actions'
import { currentCase } from './case'
import { addNote, listMessages, listNotes, sendMessage } from './conversation'
import { endJointCustomership } from './ending'
import { customerParams, timelinePageSchema } from './schemas'
import { endReasons, type MessageThread } from './schema'
import { timelineOf } from './timeline'

const tags = ['joint customership']
const target = ({ params }: { params: { customerId: string } }) => params.customerId
const author = z.object({ id: z.string(), displayName: z.string() })
const messageSchema = z.object({
  id: z.string(),
  createdAt: z.string(),
  author,
  organisationId: z.string().nullable(),
  fromCustomer: z.boolean(),
  body: z.string(),
})

/** The two threads: the young person with the team, and the team alone (backstage). */
function messageRoutes(thread: MessageThread, url: string, read: TargetAction, send: TargetAction) {
  const who = thread === 'customer' ? 'the young person and the team' : 'the team only'
  return [
    defineRoute({
      method: 'GET',
      url,
      summary: `Messages between ${who}: the newest first page, shown oldest first; \`next\` leads to earlier ones`,
      tags,
      action: read,
      params: customerParams,
      target,
      query: cursorQuery.extend({ limit: z.coerce.number().int().min(1).max(100).default(50) }),
      response: cursorPageOf(messageSchema),
      handler: (ctx, { params, query }) =>
        listMessages(ctx, params.customerId as CustomerId, thread, query),
    }),
    defineRoute({
      method: 'POST',
      url,
      summary: `Send a message to ${who}; the others are notified by e-mail`,
      tags,
      action: send,
      params: customerParams,
      target,
      body: z.object({ body: z.string().trim().min(1).max(5000) }),
      response: z.object({ id: z.string() }),
      status: 201,
      handler: async (ctx, { params, body }) => ({
        id: await sendMessage(ctx, params.customerId as CustomerId, thread, body.body),
      }),
    }),
  ]
}

export const conversationRoutes = [
  defineRoute({
    method: 'GET',
    url: '/api/v1/customers/:customerId/case/timeline',
    summary: 'Everything that happened on the case, newest first',
    tags,
    action: caseActions.read,
    params: customerParams,
    target,
    query: cursorQuery,
    response: timelinePageSchema,
    handler: async (ctx, { params, query }) => {
      return timelineOf(ctx, await currentCase(ctx.db, params.customerId), query)
    },
  }),
  defineRoute({
    method: 'GET',
    url: '/api/v1/customers/:customerId/case/notes',
    summary: "Backstage notes of the categories the viewer's organisation may read",
    tags,
    action: caseActions.read,
    params: customerParams,
    target,
    response: z.object({
      items: z.array(
        z.object({
          id: z.string(),
          createdAt: z.string(),
          author,
          organisationId: z.string(),
          dataCategory: z.enum(dataCategories),
          body: z.string(),
        }),
      ),
    }),
    handler: async (ctx, { params }) => ({
      items: await listNotes(ctx, params.customerId as CustomerId),
    }),
  }),
  defineRoute({
    method: 'POST',
    url: '/api/v1/customers/:customerId/case/notes',
    summary: 'Add a backstage note in a data category',
    tags,
    action: caseActions.write,
    params: customerParams,
    target,
    body: z.object({
      dataCategory: z.enum(dataCategories),
      body: z.string().trim().min(1).max(10_000),
    }),
    response: z.object({ id: z.string() }),
    status: 201,
    handler: async (ctx, { params, body }) => ({
      id: await addNote(ctx, params.customerId as CustomerId, body.dataCategory, body.body),
    }),
  }),
  ...messageRoutes(
    'customer',
    '/api/v1/customers/:customerId/messages',
    caseActions.readMessages,
    caseActions.sendMessage,
  ),
  ...messageRoutes(
    'team',
    '/api/v1/customers/:customerId/case/team-messages',
    caseActions.read,
    caseActions.write,
  ),
  defineRoute({
    method: 'POST',
    url: '/api/v1/customers/:customerId/case/end',
    summary:
      'End the joint customership with a reason and a date; open steps and consent requests are cancelled',
    tags,
    action: caseActions.write,
    params: customerParams,
    target,
    body: z.object({
      reason: z.enum(endReasons),
      endedOn: z.iso.date(),
      version: z.number().int().min(1),
    }),
    response: z.object({
      endedOn: z.string(),
      reason: z.enum(endReasons),
      cancelledSteps: z.number().int(),
      cancelledConsentRequests: z.number().int(),
    }),
    handler: (ctx, { params, body }) =>
      endJointCustomership(ctx, params.customerId as CustomerId, body),
  }),
]
