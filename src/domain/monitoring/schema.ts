import { sql } from 'drizzle-orm'
import {
  check,
  customType,
  date,
  doublePrecision,
  index,
  integer,
  jsonb,
  pgTable,
  text,
  timestamp,
  uniqueIndex,
  uuid,
} from 'drizzle-orm/pg-core'
import { idColumn, inList, timestamps } from '../../platform/db/columns'
import {
  exportFormats,
  followUpStatuses,
  locales,
  monitoringExportStatuses,
  monitoringSources,
  type FollowUpStatus,
  type Locale,
  type MonitoringExportStatus,
  type MonitoringSource,
} from '../../shared/enums'
import { monitoringDimensions, type MonitoringDimension } from '../../shared/monitoring'
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
    // The open month's figures find the spells that crossed 12 months or ended (snapshots.ts).
    index('unemployment_spell_started_on_idx').on(t.startedOn),
    index('unemployment_spell_ended_on_idx').on(t.endedOn),
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

const bytea = customType<{ data: Buffer; driverData: Buffer | Uint8Array }>({
  dataType: () => 'bytea',
  fromDriver: (v) => Buffer.from(v),
})

/**
 * A long export of the monthly figures, made by a background job (export-jobs.ts): its request,
 * progress and, when done, the file itself until it expires. Only the requester's organisation
 * may download it.
 */
export const monitoringExport = pgTable(
  'monitoring_export',
  {
    id: idColumn(),
    organisationId: uuid('organisation_id')
      .notNull()
      .references(() => organisation.id),
    requestedByUserId: uuid('requested_by_user_id').references(() => userAccount.id),
    month: date('month').notNull(),
    dimension: text('dimension').$type<MonitoringDimension>().notNull(),
    format: text('format').$type<'csv' | 'xlsx'>().notNull(),
    /** The language of the file's texts ("fewer than 5"), the requester's. */
    locale: text('locale').$type<Locale>().notNull(),
    /** The organisation lead's own figures only (their organisation), or the whole network. */
    scopeOrganisationId: uuid('scope_organisation_id').references(() => organisation.id),
    status: text('status').$type<MonitoringExportStatus>().notNull(),
    /** Per cent done, 0–100. */
    progress: integer('progress').notNull().default(0),
    /** A stable code the UI turns into text; never a message. */
    errorCode: text('error_code'),
    fileName: text('file_name'),
    file: bytea('file'),
    byteSize: integer('byte_size'),
    finishedAt: timestamp('finished_at', { withTimezone: true }),
    expiresAt: timestamp('expires_at', { withTimezone: true }),
    ...timestamps,
  },
  (t) => [
    index('monitoring_export_organisation_id_idx').on(t.organisationId, t.createdAt),
    index('monitoring_export_requested_by_user_id_idx').on(t.requestedByUserId),
    index('monitoring_export_scope_organisation_id_idx').on(t.scopeOrganisationId),
    index('monitoring_export_expires_at_idx')
      .on(t.expiresAt)
      .where(sql`file is not null`),
    check('monitoring_export_status_check', inList('status', monitoringExportStatuses)),
    check('monitoring_export_dimension_check', inList('dimension', monitoringDimensions)),
    check('monitoring_export_format_check', inList('format', exportFormats)),
    check('monitoring_export_locale_check', inList('locale', locales)),
    check('monitoring_export_progress_check', sql`progress between 0 and 100`),
  ],
)

/**
 * A closed month's counts at the finest grain (programme × municipality × enrolling
 * organisation), rebuilt from the base tables by a job (snapshots.ts). Derived data: the group
 * columns are ids without foreign keys, so that a snapshot never holds up a change elsewhere.
 */
export const monitoringSnapshot = pgTable(
  'monitoring_snapshot',
  {
    id: idColumn(),
    month: date('month').notNull(),
    programmeId: uuid('programme_id'),
    municipalityId: uuid('municipality_id'),
    organisationId: uuid('organisation_id'),
    atEnd: integer('at_end').notNull(),
    atEndLtu: integer('at_end_ltu').notNull(),
    started: integer('started').notNull(),
    startedLtu: integer('started_ltu').notNull(),
    startedWithAction: integer('started_with_action').notNull(),
    fu3In: integer('fu3_in').notNull(),
    fu3Out: integer('fu3_out').notNull(),
    fu6In: integer('fu6_in').notNull(),
    fu6Out: integer('fu6_out').notNull(),
    ended: jsonb('ended').$type<Record<string, number>>(),
    actions: jsonb('actions').$type<Record<string, number>>(),
    referrals: jsonb('referrals').$type<Record<string, number>>(),
    /** Days from enrolment to the first action of each case started in the month, sorted. */
    leadDays: doublePrecision('lead_days').array(),
    ...timestamps,
  },
  (t) => [index('monitoring_snapshot_month_idx').on(t.month)],
)

/** Which months have a snapshot, and when it was built. */
export const monitoringSnapshotMonth = pgTable(
  'monitoring_snapshot_month',
  {
    id: idColumn(),
    month: date('month').notNull(),
    builtAt: timestamp('built_at', { withTimezone: true }).notNull(),
    ...timestamps,
  },
  (t) => [uniqueIndex('monitoring_snapshot_month_key').on(t.month)],
)

/**
 * The open month's service actions up to the start of the day the nightly job ran (`through`),
 * at the finest grain, by data category (snapshots.ts): the open month's report counts only the
 * actions since then live. Derived data, like the snapshots.
 */
export const monitoringActionTally = pgTable(
  'monitoring_action_tally',
  {
    id: idColumn(),
    month: date('month').notNull(),
    programmeId: uuid('programme_id'),
    municipalityId: uuid('municipality_id'),
    organisationId: uuid('organisation_id'),
    actions: jsonb('actions').$type<Record<string, number>>().notNull(),
    ...timestamps,
  },
  (t) => [index('monitoring_action_tally_month_idx').on(t.month)],
)

/** Which month has an action tally, and up to when it counts (exclusive). */
export const monitoringActionTallyMonth = pgTable(
  'monitoring_action_tally_month',
  {
    id: idColumn(),
    month: date('month').notNull(),
    through: timestamp('through', { withTimezone: true }).notNull(),
    builtAt: timestamp('built_at', { withTimezone: true }).notNull(),
    ...timestamps,
  },
  (t) => [uniqueIndex('monitoring_action_tally_month_key').on(t.month)],
)
