import { asc, eq, sql } from 'drizzle-orm'
import type { Ctx } from '../../platform/context'
import { Forbidden, Invalid } from '../../platform/errors'
import type { CustomerId } from '../../platform/ids'
import { indicatorById, listIndicators, publishedCardsForIndicator } from '../catalogue/catalogue'
import { openCase, currentCase, type JointCustomershipRow } from './case'
import { mayReadCategory } from './relations'
import { raisedIndicator } from './schema'
import { recordTimeline } from './timeline'

/** A worker flags a situation that needs several actors; the matching event cards are offered. */
export async function raiseIndicator(ctx: Ctx, customerId: CustomerId, indicatorId: string) {
  const actor = ctx.actor
  if (actor.kind !== 'user' || !actor.organisationId)
    throw new Forbidden('workers_only', 'Only a worker can raise.')
  const jc = await openCase(ctx.db, customerId)
  const indicator = await indicatorById(ctx.db, indicatorId)
  if (!indicator || !indicator.active) {
    throw new Invalid('unknown_indicator', 'No such cooperation indicator.', [
      {
        field: 'body.indicatorId',
        code: 'unknown_reference',
        message: 'Unknown cooperation indicator',
      },
    ])
  }
  const [row] = await ctx.db
    .insert(raisedIndicator)
    .values({
      jointCustomershipId: jc.id,
      indicatorId,
      raisedByUserId: actor.userId,
      raisedByOrganisationId: actor.organisationId,
      raisedAt: ctx.now,
      dataCategory: indicator.dataCategory,
      createdAt: ctx.now,
      updatedAt: ctx.now,
    })
    .returning({ id: raisedIndicator.id })
  await recordTimeline(ctx, jc.id, 'indicator_raised', indicator.dataCategory, row!.id, {
    indicatorCode: indicator.code,
  })
  ctx.audit.touch([customerId], [row!.id])
  return {
    raisedIndicatorId: row!.id,
    offeredCards: await publishedCardsForIndicator(ctx.db, indicatorId),
  }
}

/**
 * The indicators raised on a case. One of a category the viewer may not see (relations.ts) shows
 * only that support is needed from the network: not what, nor of which category.
 */
export async function raisedIndicators(
  ctx: Ctx,
  customerId: CustomerId,
  jc?: JointCustomershipRow,
) {
  const theCase = jc ?? (await currentCase(ctx.db, customerId))
  const rows = await ctx.db
    .select({
      r: raisedIndicator,
      visible: sql<boolean>`${mayReadCategory(ctx.actor, ctx.now, customerId, raisedIndicator.dataCategory)}`,
    })
    .from(raisedIndicator)
    .where(eq(raisedIndicator.jointCustomershipId, theCase.id))
    .orderBy(asc(raisedIndicator.raisedAt), asc(raisedIndicator.id))
  const catalogue = new Map((await listIndicators(ctx.db, true)).map((i) => [i.id, i]))
  ctx.audit.touch(
    [customerId],
    rows.map(({ r }) => r.id),
  )
  return rows.map(({ r, visible }) => {
    const indicator = visible ? catalogue.get(r.indicatorId) : undefined
    return {
      id: r.id,
      raisedAt: r.raisedAt.toISOString(),
      raisedByOrganisationId: r.raisedByOrganisationId,
      indicator: indicator
        ? { id: indicator.id, code: indicator.code, name: indicator.name }
        : null,
      /** True when the details are withheld: the viewer sees only that support is needed. */
      withheld: !indicator,
    }
  })
}
