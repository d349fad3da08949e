import { and, asc, desc, eq, sql } from 'drizzle-orm'
import { accountContacts } from '../../platform/auth/auth'
import type { Ctx } from '../../platform/context'
import type { Queryable } from '../../platform/db/database'
import { Conflict, Invalid, NotFound } from '../../platform/errors'
import type { CustomerId, UserAccountId } from '../../platform/ids'
import { hasActiveConsent } from '../consent/consent'
import { membershipsOf, organisationNames } from '../organisations/organisations'
import { jointCustomership, teamMember } from './schema'
import { helsinkiDate, type EligibilityRule } from './eligibility'
import { recordTimeline } from './timeline'

export type JointCustomershipRow = typeof jointCustomership.$inferSelect

/** The customer's current joint customership (the open one, else the latest ended). */
export async function currentCase(
  db: Queryable,
  customerId: string,
): Promise<JointCustomershipRow> {
  const [row] = await db
    .select()
    .from(jointCustomership)
    .where(eq(jointCustomership.customerId, customerId))
    // The open one first: ascending order would put the open case (ended_on null) last.
    .orderBy(sql`${jointCustomership.endedOn} asc nulls first`, desc(jointCustomership.enrolledOn))
    .limit(1)
  if (!row) throw new NotFound('case_not_found', 'The young person has no joint customership.')
  return row
}

export async function openCase(db: Queryable, customerId: string): Promise<JointCustomershipRow> {
  const row = await currentCase(db, customerId)
  if (row.endedOn)
    throw new Conflict('case_ended', 'The joint customership has ended; it is read-only.')
  return row
}

/** An organisation may work on the case: it enrolled the customer or holds their consent. */
export async function organisationMayWorkOn(
  ctx: Ctx,
  jc: JointCustomershipRow,
  organisationId: string,
): Promise<boolean> {
  return (
    jc.enrollingOrganisationId === organisationId ||
    (await hasActiveConsent(ctx.db, jc.customerId, organisationId, ctx.now))
  )
}

const contactOf = (
  id: string,
  c: { displayName: string; email: string | null; phone: string | null },
) => ({ id, displayName: c.displayName, email: c.email, phone: c.phone })

export async function teamOf(ctx: Ctx, jc: JointCustomershipRow) {
  const members = await ctx.db
    .select()
    .from(teamMember)
    .where(eq(teamMember.jointCustomershipId, jc.id))
    .orderBy(asc(teamMember.createdAt))
  const visible: typeof members = []
  for (const m of members) {
    // A partner whose consent was withdrawn leaves the young person's team view too.
    if (await organisationMayWorkOn(ctx, jc, m.organisationId)) visible.push(m)
  }
  const names = await organisationNames(
    ctx.db,
    visible.map((m) => m.organisationId),
  )
  const contacts = await accountContacts(
    ctx.db,
    visible.flatMap((m) => (m.contactUserId ? [m.contactUserId] : [])),
  )
  return visible.map((m) => ({
    organisation: { id: m.organisationId, name: names.get(m.organisationId)! },
    contact: m.contactUserId ? contactOf(m.contactUserId, contacts.get(m.contactUserId)!) : null,
    contactLocale: m.contactUserId ? (contacts.get(m.contactUserId)?.locale ?? 'fi') : 'fi',
  }))
}

/** Adds the organisation to the team if it is not there yet (e.g. when given a step). */
export async function ensureTeamMember(
  ctx: Ctx,
  jc: JointCustomershipRow,
  organisationId: string,
  contactUserId: string | null,
): Promise<void> {
  const inserted = await ctx.db
    .insert(teamMember)
    .values({
      jointCustomershipId: jc.id,
      organisationId,
      contactUserId,
      createdAt: ctx.now,
      updatedAt: ctx.now,
    })
    .onConflictDoNothing()
    .returning({ id: teamMember.id })
  if (inserted[0]) {
    await recordTimeline(ctx, jc.id, 'team_member_added', 'employment_and_plan', inserted[0].id, {
      organisationId,
    })
  }
}

/** A worker names themself or a colleague as their organisation's contact person. */
export async function setTeamContact(
  ctx: Ctx,
  customerId: CustomerId,
  contactUserId: string,
): Promise<void> {
  const actor = ctx.actor
  if (actor.kind !== 'user' || !actor.organisationId)
    throw new NotFound('case_not_found', 'No such case.')
  const jc = await openCase(ctx.db, customerId)
  const memberships = await membershipsOf(ctx.db, contactUserId as UserAccountId)
  if (!memberships.some((m) => m.organisationId === actor.organisationId && m.role === 'worker')) {
    throw new Invalid(
      'contact_not_in_organisation',
      'The contact person must be a worker of your organisation.',
      [
        {
          field: 'body.contactUserId',
          code: 'not_in_organisation',
          message: 'Not a worker of your organisation',
        },
      ],
    )
  }
  await ensureTeamMember(ctx, jc, actor.organisationId, contactUserId)
  await ctx.db
    .update(teamMember)
    .set({ contactUserId, updatedAt: ctx.now })
    .where(
      and(
        eq(teamMember.jointCustomershipId, jc.id),
        eq(teamMember.organisationId, actor.organisationId),
      ),
    )
  ctx.audit.touch([customerId], [jc.id])
}

export const isOpen = (jc: JointCustomershipRow): boolean => jc.endedOn === null

export interface NewJointCustomership {
  customerId: string
  programmeId: string
  organisationId: string
  enrolledByUserId: string | null
  overriddenRules: EligibilityRule[]
  overrideReason: string | null
}

/** Opens a joint customership with the enrolling organisation as its first team member. */
export async function startJointCustomership(
  ctx: Ctx,
  input: NewJointCustomership,
): Promise<string> {
  const [jc] = await ctx.db
    .insert(jointCustomership)
    .values({
      customerId: input.customerId,
      programmeId: input.programmeId,
      enrollingOrganisationId: input.organisationId,
      enrolledByUserId: input.enrolledByUserId,
      enrolledOn: helsinkiDate(ctx.now),
      overriddenRules: input.overriddenRules,
      overrideReason: input.overriddenRules.length > 0 ? input.overrideReason : null,
      createdAt: ctx.now,
      updatedAt: ctx.now,
    })
    .returning({ id: jointCustomership.id })
  await ctx.db.insert(teamMember).values({
    jointCustomershipId: jc!.id,
    organisationId: input.organisationId,
    contactUserId: input.enrolledByUserId,
    createdAt: ctx.now,
    updatedAt: ctx.now,
  })
  await recordTimeline(ctx, jc!.id, 'enrolled', 'employment_and_plan', jc!.id, {
    organisationId: input.organisationId,
    overriddenRules: input.overriddenRules.length,
  })
  ctx.audit.touch([input.customerId], [jc!.id])
  return jc!.id
}
