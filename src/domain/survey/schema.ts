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
import { sql } from 'drizzle-orm'
import { idColumn, inList, timestamps } from '../../platform/db/columns'
import { customer } from '../customers/schema'
import { municipality } from '../organisations/schema'
import { endReasons, locales, type EndReason, type Locale } from '../../shared/enums'

/**
 * A pending satisfaction survey: who was asked, by which links (digests only), and what travels
 * with the answer. Deleted when answered or when it runs out; it is the only row that names the
 * person, and no answer points to it.
 */
export const surveyInvitation = pgTable(
  'survey_invitation',
  {
    id: idColumn(),
    customerId: uuid('customer_id')
      .notNull()
      .references(() => customer.id),
    /** SHA-256 of the first mail's token. */
    tokenHash: text('token_hash').notNull(),
    /** SHA-256 of the reminder's token (the first token is not stored, so cannot be resent). */
    reminderTokenHash: text('reminder_token_hash'),
    /** The month the joint customership ended (its first day). */
    period: date('period').notNull(),
    municipalityId: uuid('municipality_id')
      .notNull()
      .references(() => municipality.id),
    endReason: text('end_reason').$type<EndReason>().notNull(),
    locale: text('locale').$type<Locale>().notNull(),
    remindedAt: timestamp('reminded_at', { withTimezone: true }),
    expiresAt: timestamp('expires_at', { withTimezone: true }).notNull(),
    ...timestamps,
  },
  (t) => [
    uniqueIndex('survey_invitation_token_hash_key').on(t.tokenHash),
    uniqueIndex('survey_invitation_reminder_token_hash_key').on(t.reminderTokenHash),
    index('survey_invitation_customer_id_idx').on(t.customerId),
    index('survey_invitation_municipality_id_idx').on(t.municipalityId),
    index('survey_invitation_reminder_due_idx')
      .on(t.createdAt)
      .where(sql`reminded_at is null`),
    index('survey_invitation_expires_at_idx').on(t.expiresAt),
    check('survey_invitation_end_reason_check', inList('end_reason', endReasons)),
    check('survey_invitation_locale_check', inList('locale', locales)),
  ],
)

const scoreCheck = (c: string) => sql.raw(`${c} is null or ${c} between 1 and 5`)

/**
 * An anonymous answer. It carries only the period, municipality and end reason; its timestamps
 * are the period's first moment, so that not even the time of answering links it to the audit
 * trail or to the invitation's deletion.
 */
export const surveyAnswer = pgTable(
  'survey_answer',
  {
    id: idColumn(),
    period: date('period').notNull(),
    municipalityId: uuid('municipality_id')
      .notNull()
      .references(() => municipality.id),
    endReason: text('end_reason').$type<EndReason>().notNull(),
    overall: integer('overall'),
    seamless: integer('seamless'),
    contacts: integer('contacts'),
    helped: integer('helped'),
    freeText: text('free_text'),
    ...timestamps,
  },
  (t) => [
    index('survey_answer_period_idx').on(t.period, t.municipalityId),
    index('survey_answer_municipality_id_idx').on(t.municipalityId),
    check('survey_answer_end_reason_check', inList('end_reason', endReasons)),
    check('survey_answer_overall_check', scoreCheck('overall')),
    check('survey_answer_seamless_check', scoreCheck('seamless')),
    check('survey_answer_contacts_check', scoreCheck('contacts')),
    check('survey_answer_helped_check', scoreCheck('helped')),
  ],
)
