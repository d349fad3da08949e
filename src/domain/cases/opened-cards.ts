import { and, asc, eq, sql } from 'drizzle-orm'
import type { Ctx } from '../../platform/context'
import { eventCardNames } from '../catalogue/catalogue'
import { mayReadCategory } from './relations'
import { openedEventCard, raisedIndicator } from './schema'

/**
 * The event cards opened on a case, oldest first, so that the case view can group the steps by
 * the card they came from. A card opened for an indicator tells what the indicator tells: its
 * name shows only to those who may see the indicator's category (as on the timeline); others
 * see that support is needed from the network.
 */
export async function openedCardsOf(ctx: Ctx, customerId: string, jcId: string) {
  const category = sql`coalesce(${raisedIndicator.dataCategory}, 'employment_and_plan')`
  const rows = await ctx.db
    .select({
      id: openedEventCard.id,
      versionId: openedEventCard.eventCardVersionId,
      openedAt: openedEventCard.openedAt,
      visible: sql<boolean>`${mayReadCategory(ctx.actor, ctx.now, customerId, category)}`,
    })
    .from(openedEventCard)
    .leftJoin(raisedIndicator, eq(raisedIndicator.id, openedEventCard.raisedIndicatorId))
    .where(and(eq(openedEventCard.jointCustomershipId, jcId)))
    .orderBy(asc(openedEventCard.openedAt), asc(openedEventCard.id))
  const names = await eventCardNames(
    ctx.db,
    rows.filter((r) => r.visible).map((r) => r.versionId),
  )
  return rows.map((r) => ({
    id: r.id,
    openedAt: r.openedAt.toISOString(),
    card: r.visible ? (names.get(r.versionId) ?? null) : null,
    withheld: !r.visible,
  }))
}
