import { desc, eq } from 'drizzle-orm'
import type { Ctx } from '../../platform/context'
import type { DataCategory } from '../consent/schema'
import { timelineEvent, type TimelineEventKind } from './schema'

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

/** The customer's timeline, newest first, without events of categories the viewer may not read. */
export async function timelineOf(
  ctx: Ctx,
  jointCustomershipId: string,
  readable: ReadonlySet<DataCategory> | 'all',
  page: { page: number; pageSize: number },
) {
  const rows = await ctx.db
    .select()
    .from(timelineEvent)
    .where(eq(timelineEvent.jointCustomershipId, jointCustomershipId))
    .orderBy(desc(timelineEvent.occurredAt), desc(timelineEvent.id))
  const visible = rows.filter((r) => readable === 'all' || readable.has(r.dataCategory))
  const start = (page.page - 1) * page.pageSize
  return {
    items: visible.slice(start, start + page.pageSize).map((r) => ({
      id: r.id,
      kind: r.kind,
      occurredAt: r.occurredAt.toISOString(),
      actorOrganisationId: r.actorOrganisationId,
      dataCategory: r.dataCategory,
      recordId: r.recordId,
      details: r.details,
    })),
    page: page.page,
    pageSize: page.pageSize,
    total: visible.length,
  }
}
