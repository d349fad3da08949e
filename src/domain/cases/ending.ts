import { and, eq, inArray, sql } from 'drizzle-orm'
import type { Ctx } from '../../platform/context'
import { Conflict, Invalid } from '../../platform/errors'
import type { CustomerId } from '../../platform/ids'
import { openCase } from './case'
import { helsinkiDate } from './eligibility'
import { jointCustomership, serviceAction, type EndReason } from './schema'
import { recordTimeline } from './timeline'

/**
 * Ends the joint customership with a reason and a date. Open steps are cancelled; the case stays
 * readable to the team, read-only.
 */
export async function endJointCustomership(
  ctx: Ctx,
  customerId: CustomerId,
  input: { reason: EndReason; endedOn: string; version: number },
) {
  const jc = await openCase(ctx.db, customerId)
  const today = helsinkiDate(ctx.now)
  if (input.endedOn > today || input.endedOn < jc.enrolledOn) {
    throw new Invalid(
      'end_date_out_of_range',
      'The end date must be between the enrolment date and today.',
      [
        {
          field: 'body.endedOn',
          code: 'date_out_of_range',
          message: 'Between the enrolment date and today',
        },
      ],
    )
  }
  const [row] = await ctx.db
    .update(jointCustomership)
    .set({
      endedOn: input.endedOn,
      endReason: input.reason,
      version: sql`${jointCustomership.version} + 1`,
      updatedAt: ctx.now,
    })
    .where(and(eq(jointCustomership.id, jc.id), eq(jointCustomership.version, input.version)))
    .returning({ id: jointCustomership.id })
  if (!row)
    throw new Conflict(
      'changed_meanwhile',
      'The joint customership was changed meanwhile; reload and try again.',
    )
  const cancelled = await ctx.db
    .update(serviceAction)
    .set({ status: 'cancelled', version: sql`${serviceAction.version} + 1`, updatedAt: ctx.now })
    .where(
      and(
        eq(serviceAction.jointCustomershipId, jc.id),
        inArray(serviceAction.status, ['open', 'in_progress', 'waiting_for_consent']),
      ),
    )
    .returning({ id: serviceAction.id })
  await recordTimeline(ctx, jc.id, 'ended', 'employment_and_plan', jc.id, {
    reason: input.reason,
    cancelledSteps: cancelled.length,
  })
  ctx.audit.touch([customerId], [jc.id])
  return { endedOn: input.endedOn, reason: input.reason, cancelledSteps: cancelled.length }
}
