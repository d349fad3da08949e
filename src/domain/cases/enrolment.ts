import { recordUnemploymentSpell } from '../monitoring/spells'
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
import { startJointCustomership } from './case'
import { jointCustomership } from './schema'
import { permittedTargets } from '../../platform/access'
import type { EnrolmentOutcome } from '../../shared/enums'
import { requestConsent } from '../consent/requests'
import { customerActions } from '../customers/actions'
import { joinCategories, requestEnrolmentConfirmation } from './enrolment-confirmation'

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

/** The customer's open joint customership, in any programme. */
async function openJointCustomershipOf(ctx: Ctx, customerId: string) {
  const [row] = await ctx.db
    .select()
    .from(jointCustomership)
    .where(and(eq(jointCustomership.customerId, customerId), isNull(jointCustomership.endedOn)))
  return row ?? null
}

/**
 * Whether the worker's organisation already has a basis for this customer (it enrolled them or
 * holds their active consent): the same rule as reading the customer. Without one, nothing
 * stored about the person — not even that they exist — is shown to it.
 */
async function hasBasisFor(ctx: Ctx, customerId: string): Promise<boolean> {
  return (await permittedTargets(ctx, customerActions.read, [customerId])).has(customerId)
}

/**
 * Checks the target-group rules on what the worker typed, and whether the person is known —
 * which it says only to an organisation that already has a basis for the customer; to any other
 * the answer is the same as for a person not known at all.
 */
export async function checkEnrolment(
  ctx: Ctx,
  input: EnrolmentCheckInput,
): Promise<EnrolmentCheck> {
  const { identityCode, birthDate } = identityOrInvalid(input.identityCode)
  const rules = await rulesOrInvalid(ctx, input.programmeId)
  const found = await findCustomerByIdentityCode(ctx.db, identityCode)
  // The look-up is in the person's own access log, whatever the worker is told.
  if (found) ctx.audit.touch([found.id])
  const existing = found && (await hasBasisFor(ctx, found.id)) ? found : null
  const results = evaluateEligibility(
    rules,
    { birthDate, municipalityId: input.municipalityId, qualification: input.qualification },
    helsinkiDate(ctx.now),
  )
  return {
    rules: results,
    eligible: results.every((r) => r.ok),
    existingCustomerId: existing?.id ?? null,
    alreadyEnrolled: existing ? (await openJointCustomershipOf(ctx, existing.id)) !== null : false,
  }
}

export interface EnrolInput extends Omit<NewCustomer, 'birthDate'> {
  programmeId: string
  /** Required when a rule fails: the worker's recorded reason for enrolling anyway. */
  overrideReason: string | null
  /** The start of the current unemployment spell, where the worker knows it. */
  unemployedSince?: string | null | undefined
}

export type EnrolmentResult = {
  outcome: EnrolmentOutcome
  /** Set only for `enrolled`: the organisation now works with this customer. */
  customerId: CustomerId | null
  jointCustomershipId: string | null
  overriddenRules: EligibilityRule[]
}

/**
 * Enrols a young person. A new person becomes a customer at once (`enrolled`). A person known
 * already is never shown to an organisation without a basis: with no open joint customership,
 * the new one waits for the young person's confirmation (`awaiting_confirmation`); with one open,
 * the organisation asks to join its team (`join_requested`). Either way the young person is told
 * at once, and the enrolling worker sees only what they typed.
 */
export async function enrol(ctx: Ctx, input: EnrolInput): Promise<EnrolmentResult> {
  const actor = ctx.actor
  if (actor.kind !== 'user' || !actor.organisationId || !actor.roles.includes('worker')) {
    throw new Forbidden('workers_only', 'Only a worker of an organisation can enrol.')
  }
  const { identityCode, birthDate } = identityOrInvalid(input.identityCode)
  const rules = await rulesOrInvalid(ctx, input.programmeId)
  const existing = await findCustomerByIdentityCode(ctx.db, identityCode)
  const basis = existing ? await hasBasisFor(ctx, existing.id) : false
  // Judged on the stored record only where the organisation may see it; else on what was typed,
  // so that the outcome tells nothing about the stored record.
  const applicant =
    existing && basis
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
  ctx.audit.purpose = 'enrolment'
  const start = async (customerId: string) => {
    const jcId = await startJointCustomership(ctx, {
      customerId,
      programmeId: input.programmeId,
      organisationId: actor.organisationId!,
      enrolledByUserId: actor.userId,
      overriddenRules: failed,
      overrideReason: reason,
    })
    // A young person without an account is invited to set a password (none with strong identification).
    await createInvitation(ctx, customerId as CustomerId)
    if (input.unemployedSince) {
      await recordUnemploymentSpell(ctx.db, customerId, input.unemployedSince, 'enrolment', ctx.now)
    }
    return jcId
  }
  if (!existing) {
    const customerId = await createCustomer(ctx, {
      identityCode,
      birthDate,
      firstName: input.firstName.trim(),
      lastName: input.lastName.trim(),
      municipalityId: input.municipalityId,
      qualification: input.qualification,
      email: input.email,
      phone: input.phone,
    })
    const jcId = await start(customerId)
    return { outcome: 'enrolled', customerId, jointCustomershipId: jcId, overriddenRules: failed }
  }
  const customerId = existing.id as CustomerId
  const open = await openJointCustomershipOf(ctx, customerId)
  if (open && basis) {
    throw new Conflict('already_enrolled', 'The young person is a joint customer already.')
  }
  if (open) {
    // Another organisation's team serves the person: it may only ask to join, by consent.
    await requestConsent(ctx, customerId, actor.organisationId, joinCategories)
    return {
      outcome: 'join_requested',
      customerId: null,
      jointCustomershipId: null,
      overriddenRules: failed,
    }
  }
  if (basis) {
    const jcId = await start(customerId)
    return { outcome: 'enrolled', customerId, jointCustomershipId: jcId, overriddenRules: failed }
  }
  await requestEnrolmentConfirmation(ctx, customerId, {
    programmeId: input.programmeId,
    firstName: input.firstName.trim(),
    lastName: input.lastName.trim(),
    municipalityId: input.municipalityId,
    qualification: input.qualification,
    overriddenRules: failed,
    overrideReason: failed.length > 0 ? reason : null,
  })
  return {
    outcome: 'awaiting_confirmation',
    customerId: null,
    jointCustomershipId: null,
    overriddenRules: failed,
  }
}
