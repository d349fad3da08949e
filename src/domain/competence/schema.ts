import { sql } from 'drizzle-orm'
import {
  check,
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
import { userAccount } from '../../platform/auth/schema'
import { organisation } from '../organisations/schema'
import { customer } from '../customers/schema'
import {
  profileSources,
  shareSections,
  suggestionStatuses,
  type ShareSection,
  type ProfileSource,
  type SuggestionStatus,
} from '../../shared/enums'
import type { ProfileContent, SuggestedChange } from './content'

export { profileSources, type ProfileSource }

/**
 * One saved version of a young person's competence profile. Every save adds a version; the
 * newest is the profile. The unique (customer, version) makes a save on a stale version fail
 * however two saves interleave (docs/competence.md).
 */
export const competenceProfileVersion = pgTable(
  'competence_profile_version',
  {
    id: idColumn(),
    customerId: uuid('customer_id')
      .notNull()
      .references(() => customer.id),
    version: integer('version').notNull(),
    content: jsonb('content').$type<ProfileContent>().notNull(),
    source: text('source').$type<ProfileSource>().notNull(),
    savedByUserId: uuid('saved_by_user_id').references(() => userAccount.id),
    ...timestamps,
  },
  (t) => [
    uniqueIndex('competence_profile_version_key').on(t.customerId, t.version),
    index('competence_profile_version_saved_by_user_id_idx').on(t.savedByUserId),
    check('competence_profile_version_source_check', inList('source', profileSources)),
    check('competence_profile_version_version_check', sql`${t.version} > 0`),
  ],
)

/** A worker's suggested change to a profile, which the young person accepts or rejects. */
export const competenceSuggestion = pgTable(
  'competence_suggestion',
  {
    id: idColumn(),
    customerId: uuid('customer_id')
      .notNull()
      .references(() => customer.id),
    organisationId: uuid('organisation_id')
      .notNull()
      .references(() => organisation.id),
    suggestedByUserId: uuid('suggested_by_user_id')
      .notNull()
      .references(() => userAccount.id),
    change: jsonb('change').$type<SuggestedChange>().notNull(),
    status: text('status').$type<SuggestionStatus>().notNull().default('suggested'),
    answeredAt: timestamp('answered_at', { withTimezone: true }),
    /** The profile version accepting it made. */
    resultingVersion: integer('resulting_version'),
    ...timestamps,
  },
  (t) => [
    index('competence_suggestion_customer_id_idx').on(t.customerId, t.createdAt),
    index('competence_suggestion_organisation_id_idx').on(t.organisationId),
    index('competence_suggestion_suggested_by_user_id_idx').on(t.suggestedByUserId),
    check('competence_suggestion_status_check', inList('status', suggestionStatuses)),
    check(
      'competence_suggestion_answer_check',
      sql`(${t.status} = 'suggested') = (${t.answeredAt} is null)`,
    ),
  ],
)

/**
 * A read-only link the young person hands to an employer: only the sections they chose, until it
 * expires or they revoke it. The token itself is never stored, only its SHA-256 (share-links.ts).
 */
export const competenceShareLink = pgTable(
  'competence_share_link',
  {
    id: idColumn(),
    customerId: uuid('customer_id')
      .notNull()
      .references(() => customer.id),
    tokenHash: text('token_hash').notNull(),
    sections: text('sections').array().$type<ShareSection[]>().notNull(),
    /** The young person's own note of whom they gave it to. */
    label: text('label').notNull().default(''),
    expiresAt: timestamp('expires_at', { withTimezone: true }).notNull(),
    revokedAt: timestamp('revoked_at', { withTimezone: true }),
    ...timestamps,
  },
  (t) => [
    uniqueIndex('competence_share_link_token_hash_key').on(t.tokenHash),
    index('competence_share_link_customer_id_idx').on(t.customerId, t.createdAt),
    check(
      'competence_share_link_sections_check',
      sql.raw(
        `cardinality(sections) > 0 and sections <@ array[${shareSections.map((c) => `'${c}'`).join(', ')}]::text[]`,
      ),
    ),
  ],
)
