import { and, eq, inArray, sql } from 'drizzle-orm'
import { accountContacts } from '../../platform/auth/auth'
import type { Ctx } from '../../platform/context'
import { queueNotification } from '../../platform/mail/outbox'
import { eventCardStep } from '../catalogue/schema'
import { currentCase, organisationMayWorkOn, type JointCustomershipRow } from './case'
import { serviceAction, teamMember } from './schema'
import { recordTimeline } from './timeline'

/** Why an organisation's consent no longer holds. */
export type ConsentEndReason = 'consent_withdrawn' | 'consent_expired'

export interface EndedConsent {
  id: string
  customerId: string
  recipientOrganisationId: string
}

/**
 * The case reacts to a consent that ended (withdrawn or expired), in the caller's transaction:
 * the organisation's open steps that now lack a basis wait for consent again — or go to the
 * enrolling organisation where the step's card says so — with the reason on the step and on the
 * timeline, and the rest of the team is told by mail (without personal content). Nothing
 * happens when the organisation still may work on the case (its own enrolment, another consent).
 */
export async function reactToConsentEnded(
  ctx: Ctx,
  ended: EndedConsent,
  reason: ConsentEndReason,
): Promise<{ waiting: number; handedOver: number }> {
  const none = { waiting: 0, handedOver: 0 }
  const jc = await currentCase(ctx.db, ended.customerId).catch(() => null)
  if (!jc || jc.endedOn) return none
  const organisationId = ended.recipientOrganisationId
  if (await organisationMayWorkOn(ctx, jc, organisationId)) return none
  const steps = await ctx.db
    .select({ id: serviceAction.id, rule: eventCardStep.onConsentLoss })
    .from(serviceAction)
    .leftJoin(eventCardStep, eq(eventCardStep.id, serviceAction.eventCardStepId))
    .where(
      and(
        eq(serviceAction.jointCustomershipId, jc.id),
        eq(serviceAction.ownerOrganisationId, organisationId),
        inArray(serviceAction.status, ['open', 'in_progress']),
      ),
    )
  const [member] = await ctx.db
    .select({ id: teamMember.id })
    .from(teamMember)
    .where(
      and(eq(teamMember.jointCustomershipId, jc.id), eq(teamMember.organisationId, organisationId)),
    )
  // An organisation that was never on the case leaves nothing behind to tell anyone about.
  if (steps.length === 0 && !member) return none
  const handOver = steps.filter((s) => s.rule === 'hand_to_enrolling_organisation').map((s) => s.id)
  const wait = steps.filter((s) => s.rule !== 'hand_to_enrolling_organisation').map((s) => s.id)
  const bump = { version: sql`${serviceAction.version} + 1`, updatedAt: ctx.now }
  if (wait.length > 0) {
    await ctx.db
      .update(serviceAction)
      .set({ status: 'waiting_for_consent', statusReason: reason, ...bump })
      .where(inArray(serviceAction.id, wait))
    for (const id of wait) {
      await recordTimeline(ctx, jc.id, 'service_action_status_changed', 'employment_and_plan', id, {
        status: 'waiting_for_consent',
        reason,
        organisationId,
      })
    }
  }
  if (handOver.length > 0) {
    await ctx.db
      .update(serviceAction)
      .set({
        ownerOrganisationId: jc.enrollingOrganisationId,
        ownerUserId: null,
        handedOverFromOrganisationId: organisationId,
        statusReason: reason,
        ...bump,
      })
      .where(inArray(serviceAction.id, handOver))
    for (const id of handOver) {
      await recordTimeline(ctx, jc.id, 'service_action_handed_over', 'employment_and_plan', id, {
        fromOrganisationId: organisationId,
        toOrganisationId: jc.enrollingOrganisationId,
        reason,
      })
    }
  }
  await notifyTeam(ctx, jc, organisationId)
  ctx.audit.touch(
    [ended.customerId],
    steps.map((s) => s.id),
  )
  return { waiting: wait.length, handedOver: handOver.length }
}

/** Mail to the contact persons of the organisations still on the case. */
async function notifyTeam(ctx: Ctx, jc: JointCustomershipRow, leftOrganisationId: string) {
  const members = await ctx.db
    .select({ organisationId: teamMember.organisationId, contactUserId: teamMember.contactUserId })
    .from(teamMember)
    .where(eq(teamMember.jointCustomershipId, jc.id))
  const contactIds: string[] = []
  for (const m of members) {
    if (!m.contactUserId || m.organisationId === leftOrganisationId) continue
    if (await organisationMayWorkOn(ctx, jc, m.organisationId)) contactIds.push(m.contactUserId)
  }
  const contacts = await accountContacts(ctx.db, contactIds)
  await queueNotification(ctx.db, [...contacts.values()], 'teamStepsChanged', ctx.now)
}
