import { sql } from 'drizzle-orm'
import {
  check,
  index,
  integer,
  pgTable,
  text,
  timestamp,
  uniqueIndex,
  uuid,
} from 'drizzle-orm/pg-core'
import { idColumn, inList, timestamps } from '../../platform/db/columns'
import { userAccount } from '../../platform/auth/schema'
import { customer } from '../customers/schema'
import { organisation } from '../organisations/schema'
import {
  consentPurposes,
  dataCategories,
  specialDataCategories,
  consentMethods,
  storedConsentStatuses,
  consentRequestStatuses,
  type ConsentPurpose,
  type DataCategory,
  type ConsentMethod,
  type StoredConsentStatus,
  type ConsentRequestStatus,
} from '../../shared/enums'

// The enumerations are defined in src/shared/enums, with the web app.
export {
  consentPurposes,
  dataCategories,
  specialDataCategories,
  consentMethods,
  storedConsentStatuses,
  consentRequestStatuses,
  type ConsentPurpose,
  type DataCategory,
  type ConsentMethod,
  type StoredConsentStatus,
  type ConsentRequestStatus,
}

/**
 * The data categories an organisation's own statute covers (its legal basis is
 * `organisation.legal_basis`): in its work with the customers it enrolled, it sees these without
 * a consent. Data, not code, so that a statute's reach is stated where it can be read and changed.
 */
export const statutoryCategory = pgTable(
  'statutory_category',
  {
    id: idColumn(),
    organisationId: uuid('organisation_id')
      .notNull()
      .references(() => organisation.id),
    dataCategory: text('data_category').$type<DataCategory>().notNull(),
    ...timestamps,
  },
  (t) => [
    uniqueIndex('statutory_category_key').on(t.organisationId, t.dataCategory),
    check('statutory_category_data_category_check', inList('data_category', dataCategories)),
  ],
)

export const consent = pgTable(
  'consent',
  {
    id: idColumn(),
    customerId: uuid('customer_id')
      .notNull()
      .references(() => customer.id),
    recipientOrganisationId: uuid('recipient_organisation_id')
      .notNull()
      .references(() => organisation.id),
    purpose: text('purpose').$type<ConsentPurpose>().notNull(),
    dataCategories: text('data_categories').array().$type<DataCategory[]>().notNull(),
    noticeVersion: text('notice_version').notNull(),
    method: text('method').$type<ConsentMethod>().notNull(),
    status: text('status').$type<StoredConsentStatus>().notNull().default('given'),
    givenAt: timestamp('given_at', { withTimezone: true }).notNull(),
    givenByUserId: uuid('given_by_user_id').references(() => userAccount.id),
    validUntil: timestamp('valid_until', { withTimezone: true }),
    /** When the young person confirmed a consent recorded in person (awaiting_confirmation). */
    confirmedAt: timestamp('confirmed_at', { withTimezone: true }),
    withdrawnAt: timestamp('withdrawn_at', { withTimezone: true }),
    withdrawnByUserId: uuid('withdrawn_by_user_id').references(() => userAccount.id),
    /**
     * When the expiry check recorded that the consent ran out (its status derives from
     * `valid_until`); the case's reaction to the expiry ran in the same transaction.
     */
    expiryRecordedAt: timestamp('expiry_recorded_at', { withTimezone: true }),
    version: integer('version').notNull().default(1),
    ...timestamps,
  },
  (t) => [
    index('consent_customer_id_idx').on(t.customerId),
    // The foreign key's own index: the partial one below covers active consents only.
    index('consent_recipient_organisation_id_idx').on(t.recipientOrganisationId),
    // The access-control relation "customers consenting to this organisation", checked per row.
    index('consent_active_recipient_idx')
      .on(t.recipientOrganisationId, t.customerId, t.validUntil)
      .where(sql`status = 'given'`),
    index('consent_given_by_user_id_idx').on(t.givenByUserId),
    // The expiry check's work: given consents past their end whose expiry is not yet recorded.
    index('consent_unrecorded_expiry_idx')
      .on(t.validUntil)
      .where(sql`status = 'given' and valid_until is not null and expiry_recorded_at is null`),
    index('consent_withdrawn_by_user_id_idx').on(t.withdrawnByUserId),
    check('consent_purpose_check', inList('purpose', consentPurposes)),
    check('consent_method_check', inList('method', consentMethods)),
    check('consent_status_check', inList('status', storedConsentStatuses)),
    check(
      'consent_categories_check',
      sql.raw(
        `cardinality(data_categories) > 0 and data_categories <@ array[${dataCategories.map((c) => `'${c}'`).join(', ')}]::text[]`,
      ),
    ),
    check(
      'consent_withdrawal_check',
      sql`(${t.status} = 'withdrawn') = (${t.withdrawnAt} is not null)`,
    ),
    check('consent_validity_check', sql`${t.validUntil} is null or ${t.validUntil} > ${t.givenAt}`),
  ],
)

/** A partner's request for the young person's consent, answered in their own view. */
export const consentRequest = pgTable(
  'consent_request',
  {
    id: idColumn(),
    customerId: uuid('customer_id')
      .notNull()
      .references(() => customer.id),
    requestingOrganisationId: uuid('requesting_organisation_id')
      .notNull()
      .references(() => organisation.id),
    purpose: text('purpose').$type<ConsentPurpose>().notNull(),
    dataCategories: text('data_categories').array().$type<DataCategory[]>().notNull(),
    status: text('status').$type<ConsentRequestStatus>().notNull().default('requested'),
    requestedByUserId: uuid('requested_by_user_id').references(() => userAccount.id),
    requestedAt: timestamp('requested_at', { withTimezone: true }).notNull(),
    answeredAt: timestamp('answered_at', { withTimezone: true }),
    consentId: uuid('consent_id').references(() => consent.id),
    ...timestamps,
  },
  (t) => [
    index('consent_request_customer_id_idx').on(t.customerId),
    index('consent_request_requesting_organisation_id_idx').on(t.requestingOrganisationId),
    index('consent_request_requested_by_user_id_idx').on(t.requestedByUserId),
    index('consent_request_consent_id_idx').on(t.consentId),
    check('consent_request_status_check', inList('status', consentRequestStatuses)),
    check(
      'consent_request_answer_check',
      sql`(${t.status} = 'requested') = (${t.answeredAt} is null)`,
    ),
  ],
)
