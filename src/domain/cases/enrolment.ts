import { and, eq, isNull } from 'drizzle-orm'
import type { Ctx } from '../../platform/context'
import { Conflict, Forbidden, Invalid } from '../../platform/errors'
import type { CustomerId } from '../../platform/ids'
import {
  createCustomer,
  findCustomerByIdentityCode,
  type NewCustomer,
} from '../customers/customers'
import {
  identityCodeProblem,
  normaliseIdentityCode,
  parseIdentityCode,
} from '../../shared/identity-code'
import { createInvitation } from '../customers/person-sign-in'
import { programmeRules } from '../organisations/organisations'
import type { QualificationLevel } from '../organisations/schema'
import {
  evaluateEligibility,
  helsinkiDate,
  type EligibilityRule,
  type RuleResult,
} from './eligibility'
import { jointCustomership, teamMember } from './schema'
import { recordTimeline } from './timeline'

export interface EnrolmentCheckInput {
  identityCode: string
  programmeId: string
  municipalityId: string
  qualification: QualificationLevel
}

export interface EnrolmentCheck {
  rules: RuleResult[]
  eligible: boolean
  /** Set when the person is a customer already (search before create). */
  existingCustomerId: string | null
  alreadyEnrolled: boolean
}

function identityOrInvalid(code: string) {
  const parsed = parseIdentityCode(code)
  if (!parsed) {
    const problem = identityCodeProblem(code) ?? 'invalid_format'
    throw new Invalid('invalid_identity_code', 'The personal identity code is not valid.', [
      { field: 'body.identityCode', code: problem, message: 'Not a valid personal identity code' },
    ])
  }
  return { identityCode: normaliseIdentityCode(code), birthDate: parsed.birthDate }
}

async function rulesOrInvalid(ctx: Ctx, programmeId: string) {
  const rules = await programmeRules(ctx.db, programmeId)
  if (!rules) {
    throw new Invalid('unknown_programme', 'No such programme.', [
      { field: 'body.programmeId', code: 'unknown_reference', message: 'Unknown programme' },
    ])
  }
  return rules
}

async function openJointCustomership(ctx: Ctx, customerId: string, programmeId: string) {
  const [row] = await ctx.db
    .select({ id: jointCustomership.id })
    .from(jointCustomership)
    .where(
      and(
        eq(jointCustomership.customerId, customerId),
        eq(jointCustomership.programmeId, programmeId),
        isNull(jointCustomership.endedOn),
      ),
    )
  return row ?? null
}

/** Checks the target-group rules and whether the person is known, before anything is written. */
export async function checkEnrolment(
  ctx: Ctx,
  input: EnrolmentCheckInput,
): Promise<EnrolmentCheck> {
  const { identityCode, birthDate } = identityOrInvalid(input.identityCode)
  const rules = await rulesOrInvalid(ctx, input.programmeId)
  const existing = await findCustomerByIdentityCode(ctx.db, identityCode)
  if (existing) ctx.audit.touch([existing.id])
  const results = evaluateEligibility(
    rules,
    { birthDate, municipalityId: input.municipalityId, qualification: input.qualification },
    helsinkiDate(ctx.now),
  )
  return {
    rules: results,
    eligible: results.every((r) => r.ok),
    existingCustomerId: existing?.id ?? null,
    alreadyEnrolled: existing
      ? (await openJointCustomership(ctx, existing.id, input.programmeId)) !== null
      : false,
  }
}

export interface EnrolInput extends Omit<NewCustomer, 'birthDate'> {
  programmeId: string
  /** Required when a rule fails: the worker's recorded reason for enrolling anyway. */
  overrideReason: string | null
}

/**
 * Enrols a young person: finds or creates the customer, checks the rules, and opens the joint
 * customership with the enrolling organisation as its first team member.
 */
export async function enrol(
  ctx: Ctx,
  input: EnrolInput,
): Promise<{
  customerId: CustomerId
  jointCustomershipId: string
  overriddenRules: EligibilityRule[]
}> {
  const actor = ctx.actor
  if (actor.kind !== 'user' || !actor.organisationId || !actor.roles.includes('worker')) {
    throw new Forbidden('workers_only', 'Only a worker of an organisation can enrol.')
  }
  const { identityCode, birthDate } = identityOrInvalid(input.identityCode)
  const rules = await rulesOrInvalid(ctx, input.programmeId)
  const existing = await findCustomerByIdentityCode(ctx.db, identityCode)
  // The rules are judged on what is known of the person: the stored record wins over the form.
  const applicant = existing
    ? {
        birthDate: existing.birthDate,
        municipalityId: existing.municipalityId,
        qualification: existing.qualification,
      }
    : { birthDate, municipalityId: input.municipalityId, qualification: input.qualification }
  const results = evaluateEligibility(rules, applicant, helsinkiDate(ctx.now))
  const failed = results.filter((r) => !r.ok).map((r) => r.rule)
  const reason = input.overrideReason?.trim() || null
  if (failed.length > 0 && !reason) {
    throw new Invalid(
      'eligibility_rules_not_met',
      'The young person does not meet every target-group rule. Record a reason to enrol anyway.',
      failed.map((rule) => ({
        field: `rules.${rule}`,
        code: 'rule_not_met' as const,
        message: 'Rule not met',
      })),
    )
  }
  const customerId =
    (existing?.id as CustomerId | undefined) ??
    (await createCustomer(ctx, {
      identityCode,
      birthDate,
      firstName: input.firstName.trim(),
      lastName: input.lastName.trim(),
      municipalityId: input.municipalityId,
      qualification: input.qualification,
      email: input.email,
      phone: input.phone,
    }))
  if (await openJointCustomership(ctx, customerId, input.programmeId)) {
    throw new Conflict(
      'already_enrolled',
      'The young person is enrolled in this programme already.',
    )
  }
  const [jc] = await ctx.db
    .insert(jointCustomership)
    .values({
      customerId,
      programmeId: input.programmeId,
      enrollingOrganisationId: actor.organisationId,
      enrolledByUserId: actor.userId,
      enrolledOn: helsinkiDate(ctx.now),
      overriddenRules: failed,
      overrideReason: failed.length > 0 ? reason : null,
      createdAt: ctx.now,
      updatedAt: ctx.now,
    })
    .returning({ id: jointCustomership.id })
  await ctx.db.insert(teamMember).values({
    jointCustomershipId: jc!.id,
    organisationId: actor.organisationId,
    contactUserId: actor.userId,
    createdAt: ctx.now,
    updatedAt: ctx.now,
  })
  await recordTimeline(ctx, jc!.id, 'enrolled', 'employment_and_plan', jc!.id, {
    overriddenRules: failed.length,
  })
  await createInvitation(ctx, customerId)
  ctx.audit.touch([customerId], [jc!.id])
  ctx.audit.purpose = 'enrolment'
  return { customerId, jointCustomershipId: jc!.id, overriddenRules: failed }
}
