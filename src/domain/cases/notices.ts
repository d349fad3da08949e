import { eq, sql, type SQL } from 'drizzle-orm'
import type { Ctx } from '../../platform/context'
import { queryRows } from '../../platform/db/database'
import { Forbidden } from '../../platform/errors'
import type { ListCtx } from '../../platform/http/route'
import {
  cappedCount,
  cursorPageFrom,
  decodePosition,
  encodePosition,
  type CappedTotal,
  type CursorQuery,
} from '../../platform/http/paging'
import { customerNames } from '../customers/customers'
import { customersOfWorker } from './my-cases'
import { mayReadCategory } from './relations'
import { noticeMarker, type TimelineEventKind } from './schema'

/** Notices reach this far back; older events stay on each case's timeline. */
export const NOTICE_DAYS = 30

/**
 * A worker's notices, derived from the timeline rather than written by a pipeline of their own,
 * so that whatever any code records on a timeline reaches them: what others did on the worker's
 * own cases (new messages, steps, comments, status changes, an assignment to them), and new steps
 * of their organisation that nobody has been given yet. Only of the categories the worker may see,
 * within the list's access filter.
 */
function noticesOf(ctx: ListCtx, since: Date): SQL {
  const actor = ctx.actor
  if (actor.kind !== 'user' || !actor.organisationId)
    throw new Forbidden('workers_only', 'Workers only.')
  return sql`select te.id, te.occurred_at, te.kind, te.record_id, te.actor_organisation_id,
      jc.customer_id
    from timeline_event te
    join joint_customership jc on jc.id = te.joint_customership_id
    where te.occurred_at > ${since.toISOString()}::timestamptz
      and te.actor_user_id is distinct from ${actor.userId}::uuid
      and (jc.customer_id in (${customersOfWorker(actor.userId)})
        or (te.kind = 'service_action_created' and te.record_id in (
          select sa.id from service_action sa
          where sa.owner_organisation_id = ${actor.organisationId}::uuid
            and sa.owner_user_id is null
            and sa.created_at > ${since.toISOString()}::timestamptz)))
      and ${ctx.list.filter(sql`jc.customer_id`)}
      and ${mayReadCategory(actor, ctx.now, sql`jc.customer_id`, sql`te.data_category`)}`
}

async function seenAt(ctx: Ctx): Promise<Date | null> {
  const actor = ctx.actor
  if (actor.kind !== 'user') return null
  const [row] = await ctx.db
    .select({ seenAt: noticeMarker.seenAt })
    .from(noticeMarker)
    .where(eq(noticeMarker.userAccountId, actor.userId))
  return row?.seenAt ?? null
}

const windowStart = (now: Date) => new Date(now.getTime() - NOTICE_DAYS * 86_400_000)

interface NoticeRow {
  id: string
  occurred_ms: number
  kind: TimelineEventKind
  record_id: string | null
  actor_organisation_id: string | null
  customer_id: string
}

/** The notices, newest first, keyset paged; those after the read marker are unread. */
export async function listNotices(ctx: ListCtx, query: CursorQuery) {
  const marker = await seenAt(ctx)
  const after = query.after ? decodePosition(query.after) : null
  const rows = await queryRows<NoticeRow>(
    ctx.db,
    sql`select n.id::text as id, (extract(epoch from n.occurred_at) * 1000)::float8 as occurred_ms,
        n.kind, n.record_id::text as record_id,
        n.actor_organisation_id::text as actor_organisation_id, n.customer_id::text as customer_id
      from (${noticesOf(ctx, windowStart(ctx.now))}) as n
      ${after ? sql`where (n.occurred_at, n.id) < (${after.at.toISOString()}::timestamptz, ${after.id}::uuid)` : sql``}
      order by n.occurred_at desc, n.id desc
      limit ${query.limit + 1}`,
  )
  const shown = rows.slice(0, query.limit)
  const names = await customerNames(ctx.db, [...new Set(shown.map((r) => r.customer_id))])
  ctx.audit.touch(
    [],
    shown.map((r) => r.id),
  )
  return cursorPageFrom(
    rows,
    query.limit,
    (page) =>
      page.map((r) => ({
        id: r.id,
        kind: r.kind,
        occurredAt: new Date(r.occurred_ms).toISOString(),
        customerId: r.customer_id,
        customerName: names.get(r.customer_id) ?? null,
        /** The step, for the kinds about one; else null. */
        serviceActionId: r.kind.startsWith('service_action_') ? r.record_id : null,
        actorOrganisationId: r.actor_organisation_id,
        unread: marker === null || r.occurred_ms > marker.getTime(),
      })),
    (r) => encodePosition({ at: new Date(r.occurred_ms), id: r.id }),
  )
}

/** How many notices arrived since the worker last read them (capped), for the header. */
export async function unreadNotices(ctx: ListCtx): Promise<CappedTotal> {
  const marker = await seenAt(ctx)
  const start = windowStart(ctx.now)
  return cappedCount(ctx.db, noticesOf(ctx, marker && marker > start ? marker : start))
}

/** The worker has read their notices up to now. */
export async function markNoticesSeen(ctx: Ctx): Promise<{ seenAt: string }> {
  const actor = ctx.actor
  if (actor.kind !== 'user') throw new Forbidden('workers_only', 'Workers only.')
  await ctx.db
    .insert(noticeMarker)
    .values({
      userAccountId: actor.userId,
      seenAt: ctx.now,
      createdAt: ctx.now,
      updatedAt: ctx.now,
    })
    .onConflictDoUpdate({
      target: noticeMarker.userAccountId,
      set: { seenAt: ctx.now, updatedAt: ctx.now },
    })
  return { seenAt: ctx.now.toISOString() }
}
