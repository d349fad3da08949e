import { and, asc, eq, isNull } from 'drizzle-orm'
import type { Ctx } from '../../platform/context'
import { Conflict, NotFound } from '../../platform/errors'
import type { CustomerId, OrganisationId } from '../../platform/ids'
import { queueNotification } from '../../platform/mail/outbox'
import type { EligibilityRule } from '../../shared/enums'
import { giveConsent, hasActiveConsent } from '../consent/consent'
import type { DataCategory } from '../consent/schema'
import { customerContact } from '../customers/contact'
import { organisationNames } from '../organisations/organisations'
import type { QualificationLevel } from '../organisations/schema'
import { ensureTeamMember, startJointCustomership } from './case'
import { enrolmentConfirmation, jointCustomership } from './schema'

/** The categories an organisation asks for when it joins a joint customership already open. */
export const joinCategories: DataCategory[] = ['identity_and_contact', 'employment_and_plan']

export interface TypedEnrolment {
  programmeId: string
  firstName: string
  lastName: string
  municipalityId: string
  qualification: QualificationLevel
  overriddenRules: EligibilityRule[]
  overrideReason: string | null
}

/**
 * A worker enrolled a person who is a customer already and has no open joint customership: the
 * enrolment waits for the young person's answer, who is told at once. A second enrolment by the
 * same organisation replaces what was typed in the open request.
 */
export async function requestEnrolmentConfirmation(
  ctx: Ctx,
  customerId: CustomerId,
  typed: TypedEnrolment,
): Promise<string> {
  const actor = ctx.actor
  if (actor.kind !== 'user' || !actor.organisationId)
    throw new NotFound('not_found', 'No such record, or no access to it.')
  const values = {
    ...typed,
    customerId,
    organisationId: actor.organisationId,
    requestedByUserId: actor.userId,
    requestedAt: ctx.now,
    updatedAt: ctx.now,
  }
  const [row] = await ctx.db
    .insert(enrolmentConfirmation)
    .values({ ...values, createdAt: ctx.now })
    .onConflictDoUpdate({
      target: [enrolmentConfirmation.customerId, enrolmentConfirmation.organisationId],
      targetWhere: eq(enrolmentConfirmation.status, 'awaiting_confirmation'),
      set: values,
    })
    .returning({ id: enrolmentConfirmation.id })
  const person = await customerContact(ctx.db, customerId)
  if (person) await queueNotification(ctx.db, [person], 'enrolmentConfirmation', ctx.now)
  ctx.audit.touch([customerId], [row!.id])
  return row!.id
}

/** The young person's enrolment confirmations, open and answered; what was typed is not shown. */
export async function listEnrolmentConfirmations(ctx: Ctx, customerId: CustomerId) {
  const rows = await ctx.db
    .select()
    .from(enrolmentConfirmation)
    .where(eq(enrolmentConfirmation.customerId, customerId))
    .orderBy(asc(enrolmentConfirmation.requestedAt), asc(enrolmentConfirmation.id))
  const names = await organisationNames(ctx.db, [...new Set(rows.map((r) => r.organisationId))])
  ctx.audit.touch(
    [customerId],
    rows.map((r) => r.id),
  )
  return rows.map((r) => ({
    id: r.id,
    organisation: { id: r.organisationId, name: names.get(r.organisationId)! },
    status: r.status,
    requestedAt: r.requestedAt.toISOString(),
    answeredAt: r.answeredAt?.toISOString() ?? null,
  }))
}

/**
 * The young person confirms or declines. On confirmation the joint customership starts with the
 * organisation as its enrolling member — from then on it sees the stored record as its statute
 * allows. Should another joint customership have opened meanwhile, the organisation joins that
 * team by the young person's consent instead.
 */
export async function answerEnrolmentConfirmation(
  ctx: Ctx,
  customerId: CustomerId,
  confirmationId: string,
  accept: boolean,
): Promise<{ jointCustomershipId: string | null }> {
  const [row] = await ctx.db
    .select()
    .from(enrolmentConfirmation)
    .where(
      and(
        eq(enrolmentConfirmation.id, confirmationId),
        eq(enrolmentConfirmation.customerId, customerId),
      ),
    )
    .for('update')
  if (!row) throw new NotFound('enrolment_confirmation_not_found', 'No such enrolment.')
  if (row.status !== 'awaiting_confirmation')
    throw new Conflict(
      'enrolment_confirmation_answered',
      'The enrolment has been answered already.',
    )
  let jointCustomershipId: string | null = null
  if (accept) {
    const [open] = await ctx.db
      .select()
      .from(jointCustomership)
      .where(and(eq(jointCustomership.customerId, customerId), isNull(jointCustomership.endedOn)))
    if (open) {
      if (!(await hasActiveConsent(ctx.db, customerId, row.organisationId, ctx.now))) {
        await giveConsent(ctx, customerId, {
          recipientOrganisationId: row.organisationId as OrganisationId,
          purpose: 'joint_customership',
          dataCategories: joinCategories,
          validUntil: null,
          method: 'online',
        })
      }
      await ensureTeamMember(ctx, open, row.organisationId, row.requestedByUserId)
      jointCustomershipId = open.id
    } else {
      jointCustomershipId = await startJointCustomership(ctx, {
        customerId,
        programmeId: row.programmeId,
        organisationId: row.organisationId,
        enrolledByUserId: row.requestedByUserId,
        overriddenRules: row.overriddenRules as EligibilityRule[],
        overrideReason: row.overrideReason,
      })
    }
  }
  await ctx.db
    .update(enrolmentConfirmation)
    .set({
      status: accept ? 'confirmed' : 'declined',
      answeredAt: ctx.now,
      jointCustomershipId,
      updatedAt: ctx.now,
    })
    .where(eq(enrolmentConfirmation.id, row.id))
  ctx.audit.touch([customerId], [row.id])
  ctx.audit.purpose = 'enrolment'
  return { jointCustomershipId }
}
