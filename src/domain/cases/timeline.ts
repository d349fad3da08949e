import { and, desc, eq, or, sql } from 'drizzle-orm'
import { accountContacts } from '../../platform/auth/auth'
import {
  cursorPageFrom,
  decodePosition,
  encodePosition,
  type CursorQuery,
} from '../../platform/http/paging'
import type { Ctx } from '../../platform/context'
import type { DataCategory } from '../consent/schema'
import { mayReadCategory } from './relations'
import { jointCustomership, timelineEvent, type TimelineEventKind } from './schema'

/** Appends to the customer's timeline; details hold ids and codes, never free text. */
export async function recordTimeline(
  ctx: Ctx,
  jointCustomershipId: string,
  kind: TimelineEventKind,
  dataCategory: DataCategory,
  recordId: string | null,
  details: Record<string, string | number | null> = {},
): Promise<void> {
  const actor = ctx.actor
  await ctx.db.insert(timelineEvent).values({
    jointCustomershipId,
    kind,
    occurredAt: ctx.now,
    actorUserId: actor.kind === 'user' ? actor.userId : null,
    actorOrganisationId: actor.kind === 'user' ? actor.organisationId : null,
    dataCategory,
    recordId,
    details,
    createdAt: ctx.now,
    updatedAt: ctx.now,
  })
}

/**
 * Appends to the timeline of the customer's current joint customership (the open one, else the
 * latest ended), for events that belong to the person rather than to one case, such as consents.
 * A person with no joint customership has no timeline: nothing is written.
 */
export async function recordCustomerTimeline(
  ctx: Ctx,
  customerId: string,
  kind: TimelineEventKind,
  dataCategory: DataCategory,
  recordId: string | null,
  details: Record<string, string | number | null> = {},
): Promise<void> {
  const [jc] = await ctx.db
    .select({ id: jointCustomership.id })
    .from(jointCustomership)
    .where(eq(jointCustomership.customerId, customerId))
    .orderBy(sql`${jointCustomership.endedOn} asc nulls first`, desc(jointCustomership.enrolledOn))
    .limit(1)
  if (jc) await recordTimeline(ctx, jc.id, kind, dataCategory, recordId, details)
}

/**
 * The customer's timeline, newest first, keyset paged (occurred at, id). Events of a category the
 * viewer may not see are left out, but for a raised indicator: it shows that support is needed,
 * without its category or code, as in the case view.
 */
export async function timelineOf(
  ctx: Ctx,
  jc: { id: string; customerId: string },
  query: CursorQuery,
) {
  const visible = mayReadCategory(
    ctx.actor,
    ctx.now,
    sql`${jc.customerId}::uuid`,
    timelineEvent.dataCategory,
  )
  const after = query.after ? decodePosition(query.after) : null
  const rows = await ctx.db
    .select({ r: timelineEvent, visible: sql<boolean>`${visible}` })
    .from(timelineEvent)
    .where(
      and(
        eq(timelineEvent.jointCustomershipId, jc.id),
        or(visible, eq(timelineEvent.kind, 'indicator_raised')),
        after
          ? sql`(${timelineEvent.occurredAt}, ${timelineEvent.id}) < (${after.at.toISOString()}::timestamptz, ${after.id}::uuid)`
          : undefined,
      ),
    )
    .orderBy(desc(timelineEvent.occurredAt), desc(timelineEvent.id))
    .limit(query.limit + 1)
  ctx.audit.touch([jc.customerId], [jc.id])
  // Workers are named (who recorded what); the young person's own acts carry no organisation.
  const workers = await accountContacts(ctx.db, [
    ...new Set(
      rows.flatMap(({ r }) => (r.actorOrganisationId && r.actorUserId ? [r.actorUserId] : [])),
    ),
  ])
  return cursorPageFrom(
    rows,
    query.limit,
    (shown) =>
      shown.map(({ r, visible }) => ({
        id: r.id,
        kind: r.kind,
        occurredAt: r.occurredAt.toISOString(),
        actorOrganisationId: r.actorOrganisationId,
        actorName:
          visible && r.actorOrganisationId && r.actorUserId
            ? (workers.get(r.actorUserId)?.displayName ?? null)
            : null,
        dataCategory: visible ? r.dataCategory : null,
        recordId: r.recordId,
        details: visible ? r.details : {},
        /** Support is needed from the network; what, the viewer may not see. */
        withheld: !visible,
      })),
    ({ r }) => encodePosition({ at: r.occurredAt, id: r.id }),
  )
}
