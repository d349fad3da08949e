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
import { idColumn, inList, timestamps } from '../../platform/db/columns'
import { userAccount } from '../../platform/auth/schema'
import { customer } from '../customers/schema'
import { municipality, organisation, programme } from '../organisations/schema'
import { cooperationIndicator, eventCardStep, eventCardVersion } from '../catalogue/schema'
import type { DataCategory } from '../consent/schema'
import { qualificationLevels, type QualificationLevel } from '../organisations/schema'
import {
  enrolmentConfirmationStatuses,
  type EnrolmentConfirmationStatus,
  endReasons,
  serviceActionStatuses,
  serviceActionStatusReasons,
  timelineEventKinds,
  messageThreads,
  type EndReason,
  type ServiceActionStatus,
  type ServiceActionStatusReason,
  type TimelineEventKind,
  type MessageThread,
} from '../../shared/enums'

// The enumerations are defined in src/shared/enums, with the web app.
export {
  endReasons,
  serviceActionStatuses,
  serviceActionStatusReasons,
  timelineEventKinds,
  messageThreads,
  type EndReason,
  type ServiceActionStatus,
  type ServiceActionStatusReason,
  type TimelineEventKind,
  type MessageThread,
}

/** A young person's joint customership in a programme, from enrolment to its end. */
export const jointCustomership = pgTable(
  'joint_customership',
  {
    id: idColumn(),
    customerId: uuid('customer_id')
      .notNull()
      .references(() => customer.id),
    programmeId: uuid('programme_id')
      .notNull()
      .references(() => programme.id),
    enrollingOrganisationId: uuid('enrolling_organisation_id')
      .notNull()
      .references(() => organisation.id),
    enrolledByUserId: uuid('enrolled_by_user_id').references(() => userAccount.id),
    enrolledOn: date('enrolled_on').notNull(),
    /** Rules that failed at enrolment and the worker's recorded reason for overriding them. */
    overriddenRules: text('overridden_rules')
      .array()
      .notNull()
      .default(sql`'{}'::text[]`),
    overrideReason: text('override_reason'),
    endedOn: date('ended_on'),
    endReason: text('end_reason').$type<EndReason>(),
    version: integer('version').notNull().default(1),
    ...timestamps,
  },
  (t) => [
    index('joint_customership_customer_id_idx').on(t.customerId),
    uniqueIndex('joint_customership_one_open_key')
      .on(t.customerId, t.programmeId)
      .where(sql`ended_on is null`),
    index('joint_customership_programme_id_idx').on(t.programmeId),
    index('joint_customership_enrolling_organisation_id_idx').on(
      t.enrollingOrganisationId,
      t.customerId,
    ),
    index('joint_customership_enrolled_by_user_id_idx').on(t.enrolledByUserId),
    check('joint_customership_end_check', sql`(${t.endedOn} is null) = (${t.endReason} is null)`),
    check(
      'joint_customership_end_reason_check',
      sql`end_reason is null or ${inList('end_reason', endReasons)}`,
    ),
    check(
      'joint_customership_override_check',
      sql`cardinality(${t.overriddenRules}) = 0 or ${t.overrideReason} is not null`,
    ),
  ],
)

/**
 * An organisation's enrolment of a person who is a customer already but has no open joint
 * customership. It holds only what the enrolling worker typed; the joint customership (and with
 * it the organisation's sight of the stored record) starts when the young person confirms it.
 */
export const enrolmentConfirmation = pgTable(
  'enrolment_confirmation',
  {
    id: idColumn(),
    customerId: uuid('customer_id')
      .notNull()
      .references(() => customer.id),
    programmeId: uuid('programme_id')
      .notNull()
      .references(() => programme.id),
    organisationId: uuid('organisation_id')
      .notNull()
      .references(() => organisation.id),
    requestedByUserId: uuid('requested_by_user_id').references(() => userAccount.id),
    requestedAt: timestamp('requested_at', { withTimezone: true }).notNull(),
    /** What the worker typed; never merged into the stored record. */
    firstName: text('first_name').notNull(),
    lastName: text('last_name').notNull(),
    municipalityId: uuid('municipality_id')
      .notNull()
      .references(() => municipality.id),
    qualification: text('qualification').$type<QualificationLevel>().notNull(),
    overriddenRules: text('overridden_rules')
      .array()
      .notNull()
      .default(sql`'{}'::text[]`),
    overrideReason: text('override_reason'),
    status: text('status')
      .$type<EnrolmentConfirmationStatus>()
      .notNull()
      .default('awaiting_confirmation'),
    answeredAt: timestamp('answered_at', { withTimezone: true }),
    jointCustomershipId: uuid('joint_customership_id').references(() => jointCustomership.id),
    ...timestamps,
  },
  (t) => [
    index('enrolment_confirmation_customer_id_idx').on(t.customerId),
    index('enrolment_confirmation_programme_id_idx').on(t.programmeId),
    index('enrolment_confirmation_organisation_id_idx').on(t.organisationId),
    index('enrolment_confirmation_municipality_id_idx').on(t.municipalityId),
    index('enrolment_confirmation_requested_by_user_id_idx').on(t.requestedByUserId),
    index('enrolment_confirmation_joint_customership_id_idx').on(t.jointCustomershipId),
    // One open request per person and organisation: a second enrolment reuses it.
    uniqueIndex('enrolment_confirmation_one_open_key')
      .on(t.customerId, t.organisationId)
      .where(sql`status = 'awaiting_confirmation'`),
    check('enrolment_confirmation_status_check', inList('status', enrolmentConfirmationStatuses)),
    check(
      'enrolment_confirmation_qualification_check',
      inList('qualification', qualificationLevels),
    ),
    check(
      'enrolment_confirmation_answer_check',
      sql`(${t.status} = 'awaiting_confirmation') = (${t.answeredAt} is null)`,
    ),
    check(
      'enrolment_confirmation_override_check',
      sql`cardinality(${t.overriddenRules}) = 0 or ${t.overrideReason} is not null`,
    ),
  ],
)

/** One named contact person per participating organisation. */
export const teamMember = pgTable(
  'team_member',
  {
    id: idColumn(),
    jointCustomershipId: uuid('joint_customership_id')
      .notNull()
      .references(() => jointCustomership.id),
    organisationId: uuid('organisation_id')
      .notNull()
      .references(() => organisation.id),
    contactUserId: uuid('contact_user_id').references(() => userAccount.id),
    ...timestamps,
  },
  (t) => [
    uniqueIndex('team_member_organisation_key').on(t.jointCustomershipId, t.organisationId),
    index('team_member_organisation_id_idx').on(t.organisationId),
    index('team_member_contact_user_id_idx').on(t.contactUserId),
  ],
)

export const raisedIndicator = pgTable(
  'raised_indicator',
  {
    id: idColumn(),
    jointCustomershipId: uuid('joint_customership_id')
      .notNull()
      .references(() => jointCustomership.id),
    indicatorId: uuid('indicator_id')
      .notNull()
      .references(() => cooperationIndicator.id),
    raisedByUserId: uuid('raised_by_user_id').references(() => userAccount.id),
    raisedByOrganisationId: uuid('raised_by_organisation_id')
      .notNull()
      .references(() => organisation.id),
    raisedAt: timestamp('raised_at', { withTimezone: true }).notNull(),
    /** The indicator's category when raised: who may see what it is (relations.ts). */
    dataCategory: text('data_category').$type<DataCategory>().notNull(),
    /** The cards offered when raised; kept until one is opened or the indicator is closed. */
    offeredCardVersionIds: uuid('offered_card_version_ids')
      .array()
      .notNull()
      .default(sql`'{}'::uuid[]`),
    /** Set when the indicator is closed (also when the case ends); null while it is active. */
    closedAt: timestamp('closed_at', { withTimezone: true }),
    ...timestamps,
  },
  (t) => [
    index('raised_indicator_joint_customership_id_idx').on(t.jointCustomershipId),
    // An indicator is active on a case once at a time: raising it again points to this one.
    uniqueIndex('raised_indicator_one_active_key')
      .on(t.jointCustomershipId, t.indicatorId)
      .where(sql`closed_at is null`),
    index('raised_indicator_indicator_id_idx').on(t.indicatorId),
    index('raised_indicator_raised_by_user_id_idx').on(t.raisedByUserId),
    index('raised_indicator_raised_by_organisation_id_idx').on(t.raisedByOrganisationId),
  ],
)

/** An event card opened on a case; it keeps the version it started on. */
export const openedEventCard = pgTable(
  'opened_event_card',
  {
    id: idColumn(),
    jointCustomershipId: uuid('joint_customership_id')
      .notNull()
      .references(() => jointCustomership.id),
    eventCardVersionId: uuid('event_card_version_id')
      .notNull()
      .references(() => eventCardVersion.id),
    raisedIndicatorId: uuid('raised_indicator_id').references(() => raisedIndicator.id),
    openedByUserId: uuid('opened_by_user_id').references(() => userAccount.id),
    openedAt: timestamp('opened_at', { withTimezone: true }).notNull(),
    ...timestamps,
  },
  (t) => [
    index('opened_event_card_joint_customership_id_idx').on(t.jointCustomershipId),
    index('opened_event_card_event_card_version_id_idx').on(t.eventCardVersionId),
    index('opened_event_card_raised_indicator_id_idx').on(t.raisedIndicatorId),
    index('opened_event_card_opened_by_user_id_idx').on(t.openedByUserId),
  ],
)

export const serviceAction = pgTable(
  'service_action',
  {
    id: idColumn(),
    jointCustomershipId: uuid('joint_customership_id')
      .notNull()
      .references(() => jointCustomership.id),
    openedEventCardId: uuid('opened_event_card_id').references(() => openedEventCard.id),
    eventCardStepId: uuid('event_card_step_id').references(() => eventCardStep.id),
    ownerOrganisationId: uuid('owner_organisation_id')
      .notNull()
      .references(() => organisation.id),
    ownerUserId: uuid('owner_user_id').references(() => userAccount.id),
    /** Copied from the step when opened, so a later card version never changes it. */
    instructionFi: text('instruction_fi').notNull(),
    instructionSv: text('instruction_sv').notNull(),
    instructionEn: text('instruction_en').notNull(),
    customerTextFi: text('customer_text_fi').notNull(),
    customerTextSv: text('customer_text_sv').notNull(),
    customerTextEn: text('customer_text_en').notNull(),
    dataCategory: text('data_category').$type<DataCategory>().notNull(),
    status: text('status').$type<ServiceActionStatus>().notNull(),
    /** Why the status or owner last changed without the owner's doing; null otherwise. */
    statusReason: text('status_reason').$type<ServiceActionStatusReason>(),
    /** The organisation that had the step before it was handed to the enrolling organisation. */
    handedOverFromOrganisationId: uuid('handed_over_from_organisation_id').references(
      () => organisation.id,
    ),
    dueOn: date('due_on').notNull(),
    doneAt: timestamp('done_at', { withTimezone: true }),
    /** The worker's optional word on what was done; the team sees it, the young person not. */
    doneComment: text('done_comment'),
    /** When the step was last given to its owner worker (notices of newly assigned steps). */
    assignedAt: timestamp('assigned_at', { withTimezone: true }),
    version: integer('version').notNull().default(1),
    ...timestamps,
  },
  (t) => [
    index('service_action_joint_customership_id_idx').on(t.jointCustomershipId),
    index('service_action_opened_event_card_id_idx').on(t.openedEventCardId),
    index('service_action_event_card_step_id_idx').on(t.eventCardStepId),
    index('service_action_owner_queue_idx').on(t.ownerOrganisationId, t.status, t.dueOn),
    index('service_action_owner_user_id_idx').on(t.ownerUserId),
    index('service_action_handed_over_from_organisation_id_idx').on(t.handedOverFromOrganisationId),
    check('service_action_status_check', inList('status', serviceActionStatuses)),
    check(
      'service_action_status_reason_check',
      sql`status_reason is null or ${inList('status_reason', serviceActionStatusReasons)}`,
    ),
    check('service_action_done_check', sql`(${t.status} = 'done') = (${t.doneAt} is not null)`),
    check(
      'service_action_done_comment_check',
      sql`${t.doneComment} is null or length(${t.doneComment}) between 1 and 2000`,
    ),
  ],
)

/** One timeline per customer of everything that happened; details are ids and codes only. */
export const timelineEvent = pgTable(
  'timeline_event',
  {
    id: idColumn(),
    jointCustomershipId: uuid('joint_customership_id')
      .notNull()
      .references(() => jointCustomership.id),
    kind: text('kind').$type<TimelineEventKind>().notNull(),
    occurredAt: timestamp('occurred_at', { withTimezone: true }).notNull(),
    actorUserId: uuid('actor_user_id').references(() => userAccount.id),
    actorOrganisationId: uuid('actor_organisation_id').references(() => organisation.id),
    dataCategory: text('data_category').$type<DataCategory>().notNull(),
    recordId: uuid('record_id'),
    details: jsonb('details').$type<Record<string, string | number | null>>().notNull(),
    ...timestamps,
  },
  (t) => [
    index('timeline_event_joint_customership_id_idx').on(t.jointCustomershipId, t.occurredAt),
    index('timeline_event_actor_user_id_idx').on(t.actorUserId),
    index('timeline_event_record_id_idx').on(t.recordId),
    index('timeline_event_actor_organisation_id_idx').on(t.actorOrganisationId),
    check('timeline_event_kind_check', inList('kind', timelineEventKinds)),
  ],
)

/** A backstage note; visible only to team organisations whose consent covers its category. */
export const caseNote = pgTable(
  'case_note',
  {
    id: idColumn(),
    jointCustomershipId: uuid('joint_customership_id')
      .notNull()
      .references(() => jointCustomership.id),
    authorUserId: uuid('author_user_id')
      .notNull()
      .references(() => userAccount.id),
    authorOrganisationId: uuid('author_organisation_id')
      .notNull()
      .references(() => organisation.id),
    dataCategory: text('data_category').$type<DataCategory>().notNull(),
    body: text('body').notNull(),
    ...timestamps,
  },
  (t) => [
    index('case_note_joint_customership_id_idx').on(t.jointCustomershipId, t.createdAt),
    index('case_note_author_user_id_idx').on(t.authorUserId),
    index('case_note_author_organisation_id_idx').on(t.authorOrganisationId),
    check('case_note_body_check', sql`length(${t.body}) between 1 and 10000`),
  ],
)

/** The common channel: the young person with their team, and a team-only thread. */
export const caseMessage = pgTable(
  'case_message',
  {
    id: idColumn(),
    jointCustomershipId: uuid('joint_customership_id')
      .notNull()
      .references(() => jointCustomership.id),
    thread: text('thread').$type<MessageThread>().notNull(),
    authorUserId: uuid('author_user_id')
      .notNull()
      .references(() => userAccount.id),
    /** Null when the young person wrote it. */
    authorOrganisationId: uuid('author_organisation_id').references(() => organisation.id),
    body: text('body').notNull(),
    ...timestamps,
  },
  (t) => [
    index('case_message_thread_idx').on(t.jointCustomershipId, t.thread, t.createdAt),
    index('case_message_author_user_id_idx').on(t.authorUserId),
    index('case_message_author_organisation_id_idx').on(t.authorOrganisationId),
    check('case_message_thread_check', inList('thread', messageThreads)),
    check('case_message_body_check', sql`length(${t.body}) between 1 and 5000`),
  ],
)

export const serviceActionComment = pgTable(
  'service_action_comment',
  {
    id: idColumn(),
    serviceActionId: uuid('service_action_id')
      .notNull()
      .references(() => serviceAction.id),
    authorUserId: uuid('author_user_id')
      .notNull()
      .references(() => userAccount.id),
    authorOrganisationId: uuid('author_organisation_id')
      .notNull()
      .references(() => organisation.id),
    body: text('body').notNull(),
    ...timestamps,
  },
  (t) => [
    index('service_action_comment_service_action_id_idx').on(t.serviceActionId, t.createdAt),
    index('service_action_comment_author_user_id_idx').on(t.authorUserId),
    index('service_action_comment_author_organisation_id_idx').on(t.authorOrganisationId),
    check('service_action_comment_body_check', sql`length(${t.body}) between 1 and 5000`),
  ],
)

/** Until when a worker has read their notices (notices.ts derives the notices themselves). */
export const noticeMarker = pgTable(
  'notice_marker',
  {
    id: idColumn(),
    userAccountId: uuid('user_account_id')
      .notNull()
      .references(() => userAccount.id, { onDelete: 'cascade' }),
    seenAt: timestamp('seen_at', { withTimezone: true }).notNull(),
    ...timestamps,
  },
  (t) => [uniqueIndex('notice_marker_user_account_id_key').on(t.userAccountId)],
)
