import { sql } from 'drizzle-orm'
import {
  check,
  date,
  index,
  integer,
  jsonb,
  pgTable,
  text,
  timestamp,
  uniqueIndex,
  uuid,
} from 'drizzle-orm/pg-core'
import { idColumn, inList, timestamps, type LocalisedText } from '../../platform/db/columns'
import { userAccount } from '../../platform/auth/schema'
import { organisation } from '../organisations/schema'
import { customer } from '../customers/schema'
import { jointCustomership, serviceAction } from '../cases/schema'
import { consentRequest } from '../consent/schema'
import { service } from '../services/schema'
import {
  capacityUnits,
  dataCategories,
  referralDeclineReasons,
  referralOutcomes,
  referralStatuses,
  type CapacityUnit,
  type DataCategory,
  type ReferralDeclineReason,
  type ReferralOutcome,
  type ReferralStatus,
} from '../../shared/enums'

/**
 * Purchased services (docs/purchased-services.md): providers, their contracts for services of
 * the service tray, framework arrangements, referrals and the fees their outcomes trigger.
 * Money is integer cents; the VAT rate is data on the contract, in basis points (25.5 % = 2550).
 */

const localised = (name: string) => jsonb(name).$type<LocalisedText>().notNull()
const categoriesCheck = (column: string) =>
  sql.raw(
    `cardinality(${column}) > 0 and ${column} <@ array[${dataCategories.map((c) => `'${c}'`).join(', ')}]::text[]`,
  )

/** A provider organisation (kind `service_provider`) and what a purchaser needs to know of it. */
export const provider = pgTable(
  'provider',
  {
    id: idColumn(),
    organisationId: uuid('organisation_id')
      .notNull()
      .references(() => organisation.id),
    /** The Finnish business ID (Y-tunnus), 1234567-8, validated with its check digit. */
    businessId: text('business_id').notNull(),
    /** Shown to the young person beside the other providers of a framework arrangement. */
    description: localised('description'),
    version: integer('version').notNull().default(1),
    ...timestamps,
  },
  (t) => [
    uniqueIndex('provider_organisation_id_key').on(t.organisationId),
    uniqueIndex('provider_business_id_key').on(t.businessId),
    check('provider_business_id_check', sql`${t.businessId} ~ '^[0-9]{7}-[0-9]$'`),
  ],
)

/** A set of contracts for one service among whose providers the young person chooses. */
export const frameworkArrangement = pgTable(
  'framework_arrangement',
  {
    id: idColumn(),
    serviceId: uuid('service_id')
      .notNull()
      .references(() => service.id),
    name: localised('name'),
    ...timestamps,
  },
  (t) => [index('framework_arrangement_service_id_idx').on(t.serviceId)],
)

/**
 * A contract for a purchased service with one provider: its period, its capacity and its price.
 * `capacity_used` is the sum of the units of accepted referrals: acceptance raises it with a
 * conditional update that the CHECK backs, so two acceptances of the last place cannot both win.
 */
export const contract = pgTable(
  'contract',
  {
    id: idColumn(),
    serviceId: uuid('service_id')
      .notNull()
      .references(() => service.id),
    providerOrganisationId: uuid('provider_organisation_id')
      .notNull()
      .references(() => organisation.id),
    frameworkArrangementId: uuid('framework_arrangement_id').references(
      () => frameworkArrangement.id,
    ),
    /** The purchaser's reference, e.g. a procurement decision number. */
    reference: text('reference').notNull(),
    startsOn: date('starts_on').notNull(),
    endsOn: date('ends_on'),
    capacityUnit: text('capacity_unit').$type<CapacityUnit>().notNull(),
    capacity: integer('capacity').notNull(),
    capacityUsed: integer('capacity_used').notNull().default(0),
    /** Owed per customer who starts; null when the contract pays by results only. */
    fixedFeeCents: integer('fixed_fee_cents'),
    vatRateBasisPoints: integer('vat_rate_basis_points').notNull(),
    /** How long after a referral ends the provider still sees what it recorded (the contract's duty to keep). */
    retentionDays: integer('retention_days').notNull().default(0),
    version: integer('version').notNull().default(1),
    ...timestamps,
  },
  (t) => [
    index('contract_service_id_idx').on(t.serviceId),
    index('contract_provider_organisation_id_idx').on(t.providerOrganisationId),
    index('contract_framework_arrangement_id_idx').on(t.frameworkArrangementId),
    uniqueIndex('contract_reference_key').on(t.reference),
    check('contract_capacity_unit_check', inList('capacity_unit', capacityUnits)),
    check('contract_capacity_check', sql`${t.capacity} > 0`),
    check(
      'contract_capacity_used_check',
      sql`${t.capacityUsed} >= 0 and ${t.capacityUsed} <= ${t.capacity}`,
    ),
    check('contract_period_check', sql`${t.endsOn} is null or ${t.endsOn} >= ${t.startsOn}`),
    check('contract_fixed_fee_check', sql`${t.fixedFeeCents} is null or ${t.fixedFeeCents} > 0`),
    check('contract_vat_check', sql`${t.vatRateBasisPoints} between 0 and 10000`),
    check('contract_retention_check', sql`${t.retentionDays} between 0 and 3650`),
  ],
)

/** A result-based fee: owed when a referral ends with `outcome` (lasting `minimum_months`). */
export const contractResultFee = pgTable(
  'contract_result_fee',
  {
    id: idColumn(),
    contractId: uuid('contract_id')
      .notNull()
      .references(() => contract.id, { onDelete: 'cascade' }),
    outcome: text('outcome').$type<ReferralOutcome>().notNull(),
    /** For employment: the employment must have lasted this many months (evidenced). */
    minimumMonths: integer('minimum_months'),
    feeCents: integer('fee_cents').notNull(),
    ...timestamps,
  },
  (t) => [
    uniqueIndex('contract_result_fee_key').on(t.contractId, t.outcome),
    check('contract_result_fee_outcome_check', inList('outcome', referralOutcomes)),
    check('contract_result_fee_amount_check', sql`${t.feeCents} > 0`),
    check(
      'contract_result_fee_months_check',
      sql`${t.minimumMonths} is null or ${t.minimumMonths} between 1 and 60`,
    ),
  ],
)

/** A worker's referral of a joint customer to a purchased service, and what became of it. */
export const referral = pgTable(
  'referral',
  {
    id: idColumn(),
    customerId: uuid('customer_id')
      .notNull()
      .references(() => customer.id),
    jointCustomershipId: uuid('joint_customership_id')
      .notNull()
      .references(() => jointCustomership.id),
    serviceId: uuid('service_id')
      .notNull()
      .references(() => service.id),
    frameworkArrangementId: uuid('framework_arrangement_id').references(
      () => frameworkArrangement.id,
    ),
    /** Null while the young person chooses among a framework arrangement's providers. */
    contractId: uuid('contract_id').references(() => contract.id),
    /** The contract's provider, kept on the referral for the provider's own list and its index. */
    providerOrganisationId: uuid('provider_organisation_id').references(() => organisation.id),
    referringOrganisationId: uuid('referring_organisation_id')
      .notNull()
      .references(() => organisation.id),
    referredByUserId: uuid('referred_by_user_id').references(() => userAccount.id),
    /** The step of an event card this referral carries out; it is done when the service starts. */
    serviceActionId: uuid('service_action_id').references(() => serviceAction.id),
    consentRequestId: uuid('consent_request_id').references(() => consentRequest.id),
    status: text('status').$type<ReferralStatus>().notNull(),
    /** What the referral takes of the contract's capacity: 1 customer, or student-days. */
    units: integer('units').notNull().default(1),
    /** The data categories the service needs; the provider sees those the consent covers. */
    dataCategories: text('data_categories').array().$type<DataCategory[]>().notNull(),
    /** The worker's words to the provider (employment and plan). */
    reason: text('reason').notNull().default(''),
    declineReason: text('decline_reason').$type<ReferralDeclineReason>(),
    outcome: text('outcome').$type<ReferralOutcome>(),
    outcomeEvidenceOn: date('outcome_evidence_on'),
    employerBusinessId: text('employer_business_id'),
    employmentMonths: integer('employment_months'),
    sentAt: timestamp('sent_at', { withTimezone: true }),
    acceptedAt: timestamp('accepted_at', { withTimezone: true }),
    decidedAt: timestamp('decided_at', { withTimezone: true }),
    startedAt: timestamp('started_at', { withTimezone: true }),
    endedAt: timestamp('ended_at', { withTimezone: true }),
    /** When the outcome was last recorded or corrected: the month its fee falls in. */
    outcomeRecordedAt: timestamp('outcome_recorded_at', { withTimezone: true }),
    /** When the young person asked their worker to choose the framework arrangement's provider. */
    choiceDelegatedAt: timestamp('choice_delegated_at', { withTimezone: true }),
    version: integer('version').notNull().default(1),
    ...timestamps,
  },
  (t) => [
    index('referral_customer_id_idx').on(t.customerId),
    index('referral_joint_customership_id_idx').on(t.jointCustomershipId),
    index('referral_service_id_idx').on(t.serviceId),
    index('referral_framework_arrangement_id_idx').on(t.frameworkArrangementId),
    index('referral_contract_id_idx').on(t.contractId),
    // The provider's incoming list, newest first, keyset paged.
    index('referral_provider_list_idx').on(t.providerOrganisationId, t.createdAt, t.id),
    index('referral_referring_organisation_id_idx').on(t.referringOrganisationId),
    index('referral_referred_by_user_id_idx').on(t.referredByUserId),
    index('referral_service_action_id_idx').on(t.serviceActionId),
    index('referral_consent_request_id_idx').on(t.consentRequestId),
    // The fee table reads the referrals that started.
    index('referral_started_at_idx')
      .on(t.startedAt)
      .where(sql`started_at is not null`),
    check('referral_status_check', inList('status', referralStatuses)),
    check('referral_categories_check', categoriesCheck('data_categories')),
    check('referral_units_check', sql`${t.units} > 0`),
    check(
      'referral_decline_reason_check',
      sql`(${t.declineReason} is null or ${inList('decline_reason', referralDeclineReasons)}) and ((${t.status} = 'declined') = (${t.declineReason} is not null))`,
    ),
    check(
      'referral_outcome_check',
      sql`(${t.outcome} is null or ${inList('outcome', referralOutcomes)}) and ((${t.status} = 'ended') = (${t.outcome} is not null))`,
    ),
    check(
      'referral_contract_check',
      sql`${t.status} = 'awaiting_choice' or ${t.status} = 'withdrawn' or ${t.contractId} is not null`,
    ),
    check(
      'referral_employer_check',
      sql`${t.employerBusinessId} is null or ${t.employerBusinessId} ~ '^[0-9]{7}-[0-9]$'`,
    ),
  ],
)

/** A provider's note on a referral's progress, visible to the customer's team. */
export const referralNote = pgTable(
  'referral_note',
  {
    id: idColumn(),
    referralId: uuid('referral_id')
      .notNull()
      .references(() => referral.id),
    authorUserId: uuid('author_user_id').references(() => userAccount.id),
    organisationId: uuid('organisation_id')
      .notNull()
      .references(() => organisation.id),
    body: text('body').notNull(),
    ...timestamps,
  },
  (t) => [
    index('referral_note_referral_id_idx').on(t.referralId, t.createdAt),
    index('referral_note_author_user_id_idx').on(t.authorUserId),
    index('referral_note_organisation_id_idx').on(t.organisationId),
    check('referral_note_body_check', sql`length(${t.body}) between 1 and 4000`),
  ],
)

/** One fee line of an invoiced month, frozen: later changes show as adjustments, never here. */
export interface InvoicedFeeLine {
  contractId: string
  referralId: string
  kind: 'fixed' | 'result'
  outcome: ReferralOutcome | null
  /** The month the fee belongs to (an adjustment's is earlier than the invoice's). */
  month: string
  adjustment: boolean
  amountCents: number
}

/** A month the coordinator marked invoiced: the snapshot of its fee lines. */
export const feeInvoice = pgTable(
  'fee_invoice',
  {
    id: idColumn(),
    /** YYYY-MM, in Europe/Helsinki. */
    month: text('month').notNull(),
    invoicedAt: timestamp('invoiced_at', { withTimezone: true }).notNull(),
    invoicedByUserId: uuid('invoiced_by_user_id').references(() => userAccount.id),
    lines: jsonb('lines').$type<InvoicedFeeLine[]>().notNull(),
    ...timestamps,
  },
  (t) => [
    uniqueIndex('fee_invoice_month_key').on(t.month),
    index('fee_invoice_invoiced_by_user_id_idx').on(t.invoicedByUserId),
    check('fee_invoice_month_check', sql`${t.month} ~ '^[0-9]{4}-(0[1-9]|1[0-2])$'`),
  ],
)
