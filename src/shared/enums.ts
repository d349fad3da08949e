/**
 * Every enumeration, defined once. The database CHECKs (`inList`), the zod schemas and so the
 * OpenAPI document, the generated web types and the web app's choices all derive from these.
 * Nothing here may import server code: the web app imports this file.
 */
export const locales = ['fi', 'sv', 'en'] as const
export type Locale = (typeof locales)[number]

export const userRoles = ['person', 'worker', 'coordinator'] as const
export type UserRole = (typeof userRoles)[number]

export const memberRoles = ['worker', 'coordinator'] as const
export type MemberRole = (typeof memberRoles)[number]

export const organisationKinds = [
  'employment_services',
  'social_insurance',
  'municipality',
  'wellbeing_services_county',
  'coordinator',
  'service_provider',
] as const
export type OrganisationKind = (typeof organisationKinds)[number]

export const qualificationLevels = [
  'none',
  'upper_secondary_general',
  'vocational',
  'higher',
] as const
export type QualificationLevel = (typeof qualificationLevels)[number]

export const consentPurposes = ['joint_customership'] as const
export type ConsentPurpose = (typeof consentPurposes)[number]

/**
 * What a consent may cover. `health` is a special category (GDPR art. 9): shared only where a
 * consent names it explicitly.
 */
export const dataCategories = [
  'identity_and_contact',
  'employment_and_plan',
  'education',
  'benefits',
  'competence',
  'health',
] as const
export type DataCategory = (typeof dataCategories)[number]
export const specialDataCategories: readonly DataCategory[] = ['health']

// 'online': given by the signed-in young person; 'recorded_by_worker': given in person, recorded.
export const consentMethods = ['online', 'recorded_by_worker'] as const
export type ConsentMethod = (typeof consentMethods)[number]

/**
 * Stored states; `expired` is derived at read time from `valid_until`. `awaiting_confirmation`:
 * recorded in person with a special category, in force only once the young person confirms it.
 */
export const storedConsentStatuses = ['given', 'withdrawn', 'awaiting_confirmation'] as const
export type StoredConsentStatus = (typeof storedConsentStatuses)[number]
export const consentStatuses = [...storedConsentStatuses, 'expired'] as const
export type ConsentStatus = (typeof consentStatuses)[number]

// 'cancelled': closed unanswered because the joint customership ended.
export const consentRequestStatuses = ['requested', 'accepted', 'declined', 'cancelled'] as const
export type ConsentRequestStatus = (typeof consentRequestStatuses)[number]

/** An organisation's enrolment of a person known already, until the person answers it. */
export const enrolmentConfirmationStatuses = [
  'awaiting_confirmation',
  'confirmed',
  'declined',
] as const
export type EnrolmentConfirmationStatus = (typeof enrolmentConfirmationStatuses)[number]

/**
 * What an enrolment led to: a new customer enrolled; a known person asked to confirm the new
 * joint customership; or, while their joint customership is open, asked to let the organisation
 * join the team. Only `enrolled` names the customer to the enrolling organisation.
 */
export const enrolmentOutcomes = ['enrolled', 'awaiting_confirmation', 'join_requested'] as const
export type EnrolmentOutcome = (typeof enrolmentOutcomes)[number]

export const eligibilityRules = [
  'age',
  'qualification',
  'municipality',
  'programme_period',
] as const
export type EligibilityRule = (typeof eligibilityRules)[number]

export const endReasons = [
  'employed_open_market',
  'subsidised_employment',
  'education',
  'other_service',
  'moved_away',
  'no_longer_needed',
  'other',
] as const
export type EndReason = (typeof endReasons)[number]

export const serviceActionStatuses = [
  'waiting_for_consent',
  'open',
  'in_progress',
  'done',
  'cancelled',
] as const
export type ServiceActionStatus = (typeof serviceActionStatuses)[number]

/** Why a step's status or owner changed without its owner's doing (shown with the status). */
export const serviceActionStatusReasons = [
  'consent_withdrawn',
  'consent_expired',
  'case_ended',
] as const
export type ServiceActionStatusReason = (typeof serviceActionStatusReasons)[number]

/**
 * An event card step's rule for when its organisation loses the consent it worked on: the step
 * waits until the young person consents again, or the enrolling organisation takes it over.
 */
export const consentLossRules = ['wait_for_consent', 'hand_to_enrolling_organisation'] as const
export type ConsentLossRule = (typeof consentLossRules)[number]

export const timelineEventKinds = [
  'enrolled',
  'team_member_added',
  'indicator_raised',
  'indicator_closed',
  'event_card_opened',
  'service_action_created',
  'service_action_status_changed',
  'service_action_handed_over',
  'service_action_comment',
  'service_action_assigned',
  'note_added',
  'message_sent',
  'ended',
  'consent_expired',
  'consent_given',
  'consent_recorded',
  'consent_confirmed',
  'consent_withdrawn',
] as const
export type TimelineEventKind = (typeof timelineEventKinds)[number]

export const messageThreads = ['customer', 'team'] as const
export type MessageThread = (typeof messageThreads)[number]

export const eventCardStatuses = ['draft', 'published', 'retired'] as const
export type EventCardStatus = (typeof eventCardStatuses)[number]

export const auditOutcomes = ['success', 'denied', 'failure'] as const
export type AuditOutcome = (typeof auditOutcomes)[number]

/** A service in the service tray: drafted, published (public and offered to workers), retired. */
export const serviceStatuses = ['draft', 'published', 'retired'] as const
export type ServiceStatus = (typeof serviceStatuses)[number]

/** Days of the week as iCalendar (RFC 5545) writes them, which HSDS schedules use. */
export const weekdays = ['MO', 'TU', 'WE', 'TH', 'FR', 'SA', 'SU'] as const
export type Weekday = (typeof weekdays)[number]

/** Languages a service is given in (ISO 639-1; `se` is Northern Sami). */
export const serviceLanguageCodes = ['fi', 'sv', 'en', 'se', 'ru', 'et', 'ar', 'so', 'uk'] as const
export type ServiceLanguageCode = (typeof serviceLanguageCodes)[number]

/**
 * A job posting's life: an employer's own submission waits for a coordinator's moderation;
 * an imported one is published as it comes; `expired` once its application deadline passed.
 */
export const jobPostingStates = [
  'draft',
  'pending_moderation',
  'published',
  'rejected',
  'closed',
  'expired',
] as const
export type JobPostingState = (typeof jobPostingStates)[number]

export const employmentTypes = [
  'permanent',
  'fixed_term',
  'summer_job',
  'apprenticeship',
  'traineeship',
] as const
export type EmploymentType = (typeof employmentTypes)[number]

export const workingTimes = ['full_time', 'part_time', 'shift_work'] as const
export type WorkingTime = (typeof workingTimes)[number]

/** Common European Framework of Reference levels, lowest first. */
export const cefrLevels = ['A1', 'A2', 'B1', 'B2', 'C1', 'C2'] as const
export type CefrLevel = (typeof cefrLevels)[number]

/** How a young person answered a job a worker suggested. */
export const jobSuggestionResponses = ['interesting', 'applied', 'not_for_me'] as const
export type JobSuggestionResponse = (typeof jobSuggestionResponses)[number]
