import { and, eq, inArray, sql } from 'drizzle-orm'
import type { Ctx } from '../../platform/context'
import { queryRows } from '../../platform/db/database'
import { Conflict, Invalid, NotFound } from '../../platform/errors'
import type { CustomerId, OrganisationId } from '../../platform/ids'
import { openCase } from '../cases/case'
import { helsinkiDate } from '../cases/eligibility'
import { completeServiceAction } from '../cases/service-actions'
import { recordTimeline } from '../cases/timeline'
import { serviceAction } from '../cases/schema'
import { requestConsent } from '../consent/requests'
import {
  employmentOutcomes,
  type DataCategory,
  type ReferralDeclineReason,
  type ReferralOutcome,
  type ReferralStatus,
  type TimelineEventKind,
} from '../../shared/enums'
import { REFERRAL_CATEGORY } from './actions'
import { assertBusinessId } from './contracts'
import { contract, referral } from './schema'

/**
 * A referral's way (docs/purchased-services.md): a worker refers; for a framework arrangement
 * the young person chooses the provider; the provider accepts within the contract's capacity or
 * declines, reports the start and the outcome. Each step is a timeline event of the case. Every
 * change is a conditional update on the state it leaves, so two hands cannot take one step twice.
 */

type ReferralRow = typeof referral.$inferSelect

export interface ReferralInput {
  /** A contract with one provider, or a framework arrangement whose provider the young person picks. */
  contractId?: string | undefined
  frameworkArrangementId?: string | undefined
  dataCategories: DataCategory[]
  reason: string
  /** Student-days for training; 1 (a customer) otherwise. */
  units?: number | undefined
  /** The event card step that this referral carries out. */
  serviceActionId?: string | undefined
}

const today = (ctx: Ctx) => helsinkiDate(ctx.now)

async function contractInForce(ctx: Ctx, contractId: string, field: string) {
  const [c] = await ctx.db.select().from(contract).where(eq(contract.id, contractId))
  if (!c)
    throw new Invalid('contract_not_found', 'No such contract.', [
      { field, code: 'unknown_reference', message: 'Unknown contract' },
    ])
  const day = today(ctx)
  if (c.startsOn > day || (c.endsOn !== null && c.endsOn < day))
    throw new Conflict('contract_not_in_force', 'The contract is not in force today.')
  return c
}

async function timeline(
  ctx: Ctx,
  r: ReferralRow,
  kind: TimelineEventKind,
  details: Record<string, string | number | null> = {},
) {
  await recordTimeline(ctx, r.jointCustomershipId, kind, REFERRAL_CATEGORY, r.id, {
    status: r.status,
    ...details,
  })
}

/** Whether the customer's active consent to the provider for a purchased service exists now. */
async function hasPurchasedServiceConsent(ctx: Ctx, customerId: string, organisationId: string) {
  const [row] = await queryRows<{ ok: boolean }>(
    ctx.db,
    sql`select exists (select 1 from consent c where c.customer_id = ${customerId}::uuid
      and c.recipient_organisation_id = ${organisationId}::uuid and c.purpose = 'purchased_service'
      and c.status = 'given'
      and (c.valid_until is null or c.valid_until > ${ctx.now.toISOString()}::timestamptz)) as ok`,
  )
  return row?.ok === true
}

/** The provider needs the young person's consent: a missing one is asked for, never assumed. */
async function askConsentIfMissing(ctx: Ctx, r: ReferralRow): Promise<string | null> {
  const providerId = r.providerOrganisationId
  if (!providerId || (await hasPurchasedServiceConsent(ctx, r.customerId, providerId))) return null
  return requestConsent(
    ctx,
    r.customerId as CustomerId,
    providerId as OrganisationId,
    r.dataCategories,
    'purchased_service',
  )
}

export async function createReferral(ctx: Ctx, customerId: CustomerId, input: ReferralInput) {
  if (Boolean(input.contractId) === Boolean(input.frameworkArrangementId)) {
    throw new Invalid('validation_failed', 'Refer to a contract or to a framework arrangement.', [
      {
        field: 'body.contractId',
        code: 'required',
        message: 'Name a contract or a framework arrangement',
      },
    ])
  }
  const jc = await openCase(ctx.db, customerId)
  let serviceId: string
  let contractId: string | null = null
  let providerId: string | null = null
  if (input.contractId) {
    const c = await contractInForce(ctx, input.contractId, 'body.contractId')
    if (c.frameworkArrangementId)
      throw new Invalid(
        'validation_failed',
        'A framework contract is chosen by the young person.',
        [
          {
            field: 'body.contractId',
            code: 'invalid_value',
            message: 'Refer to the framework arrangement',
          },
        ],
      )
    serviceId = c.serviceId
    contractId = c.id
    providerId = c.providerOrganisationId
  } else {
    const contracts = await ctx.db
      .select()
      .from(contract)
      .where(eq(contract.frameworkArrangementId, input.frameworkArrangementId!))
    const day = today(ctx)
    const inForce = contracts.filter(
      (c) => c.startsOn <= day && (c.endsOn === null || c.endsOn >= day),
    )
    if (contracts.length === 0)
      throw new Invalid('framework_not_found', 'No such framework arrangement.', [
        {
          field: 'body.frameworkArrangementId',
          code: 'unknown_reference',
          message: 'Unknown framework arrangement',
        },
      ])
    if (inForce.length === 0)
      throw new Conflict('contract_not_in_force', 'No contract of the arrangement is in force.')
    serviceId = inForce[0]!.serviceId
  }
  if (input.serviceActionId) {
    const [step] = await ctx.db
      .select({ jc: serviceAction.jointCustomershipId })
      .from(serviceAction)
      .where(eq(serviceAction.id, input.serviceActionId))
    if (step?.jc !== jc.id)
      throw new Invalid('service_action_not_found', 'No such step in this case.', [
        { field: 'body.serviceActionId', code: 'unknown_reference', message: 'Unknown step' },
      ])
  }
  const [row] = await ctx.db
    .insert(referral)
    .values({
      customerId,
      jointCustomershipId: jc.id,
      serviceId,
      frameworkArrangementId: input.frameworkArrangementId ?? null,
      contractId,
      providerOrganisationId: providerId,
      referringOrganisationId:
        ctx.actor.kind === 'user' ? ctx.actor.organisationId! : jc.enrollingOrganisationId,
      referredByUserId: ctx.actor.kind === 'user' ? ctx.actor.userId : null,
      serviceActionId: input.serviceActionId ?? null,
      status: contractId ? 'sent' : 'awaiting_choice',
      units: input.units ?? 1,
      dataCategories: [...new Set(input.dataCategories)],
      reason: input.reason,
      sentAt: contractId ? ctx.now : null,
      createdAt: ctx.now,
      updatedAt: ctx.now,
    })
    .returning()
  let r = row!
  const consentRequestId = await askConsentIfMissing(ctx, r)
  if (consentRequestId) r = await set(ctx, r, r.status, { consentRequestId })
  await timeline(ctx, r, 'referral_sent', { serviceId })
  ctx.audit.touch([customerId], [r.id])
  return r
}

/** Moves a referral from one of `from` to `to`; a referral no longer there is a 409. */
async function transition(
  ctx: Ctx,
  id: string,
  from: ReferralStatus[],
  to: ReferralStatus,
  values: Partial<typeof referral.$inferInsert> = {},
): Promise<ReferralRow> {
  const [row] = await ctx.db
    .update(referral)
    .set({ ...values, status: to, version: sql`${referral.version} + 1`, updatedAt: ctx.now })
    .where(and(eq(referral.id, id), inArray(referral.status, from)))
    .returning()
  if (!row) {
    const [exists] = await ctx.db
      .select({ id: referral.id })
      .from(referral)
      .where(eq(referral.id, id))
    if (!exists) throw new NotFound('referral_not_found', 'No such referral.')
    throw new Conflict('referral_state', `The referral is not ${from.join(' or ')}.`)
  }
  ctx.audit.touch([row.customerId], [row.id])
  return row
}

const set = (
  ctx: Ctx,
  r: ReferralRow,
  status: ReferralStatus,
  values: Partial<typeof referral.$inferInsert>,
) => transition(ctx, r.id, [status], status, values)

/** The young person (or their worker, when asked) picks the framework arrangement's provider. */
export async function chooseProvider(ctx: Ctx, id: string, contractId: string) {
  const [current] = await ctx.db.select().from(referral).where(eq(referral.id, id))
  if (!current) throw new NotFound('referral_not_found', 'No such referral.')
  const c = await contractInForce(ctx, contractId, 'body.contractId')
  if (
    !current.frameworkArrangementId ||
    c.frameworkArrangementId !== current.frameworkArrangementId
  )
    throw new Invalid(
      'contract_not_found',
      'Not a contract of the referral’s framework arrangement.',
      [
        {
          field: 'body.contractId',
          code: 'unknown_reference',
          message: 'Not one of the arrangement’s providers',
        },
      ],
    )
  let r = await transition(ctx, id, ['awaiting_choice'], 'sent', {
    contractId: c.id,
    providerOrganisationId: c.providerOrganisationId,
    sentAt: ctx.now,
  })
  const consentRequestId = await askConsentIfMissing(ctx, r)
  if (consentRequestId) r = await set(ctx, r, 'sent', { consentRequestId })
  await timeline(ctx, r, 'referral_provider_chosen', {
    providerOrganisationId: c.providerOrganisationId,
  })
  return r
}

/**
 * The young person asks their worker to choose the provider. The referral stays awaiting the
 * choice, now marked as handed to the worker (a timeline event the worker's notices show); the
 * worker then chooses as the young person would have. Asking again changes nothing.
 */
export async function delegateChoice(ctx: Ctx, id: string) {
  const [current] = await ctx.db.select().from(referral).where(eq(referral.id, id))
  if (!current) throw new NotFound('referral_not_found', 'No such referral.')
  if (current.status === 'awaiting_choice' && current.choiceDelegatedAt) return current
  const r = await transition(ctx, id, ['awaiting_choice'], 'awaiting_choice', {
    choiceDelegatedAt: ctx.now,
  })
  await timeline(ctx, r, 'referral_choice_delegated')
  return r
}

/**
 * The provider accepts: the referral leaves `sent`, then the contract's capacity is taken in one
 * conditional update. Concurrent acceptances queue on the contract row's lock and each re-checks
 * the free capacity, so the last place goes to exactly one (the CHECK refuses any excess too).
 */
export async function acceptReferral(ctx: Ctx, id: string) {
  const r = await transition(ctx, id, ['sent'], 'accepted', {
    acceptedAt: ctx.now,
    decidedAt: ctx.now,
  })
  if (!(await hasPurchasedServiceConsent(ctx, r.customerId, r.providerOrganisationId!)))
    throw new Conflict('consent_missing', 'The young person has not consented to the provider.')
  const day = today(ctx)
  const [taken] = await ctx.db
    .update(contract)
    .set({ capacityUsed: sql`${contract.capacityUsed} + ${r.units}`, updatedAt: ctx.now })
    .where(
      and(
        eq(contract.id, r.contractId!),
        sql`${contract.capacityUsed} + ${r.units} <= ${contract.capacity}`,
        sql`${contract.startsOn} <= ${day}::date and (${contract.endsOn} is null or ${contract.endsOn} >= ${day}::date)`,
      ),
    )
    .returning({ id: contract.id })
  if (!taken) {
    const [c] = await ctx.db.select().from(contract).where(eq(contract.id, r.contractId!))
    if (c && (c.startsOn > day || (c.endsOn !== null && c.endsOn < day)))
      throw new Conflict('contract_not_in_force', 'The contract is not in force today.')
    throw new Conflict('capacity_full', 'The contract has no free capacity.')
  }
  await timeline(ctx, r, 'referral_accepted')
  return r
}

export async function declineReferral(ctx: Ctx, id: string, reason: ReferralDeclineReason) {
  const r = await transition(ctx, id, ['sent'], 'declined', {
    declineReason: reason,
    decidedAt: ctx.now,
  })
  await timeline(ctx, r, 'referral_declined', { reason })
  return r
}

/** The service started; the event card step it carries out, if any, is done. */
export async function startReferral(ctx: Ctx, id: string) {
  const r = await transition(ctx, id, ['accepted'], 'started', { startedAt: ctx.now })
  if (r.serviceActionId) await completeServiceAction(ctx, r.serviceActionId)
  await timeline(ctx, r, 'referral_started')
  return r
}

export interface OutcomeInput {
  outcome: ReferralOutcome
  /** The date the evidence shows: the employment's or studies' start, the interruption. */
  evidenceOn: string
  /** For employment: the employer's business ID. */
  employerBusinessId?: string | null | undefined
  /** For employment: how many months it has lasted, as evidenced (result-based fees ask this). */
  employmentMonths?: number | null | undefined
}

function outcomeValues(ctx: Ctx, input: OutcomeInput) {
  const employed = employmentOutcomes.includes(input.outcome)
  if (input.evidenceOn > today(ctx))
    throw new Invalid('validation_failed', 'The evidence date cannot be in the future.', [
      { field: 'body.evidenceOn', code: 'date_out_of_range', message: 'In the future' },
    ])
  if (employed) {
    if (!input.employerBusinessId)
      throw new Invalid('validation_failed', 'An employment names its employer.', [
        { field: 'body.employerBusinessId', code: 'required', message: 'Required for employment' },
      ])
    assertBusinessId(input.employerBusinessId, 'body.employerBusinessId')
  }
  return {
    outcome: input.outcome,
    outcomeEvidenceOn: input.evidenceOn,
    employerBusinessId: employed ? input.employerBusinessId! : null,
    employmentMonths: employed ? (input.employmentMonths ?? 0) : null,
    outcomeRecordedAt: ctx.now,
  }
}

export async function endReferral(ctx: Ctx, id: string, input: OutcomeInput) {
  const r = await transition(ctx, id, ['started'], 'ended', {
    ...outcomeValues(ctx, input),
    endedAt: ctx.now,
  })
  await timeline(ctx, r, 'referral_ended', { outcome: input.outcome })
  return r
}

/**
 * Corrects a recorded outcome (e.g. an employment that lasted long enough after all). A month
 * already invoiced keeps its figures: the difference shows as an adjustment in a later month.
 */
export async function correctOutcome(ctx: Ctx, id: string, input: OutcomeInput) {
  const r = await transition(ctx, id, ['ended'], 'ended', outcomeValues(ctx, input))
  await timeline(ctx, r, 'referral_outcome_corrected', { outcome: input.outcome })
  return r
}

/** The worker withdraws a referral that has not started; an accepted one frees its place. */
export async function withdrawReferral(ctx: Ctx, id: string) {
  // The row lock keeps the status read here the one the withdrawal leaves.
  const [before] = await ctx.db
    .select({ status: referral.status })
    .from(referral)
    .where(eq(referral.id, id))
    .for('update')
  const r = await transition(ctx, id, ['awaiting_choice', 'sent', 'accepted'], 'withdrawn', {
    endedAt: ctx.now,
  })
  if (before?.status === 'accepted' && r.contractId) {
    await ctx.db
      .update(contract)
      .set({ capacityUsed: sql`${contract.capacityUsed} - ${r.units}`, updatedAt: ctx.now })
      .where(eq(contract.id, r.contractId))
  }
  await timeline(ctx, r, 'referral_withdrawn')
  return r
}
