import { sql } from 'drizzle-orm'
import {
  boolean,
  check,
  foreignKey,
  index,
  integer,
  pgTable,
  text,
  timestamp,
  uniqueIndex,
  uuid,
} from 'drizzle-orm/pg-core'
import { idColumn, inList, nameColumns, timestamps } from '../../platform/db/columns'
import { userAccount } from '../../platform/auth/schema'
import { organisation } from '../organisations/schema'
import type { DataCategory } from '../consent/schema'
import { contract, frameworkArrangement } from '../purchasing/schema'
import {
  consentLossRules,
  eventCardStatuses,
  eventCardStepKinds,
  type ConsentLossRule,
  type EventCardStatus,
  type EventCardStepKind,
} from '../../shared/enums'

// The enumerations are defined in src/shared/enums, with the web app.
export {
  consentLossRules,
  eventCardStatuses,
  eventCardStepKinds,
  type ConsentLossRule,
  type EventCardStatus,
  type EventCardStepKind,
}

/** The catalogue of cooperation indicators, maintained by the coordinator. */
export const cooperationIndicator = pgTable(
  'cooperation_indicator',
  {
    id: idColumn(),
    code: text('code').notNull(),
    ...nameColumns(),
    /** The data category the indicator belongs to; `health` ones reveal only that support is needed. */
    dataCategory: text('data_category').$type<DataCategory>().notNull(),
    active: boolean('active').notNull().default(true),
    ...timestamps,
  },
  (t) => [uniqueIndex('cooperation_indicator_code_key').on(t.code)],
)

/** A jointly agreed playbook; its content lives in versions. */
export const eventCard = pgTable(
  'event_card',
  { id: idColumn(), code: text('code').notNull(), ...timestamps },
  (t) => [uniqueIndex('event_card_code_key').on(t.code)],
)

/** One version of a card. Published versions never change; an edit is a new version. */
export const eventCardVersion = pgTable(
  'event_card_version',
  {
    id: idColumn(),
    eventCardId: uuid('event_card_id')
      .notNull()
      .references(() => eventCard.id),
    version: integer('version').notNull(),
    status: text('status').$type<EventCardStatus>().notNull(),
    ...nameColumns(),
    waysOfWorkingFi: text('ways_of_working_fi').notNull(),
    waysOfWorkingSv: text('ways_of_working_sv').notNull(),
    waysOfWorkingEn: text('ways_of_working_en').notNull(),
    indicatorIds: uuid('indicator_ids').array().notNull(),
    publishedAt: timestamp('published_at', { withTimezone: true }),
    createdByUserId: uuid('created_by_user_id').references(() => userAccount.id),
    ...timestamps,
  },
  (t) => [
    uniqueIndex('event_card_version_key').on(t.eventCardId, t.version),
    index('event_card_version_created_by_user_id_idx').on(t.createdByUserId),
    index('event_card_version_indicator_ids_idx').using('gin', t.indicatorIds),
    check('event_card_version_status_check', inList('status', eventCardStatuses)),
    check(
      'event_card_version_published_check',
      sql`(${t.status} = 'draft') = (${t.publishedAt} is null)`,
    ),
  ],
)

export const eventCardStep = pgTable(
  'event_card_step',
  {
    id: idColumn(),
    eventCardVersionId: uuid('event_card_version_id')
      .notNull()
      .references(() => eventCardVersion.id, { onDelete: 'cascade' }),
    position: integer('position').notNull(),
    responsibleOrganisationId: uuid('responsible_organisation_id')
      .notNull()
      .references(() => organisation.id),
    dueInDays: integer('due_in_days').notNull(),
    /** The instruction for workers (backstage). */
    instructionFi: text('instruction_fi').notNull(),
    instructionSv: text('instruction_sv').notNull(),
    instructionEn: text('instruction_en').notNull(),
    /** What the young person sees (frontstage), in plain language. */
    customerTextFi: text('customer_text_fi').notNull(),
    customerTextSv: text('customer_text_sv').notNull(),
    customerTextEn: text('customer_text_en').notNull(),
    /** What happens to the step when its organisation loses the consent it rests on. */
    onConsentLoss: text('on_consent_loss')
      .$type<ConsentLossRule>()
      .notNull()
      .default('wait_for_consent'),
    /** A task, or a referral to a purchased service that the worker makes from the step. */
    kind: text('kind').$type<EventCardStepKind>().notNull().default('task'),
    /** The purchased service a referral step names: a contract with one provider … */
    referralContractId: uuid('referral_contract_id').references(() => contract.id),
    /** … or a framework arrangement whose provider the young person chooses. */
    referralFrameworkArrangementId: uuid('referral_framework_arrangement_id'),
    ...timestamps,
  },
  (t) => [
    // Named here: the generated name would pass PostgreSQL's 63 characters.
    foreignKey({
      name: 'event_card_step_referral_framework_fk',
      columns: [t.referralFrameworkArrangementId],
      foreignColumns: [frameworkArrangement.id],
    }),
    check('event_card_step_kind_check', inList('kind', eventCardStepKinds)),
    check(
      'event_card_step_referral_check',
      sql`(${t.kind} = 'task' and ${t.referralContractId} is null and ${t.referralFrameworkArrangementId} is null) or (${t.kind} = 'purchased_service_referral' and (${t.referralContractId} is null) <> (${t.referralFrameworkArrangementId} is null))`,
    ),
    index('event_card_step_referral_contract_id_idx').on(t.referralContractId),
    index('event_card_step_referral_framework_arrangement_id_idx').on(
      t.referralFrameworkArrangementId,
    ),
    check('event_card_step_on_consent_loss_check', inList('on_consent_loss', consentLossRules)),
    uniqueIndex('event_card_step_position_key').on(t.eventCardVersionId, t.position),
    index('event_card_step_responsible_organisation_id_idx').on(t.responsibleOrganisationId),
    check('event_card_step_due_check', sql`${t.dueInDays} between 0 and 365`),
  ],
)
