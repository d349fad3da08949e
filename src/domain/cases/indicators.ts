import { and, asc, eq, isNull, sql } from 'drizzle-orm'
import type { Ctx } from '../../platform/context'
import { Conflict, Forbidden, Invalid, NotFound } from '../../platform/errors'
import type { CustomerId } from '../../platform/ids'
import {
  indicatorById,
  listIndicators,
  publishedCardsForIndicator,
  publishedVersionsByIds,
} from '../catalogue/catalogue'
import { openCase, currentCase, type JointCustomershipRow } from './case'
import { mayReadCategory } from './relations'
import { raisedIndicator } from './schema'
import { recordTimeline } from './timeline'

/**
 * A worker flags a situation that needs several actors; the matching event cards are offered and
 * kept on the indicator until one is opened or the indicator is closed. An indicator active on
 * the case already is not raised twice: the conflict names the existing one.
 */
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
  const offeredCards = await publishedCardsForIndicator(ctx.db, indicatorId)
  // The partial unique index decides between concurrent raisers; the loser hears of the winner.
  const [row] = await ctx.db
    .insert(raisedIndicator)
    .values({
      jointCustomershipId: jc.id,
      indicatorId,
      raisedByUserId: actor.userId,
      raisedByOrganisationId: actor.organisationId,
      raisedAt: ctx.now,
      dataCategory: indicator.dataCategory,
      offeredCardVersionIds: offeredCards.map((c) => c.id),
      createdAt: ctx.now,
      updatedAt: ctx.now,
    })
    .onConflictDoNothing()
    .returning({ id: raisedIndicator.id })
  if (!row) {
    // The raiser is pointed to the active one only where they may see what it is.
    const [existing] = await ctx.db
      .select({
        id: raisedIndicator.id,
        visible: sql<boolean>`${mayReadCategory(ctx.actor, ctx.now, customerId, raisedIndicator.dataCategory)}`,
      })
      .from(raisedIndicator)
      .where(
        and(
          eq(raisedIndicator.jointCustomershipId, jc.id),
          eq(raisedIndicator.indicatorId, indicatorId),
          isNull(raisedIndicator.closedAt),
        ),
      )
    throw new Conflict(
      'indicator_already_active',
      'This indicator is active on the case already.',
      [],
      existing?.visible ? existing.id : null,
    )
  }
  await recordTimeline(ctx, jc.id, 'indicator_raised', indicator.dataCategory, row.id, {
    indicatorCode: indicator.code,
  })
  ctx.audit.touch([customerId], [row.id])
  return { raisedIndicatorId: row.id, offeredCards }
}

/** Closes an active indicator; its offered cards go with it, and it may be raised again. */
export async function closeIndicator(
  ctx: Ctx,
  customerId: CustomerId,
  raisedIndicatorId: string,
): Promise<void> {
  const jc = await openCase(ctx.db, customerId)
  const [current] = await ctx.db
    .select()
    .from(raisedIndicator)
    .where(
      and(
        eq(raisedIndicator.id, raisedIndicatorId),
        eq(raisedIndicator.jointCustomershipId, jc.id),
        mayReadCategory(ctx.actor, ctx.now, customerId, raisedIndicator.dataCategory),
      ),
    )
  if (!current) throw new NotFound('unknown_raised_indicator', 'No such raised indicator.')
  if (current.closedAt) throw new Conflict('indicator_closed', 'The indicator is closed already.')
  await ctx.db
    .update(raisedIndicator)
    .set({ closedAt: ctx.now, offeredCardVersionIds: [], updatedAt: ctx.now })
    .where(eq(raisedIndicator.id, raisedIndicatorId))
  await recordTimeline(ctx, jc.id, 'indicator_closed', current.dataCategory, current.id, {})
  ctx.audit.touch([customerId], [current.id])
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
  const offered = new Map(
    (
      await publishedVersionsByIds(ctx.db, [
        ...new Set(rows.flatMap(({ r, visible }) => (visible ? r.offeredCardVersionIds : []))),
      ])
    ).map((v) => [v.id, v]),
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
      active: r.closedAt === null,
      // What a withheld indicator is for would tell its category: its offer stays hidden too.
      offeredCards: indicator
        ? r.offeredCardVersionIds.flatMap((id) => {
            const card = offered.get(id)
            return card ? [card] : []
          })
        : [],
    }
  })
}
