import { and, asc, eq } from 'drizzle-orm'
import { accountContacts } from '../../platform/auth/auth'
import type { Ctx } from '../../platform/context'
import { Conflict, Forbidden, NotFound } from '../../platform/errors'
import { helsinkiDate } from './eligibility'
import { jointCustomership, serviceAction, serviceActionComment, timelineEvent } from './schema'
import { mayReadCategory } from './relations'
import { presentServiceAction, withStepActions } from './service-actions'
import { recordTimeline } from './timeline'
import { customerNames } from '../customers/customers'
import { openedCardsOf } from './opened-cards'

async function actionWithCase(ctx: Ctx, id: string) {
  const [row] = await ctx.db
    .select({ a: serviceAction, jc: jointCustomership })
    .from(serviceAction)
    .innerJoin(jointCustomership, eq(jointCustomership.id, serviceAction.jointCustomershipId))
    .where(eq(serviceAction.id, id))
  if (!row) throw new NotFound('service_action_not_found', 'No such service action.')
  return row
}

/** One step with its comments and full history (from the case timeline). */
export async function serviceActionDetail(ctx: Ctx, id: string) {
  const { a, jc } = await actionWithCase(ctx, id)
  const comments = await ctx.db
    .select()
    .from(serviceActionComment)
    .where(eq(serviceActionComment.serviceActionId, id))
    .orderBy(asc(serviceActionComment.createdAt), asc(serviceActionComment.id))
  const history = await ctx.db
    .select()
    .from(timelineEvent)
    .where(
      and(
        eq(timelineEvent.jointCustomershipId, jc.id),
        eq(timelineEvent.recordId, id),
        mayReadCategory(ctx.actor, ctx.now, jc.customerId, timelineEvent.dataCategory),
      ),
    )
    .orderBy(asc(timelineEvent.occurredAt), asc(timelineEvent.id))
  const authors = await accountContacts(ctx.db, [...new Set(comments.map((c) => c.authorUserId))])
  const [step] = await withStepActions(ctx, [
    presentServiceAction(a, helsinkiDate(ctx.now), jc.customerId),
  ])
  const cards = a.openedEventCardId ? await openedCardsOf(ctx, jc.customerId, jc.id) : []
  const names = await customerNames(ctx.db, [jc.customerId])
  return {
    ...step!,
    customerName: names.get(jc.customerId) ?? null,
    eventCard: cards.find((c) => c.id === a.openedEventCardId) ?? null,
    comments: comments.map((c) => ({
      id: c.id,
      createdAt: c.createdAt.toISOString(),
      author: { id: c.authorUserId, displayName: authors.get(c.authorUserId)?.displayName ?? '' },
      organisationId: c.authorOrganisationId,
      body: c.body,
    })),
    history: history.map((h) => ({
      at: h.occurredAt.toISOString(),
      kind: h.kind,
      actorOrganisationId: h.actorOrganisationId,
      status: typeof h.details.status === 'string' ? h.details.status : null,
      ownerUserId: typeof h.details.ownerUserId === 'string' ? h.details.ownerUserId : null,
    })),
  }
}

export async function commentServiceAction(ctx: Ctx, id: string, body: string): Promise<string> {
  const actor = ctx.actor
  if (actor.kind !== 'user' || !actor.organisationId)
    throw new Forbidden('workers_only', 'Workers only.')
  const { jc } = await actionWithCase(ctx, id)
  if (jc.endedOn)
    throw new Conflict('case_ended', 'The joint customership has ended; it is read-only.')
  const [row] = await ctx.db
    .insert(serviceActionComment)
    .values({
      serviceActionId: id,
      authorUserId: actor.userId,
      authorOrganisationId: actor.organisationId,
      body: body.trim(),
      createdAt: ctx.now,
      updatedAt: ctx.now,
    })
    .returning({ id: serviceActionComment.id })
  await recordTimeline(ctx, jc.id, 'service_action_comment', 'employment_and_plan', id)
  ctx.audit.touch([jc.customerId], [id, row!.id])
  return row!.id
}
