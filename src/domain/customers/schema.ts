import { sql } from 'drizzle-orm'
import {
  check,
  date,
  index,
  pgTable,
  text,
  timestamp,
  uniqueIndex,
  uuid,
} from 'drizzle-orm/pg-core'
import { idColumn, inList, timestamps } from '../../platform/db/columns'
import { userAccount } from '../../platform/auth/schema'
import { municipality, qualificationLevels, type QualificationLevel } from '../organisations/schema'

/** A young person served by the network. */
export const customer = pgTable(
  'customer',
  {
    id: idColumn(),
    /** Stored whole (11 characters): since 2023 the century sign distinguishes people. */
    identityCode: text('identity_code').notNull(),
    firstName: text('first_name').notNull(),
    lastName: text('last_name').notNull(),
    birthDate: date('birth_date').notNull(),
    municipalityId: uuid('municipality_id')
      .notNull()
      .references(() => municipality.id),
    qualification: text('qualification').$type<QualificationLevel>().notNull(),
    /** The young person's own sign-in, when they have one. */
    userAccountId: uuid('user_account_id').references(() => userAccount.id),
    email: text('email'),
    phone: text('phone'),
    ...timestamps,
  },
  (t) => [
    uniqueIndex('customer_identity_code_key').on(t.identityCode),
    uniqueIndex('customer_user_account_id_key').on(t.userAccountId),
    index('customer_municipality_id_idx').on(t.municipalityId),
    // The list's order: "C" collation, so that a surname prefix is a range of the index, and
    // the id as the keyset tie-breaker (bench/README.md).
    index('customer_name_c_idx').on(
      sql`(lower(${t.lastName}) collate "C")`,
      sql`(lower(${t.firstName}) collate "C")`,
      t.id,
    ),
    // The first-name branch of a name search: a first-name prefix is a range here, so that the
    // branch reads its matches only, not the whole name index (bench/README.md).
    index('customer_first_name_c_idx').on(
      sql`(lower(${t.firstName}) collate "C")`,
      sql`(lower(${t.lastName}) collate "C")`,
      t.id,
    ),
    index('customer_birth_date_idx').on(t.birthDate),
    check(
      'customer_identity_code_check',
      sql`${t.identityCode} ~ '^[0-9]{6}[-+ABCDEFUVWXY][0-9]{3}[0-9A-Y]$'`,
    ),
    check('customer_qualification_check', inList('qualification', qualificationLevels)),
  ],
)

/**
 * An invitation to set a password, sent by e-mail on enrolment where no strong identification
 * is configured. Only a digest of the token is stored; the token itself is in the e-mail link.
 */
export const invitation = pgTable(
  'invitation',
  {
    id: idColumn(),
    customerId: uuid('customer_id')
      .notNull()
      .references(() => customer.id),
    tokenHash: text('token_hash').notNull(),
    expiresAt: timestamp('expires_at', { withTimezone: true }).notNull(),
    usedAt: timestamp('used_at', { withTimezone: true }),
    ...timestamps,
  },
  (t) => [
    uniqueIndex('invitation_token_hash_key').on(t.tokenHash),
    index('invitation_customer_id_idx').on(t.customerId),
  ],
)
