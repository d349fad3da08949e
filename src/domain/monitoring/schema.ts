import { sql } from 'drizzle-orm'
import {
  check,
  date,
  index,
  integer,
  pgTable,
  text,
  timestamp,
  uniqueIndex,
  uuid,
} from 'drizzle-orm/pg-core'
import { idColumn, inList, timestamps } from '../../platform/db/columns'
import {
  followUpStatuses,
  monitoringSources,
  type FollowUpStatus,
  type MonitoringSource,
} from '../../shared/enums'
import { userAccount } from '../../platform/auth/schema'
import { customer } from '../customers/schema'
import { organisation } from '../organisations/schema'

export { followUpStatuses, monitoringSources, type FollowUpStatus, type MonitoringSource }

/** A young person's continuous unemployment spell; `endedOn` null while it lasts. */
export const unemploymentSpell = pgTable(
  'unemployment_spell',
  {
    id: idColumn(),
    customerId: uuid('customer_id')
      .notNull()
      .references(() => customer.id),
    startedOn: date('started_on').notNull(),
    endedOn: date('ended_on'),
    source: text('source').$type<MonitoringSource>().notNull(),
    ...timestamps,
  },
  (t) => [
    index('unemployment_spell_customer_id_idx').on(t.customerId, t.startedOn),
    check('unemployment_spell_source_check', inList('source', monitoringSources)),
    check('unemployment_spell_dates_check', sql`ended_on is null or ended_on >= started_on`),
  ],
)

/** What a former customer was doing 3 or 6 months after their joint customership ended. */
export const followUpStatus = pgTable(
  'follow_up_status',
  {
    id: idColumn(),
    customerId: uuid('customer_id')
      .notNull()
      .references(() => customer.id),
    /** The joint customership's end date this follow-up is measured from. */
    endedOn: date('ended_on').notNull(),
    monthsAfter: integer('months_after').notNull(),
    status: text('status').$type<FollowUpStatus>().notNull(),
    source: text('source').$type<MonitoringSource>().notNull(),
    ...timestamps,
  },
  (t) => [
    uniqueIndex('follow_up_status_key').on(t.customerId, t.endedOn, t.monthsAfter),
    check('follow_up_status_months_check', sql`months_after = 3 or months_after = 6`),
    check('follow_up_status_status_check', inList('status', followUpStatuses)),
    check('follow_up_status_source_check', inList('source', monitoringSources)),
  ],
)

/**
 * A machine client's key to the monitoring API, owned by an organisation. Only a digest is kept:
 * the key is shown once, on creation. Revoked keys stay, for the audit trail's sake.
 */
export const apiKey = pgTable(
  'api_key',
  {
    id: idColumn(),
    organisationId: uuid('organisation_id')
      .notNull()
      .references(() => organisation.id),
    name: text('name').notNull(),
    /** The first characters of the key, to tell keys apart in the list. */
    prefix: text('prefix').notNull(),
    keyHash: text('key_hash').notNull(),
    createdByUserId: uuid('created_by_user_id').references(() => userAccount.id),
    revokedAt: timestamp('revoked_at', { withTimezone: true }),
    lastUsedAt: timestamp('last_used_at', { withTimezone: true }),
    ...timestamps,
  },
  (t) => [
    uniqueIndex('api_key_key_hash_key').on(t.keyHash),
    index('api_key_organisation_id_idx').on(t.organisationId),
    index('api_key_created_by_user_id_idx').on(t.createdByUserId),
  ],
)
