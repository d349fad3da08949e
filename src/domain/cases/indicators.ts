import { asc, eq } from 'drizzle-orm'
import type { Ctx } from '../../platform/context'
import { Forbidden, Invalid } from '../../platform/errors'
import type { CustomerId } from '../../platform/ids'
import { indicatorById, listIndicators, publishedCardsForIndicator } from '../catalogue/catalogue'
import { activeConsentsHeldBy } from '../consent/consent'
import { isSpecialCategory } from '../consent/consent'
import { openCase, currentCase, type JointCustomershipRow } from './case'
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
 * The indicators raised on a case. One in a special category (health) shows partners only that
 * support is needed, unless the viewer's organisation holds a consent naming that category.
 */
export async function raisedIndicators(
  ctx: Ctx,
  customerId: CustomerId,
  jc?: JointCustomershipRow,
) {
  const theCase = jc ?? (await currentCase(ctx.db, customerId))
  const rows = await ctx.db
    .select()
    .from(raisedIndicator)
    .where(eq(raisedIndicator.jointCustomershipId, theCase.id))
    .orderBy(asc(raisedIndicator.raisedAt))
  const catalogue = new Map((await listIndicators(ctx.db, true)).map((i) => [i.id, i]))
  const actor = ctx.actor
  const orgId = actor.kind === 'user' ? actor.organisationId : null
  const heldCategories = new Set(
    orgId
      ? (await activeConsentsHeldBy(ctx, customerId, orgId)).flatMap((c) => c.dataCategories)
      : [],
  )
  const isCustomer = actor.kind === 'user' && actor.customerId === customerId
  return rows.map((r) => {
    const indicator = catalogue.get(r.indicatorId)!
    const masked =
      !isCustomer &&
      r.raisedByOrganisationId !== orgId &&
      isSpecialCategory(indicator.dataCategory) &&
      !heldCategories.has(indicator.dataCategory)
    return {
      id: r.id,
      raisedAt: r.raisedAt.toISOString(),
      raisedByOrganisationId: r.raisedByOrganisationId,
      indicator: masked ? null : { id: indicator.id, code: indicator.code, name: indicator.name },
      /** True when the details are withheld: partners see only that support is needed. */
      withheld: masked,
    }
  })
}
