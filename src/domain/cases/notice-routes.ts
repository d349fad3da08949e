import { z } from 'zod'
import { defineRoute } from '../../platform/http/route'
import { cappedTotal, cursorPageOf, cursorQuery } from '../../platform/http/paging'
import { caseActions } from './actions'
import { listNotices, markNoticesSeen, unreadNotices } from './notices'
import { timelineEventKinds } from './schema'

const tags = ['notices']

export const noticeRoutes = [
  defineRoute({
    method: 'GET',
    url: '/api/v1/notices',
    summary:
      "The signed-in worker's notices from their own cases' timelines and their organisation's new steps, newest first",
    tags,
    action: caseActions.readNotices,
    query: cursorQuery,
    response: cursorPageOf(
      z.object({
        id: z.string(),
        kind: z.enum(timelineEventKinds),
        occurredAt: z.string(),
        customerId: z.string(),
        customerName: z.object({ firstName: z.string(), lastName: z.string() }).nullable(),
        serviceActionId: z.string().nullable(),
        actorOrganisationId: z.string().nullable(),
        unread: z.boolean(),
      }),
    ),
    persons: (page) => page.items.map((i) => i.customerId),
    handler: (ctx, { query }) => listNotices(ctx, query),
  }),
  defineRoute({
    method: 'GET',
    url: '/api/v1/notices/unread',
    summary: 'How many notices arrived since the worker last read them (capped), for the header',
    tags,
    action: caseActions.readNotices,
    response: z.object(cappedTotal),
    // A count names nobody.
    persons: () => [],
    handler: (ctx) => unreadNotices(ctx),
  }),
  defineRoute({
    method: 'POST',
    url: '/api/v1/notices/seen',
    summary: 'The worker has read their notices up to now',
    tags,
    action: caseActions.markNoticesSeen,
    response: z.object({ seenAt: z.string() }),
    handler: (ctx) => markNoticesSeen(ctx),
  }),
]
