import { and, eq, inArray, isNull, sql } from 'drizzle-orm'
import type { Ctx } from '../../platform/context'
import { Conflict, Invalid } from '../../platform/errors'
import type { CustomerId } from '../../platform/ids'
import { cancelOpenConsentRequests } from '../consent/requests'
import { inviteToSurvey } from '../survey/survey'
import { openCase } from './case'
import { helsinkiDate } from './eligibility'
import { jointCustomership, raisedIndicator, serviceAction, type EndReason } from './schema'
import { recordTimeline } from './timeline'

/**
 * Ends the joint customership with a reason and a date. Open steps are cancelled with the reason
 * `case_ended`, unanswered consent requests are cancelled and indicators closed; the timeline
 * says how many; the young person is invited to the satisfaction survey (docs/survey.md). The
 * case stays readable to the team, read-only.
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
    .set({
      status: 'cancelled',
      statusReason: 'case_ended',
      version: sql`${serviceAction.version} + 1`,
      updatedAt: ctx.now,
    })
    .where(
      and(
        eq(serviceAction.jointCustomershipId, jc.id),
        inArray(serviceAction.status, ['open', 'in_progress', 'waiting_for_consent']),
      ),
    )
    .returning({ id: serviceAction.id })
  const cancelledRequests = await cancelOpenConsentRequests(ctx, customerId)
  await ctx.db
    .update(raisedIndicator)
    .set({ closedAt: ctx.now, offeredCardVersionIds: [], updatedAt: ctx.now })
    .where(and(eq(raisedIndicator.jointCustomershipId, jc.id), isNull(raisedIndicator.closedAt)))
  await recordTimeline(ctx, jc.id, 'ended', 'employment_and_plan', jc.id, {
    reason: input.reason,
    cancelledSteps: cancelled.length,
    cancelledConsentRequests: cancelledRequests,
  })
  // Every ending, whatever its reason, invites the young person to the satisfaction survey.
  await inviteToSurvey(ctx, { customerId, endedOn: input.endedOn, endReason: input.reason })
  ctx.audit.touch([customerId], [jc.id, ...cancelled.map((c) => c.id)])
  return {
    endedOn: input.endedOn,
    reason: input.reason,
    cancelledSteps: cancelled.length,
    cancelledConsentRequests: cancelledRequests,
  }
}
