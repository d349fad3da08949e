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
import { userAccount } from '../../platform/auth/schema'
import { idColumn, inList, timestamps, type LocalisedText } from '../../platform/db/columns'
import { customer } from '../customers/schema'
import { organisation } from '../organisations/schema'
import {
  employmentTypes,
  jobPostingStates,
  jobSuggestionResponses,
  postingWorkingTimes,
  type EmploymentType,
  type JobPostingState,
  type JobSuggestionResponse,
  type PostingWorkingTime,
} from '../../shared/enums'
import type { MatchReason, MissingSkill } from '../../shared/job-match-reasons'

/**
 * An open job (or one on its way there). Classification concepts (occupation, skills) are kept
 * as their URIs: the classification itself is the competence module's. `match_keys` is the
 * posting's skills and occupation in one array, so that one GIN index finds candidates.
 */
export const jobPosting = pgTable(
  'job_posting',
  {
    id: idColumn(),
    /** Where it came from: a feed's name, or `employer` for a direct submission. */
    source: text('source').notNull(),
    sourceId: text('source_id').notNull(),
    state: text('state').$type<JobPostingState>().notNull(),
    title: text('title').notNull(),
    description: text('description').notNull(),
    employerName: text('employer_name').notNull(),
    employerBusinessId: text('employer_business_id').notNull(),
    /** Statistics Finland's three-digit municipality code. */
    municipalityCode: text('municipality_code').notNull(),
    occupationUri: text('occupation_uri'),
    requiredSkillUris: text('required_skill_uris')
      .array()
      .notNull()
      .default(sql`'{}'`),
    optionalSkillUris: text('optional_skill_uris')
      .array()
      .notNull()
      .default(sql`'{}'`),
    /** Labels of the posting's skills as the source gave them, shown for what is missing. */
    skillLabels: jsonb('skill_labels')
      .$type<Record<string, Partial<LocalisedText>>>()
      .notNull()
      .default({}),
    /** Required languages as `code:level` (`sv:B1`): the minimum CEFR level of each. */
    languageRequirements: text('language_requirements')
      .array()
      .notNull()
      .default(sql`'{}'`),
    matchKeys: text('match_keys')
      .array()
      .notNull()
      .default(sql`'{}'`),
    employmentType: text('employment_type').$type<EmploymentType>().notNull(),
    workingTime: text('working_time').$type<PostingWorkingTime>().notNull(),
    startsOn: date('starts_on'),
    validThrough: timestamp('valid_through', { withTimezone: true }).notNull(),
    applyUrl: text('apply_url'),
    applyEmail: text('apply_email'),
    applyText: text('apply_text'),
    /** Languages the posting is written in (ISO 639-1). */
    postingLanguages: text('posting_languages')
      .array()
      .notNull()
      .default(sql`'{fi}'`),
    publishedAt: timestamp('published_at', { withTimezone: true }),
    closedAt: timestamp('closed_at', { withTimezone: true }),
    rejectionReason: text('rejection_reason'),
    moderatedByUserId: uuid('moderated_by_user_id').references(() => userAccount.id),
    /** A direct submission: where the edit link went, and the link's token, hashed. */
    contactEmail: text('contact_email'),
    editTokenHash: text('edit_token_hash'),
    ...timestamps,
  },
  (t) => [
    uniqueIndex('job_posting_source_key').on(t.source, t.sourceId),
    uniqueIndex('job_posting_edit_token_hash_key').on(t.editTokenHash),
    index('job_posting_moderated_by_user_id_idx').on(t.moderatedByUserId),
    // The open list, newest first, in keyset order.
    index('job_posting_open_idx')
      .on(t.publishedAt.desc(), t.id.desc())
      .where(sql`state = 'published'`),
    // The same order within one municipality or occupation (the public list's filters, the
    // municipality page's newest jobs); the occupation one also gives the filter's options by a
    // skip scan (openJobOccupations), not a read of every open posting.
    index('job_posting_open_municipality_idx')
      .on(t.municipalityCode, t.publishedAt.desc(), t.id.desc())
      .where(sql`state = 'published'`),
    index('job_posting_open_occupation_idx')
      .on(t.occupationUri, t.publishedAt.desc(), t.id.desc())
      .where(sql`state = 'published'`),
    index('job_posting_state_valid_through_idx').on(t.state, t.validThrough),
    index('job_posting_municipality_code_idx').on(t.municipalityCode),
    index('job_posting_match_keys_idx')
      .using('gin', t.matchKeys)
      .where(sql`state = 'published'`),
    // Matching's contenders (matching.ts): a job whose every required skill a person may have
    // has its first one among theirs. Not partial: the planner uses an expression index's
    // statistics only when it is not.
    index('job_posting_first_required_skill_idx').on(sql`(${t.requiredSkillUris}[1])`),
    check('job_posting_state_check', inList('state', jobPostingStates)),
    check('job_posting_employment_type_check', inList('employment_type', employmentTypes)),
    check('job_posting_working_time_check', inList('working_time', postingWorkingTimes)),
    check('job_posting_municipality_code_check', sql`${t.municipalityCode} ~ '^[0-9]{3}$'`),
  ],
)

/**
 * Matching's index of the profiles it has matched: the keys derived from the competence
 * profile's facts at the last rematch (the profile stays the one source of the facts; nothing
 * reads them from here). A changed job finds the profiles it concerns through `match_keys`.
 */
export const jobSeeker = pgTable(
  'job_seeker',
  {
    id: idColumn(),
    customerId: uuid('customer_id')
      .notNull()
      .references(() => customer.id),
    skillUris: text('skill_uris').array().notNull(),
    occupationUris: text('occupation_uris').array().notNull(),
    municipalityCodes: text('municipality_codes').array().notNull(),
    /** Each language at its level and every level below (`sv:A1`, `sv:A2`, `sv:B1`). */
    languageLevels: text('language_levels').array().notNull(),
    /** The candidate keys: wished occupations, non-transversal skills and cards (matching.ts). */
    matchKeys: text('match_keys').array().notNull(),
    matchedAt: timestamp('matched_at', { withTimezone: true }).notNull(),
    ...timestamps,
  },
  (t) => [
    uniqueIndex('job_seeker_customer_id_key').on(t.customerId),
    index('job_seeker_match_keys_idx').using('gin', t.matchKeys),
    // A changed posting finds those who wish for its municipality.
    index('job_seeker_municipality_codes_idx').using('gin', t.municipalityCodes),
  ],
)

/** A customer's best open jobs with their reasons, computed when the profile or a job changes. */
export const jobMatch = pgTable(
  'job_match',
  {
    id: idColumn(),
    customerId: uuid('customer_id')
      .notNull()
      .references(() => customer.id),
    jobPostingId: uuid('job_posting_id')
      .notNull()
      .references(() => jobPosting.id),
    rank: integer('rank').notNull(),
    score: integer('score').notNull(),
    reasons: jsonb('reasons').$type<MatchReason[]>().notNull(),
    missing: jsonb('missing').$type<MissingSkill[]>().notNull(),
    computedAt: timestamp('computed_at', { withTimezone: true }).notNull(),
    ...timestamps,
  },
  (t) => [
    uniqueIndex('job_match_customer_id_job_posting_id_key').on(t.customerId, t.jobPostingId),
    index('job_match_job_posting_id_idx').on(t.jobPostingId, t.score.desc()),
  ],
)

/** A worker suggested a job to a young person; their answer and when they applied. */
export const jobSuggestion = pgTable(
  'job_suggestion',
  {
    id: idColumn(),
    customerId: uuid('customer_id')
      .notNull()
      .references(() => customer.id),
    jobPostingId: uuid('job_posting_id')
      .notNull()
      .references(() => jobPosting.id),
    suggestedByUserId: uuid('suggested_by_user_id')
      .notNull()
      .references(() => userAccount.id),
    organisationId: uuid('organisation_id')
      .notNull()
      .references(() => organisation.id),
    suggestedAt: timestamp('suggested_at', { withTimezone: true }).notNull(),
    response: text('response').$type<JobSuggestionResponse>(),
    responseReason: text('response_reason'),
    respondedAt: timestamp('responded_at', { withTimezone: true }),
    appliedAt: timestamp('applied_at', { withTimezone: true }),
    ...timestamps,
  },
  (t) => [
    uniqueIndex('job_suggestion_customer_id_job_posting_id_key').on(t.customerId, t.jobPostingId),
    index('job_suggestion_job_posting_id_idx').on(t.jobPostingId),
    index('job_suggestion_suggested_by_user_id_idx').on(t.suggestedByUserId),
    index('job_suggestion_organisation_id_idx').on(t.organisationId),
    check(
      'job_suggestion_response_check',
      sql`response is null or ${inList('response', jobSuggestionResponses)}`,
    ),
  ],
)
