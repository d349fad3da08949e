/**
 * Every enumeration, defined once. The database CHECKs (`inList`), the zod schemas and so the
 * OpenAPI document, the generated web types and the web app's choices all derive from these.
 * Nothing here may import server code: the web app imports this file.
 */
export const locales = ['fi', 'sv', 'en'] as const
export type Locale = (typeof locales)[number]

export const userRoles = [
  'person',
  'worker',
  'coordinator',
  'content_editor',
  'provider',
  'organisation_lead',
] as const
export type UserRole = (typeof userRoles)[number]

/**
 * `provider`: a user of a purchased service's provider organisation (docs/purchased-services.md).
 * `organisation_lead`: sees the monitoring figures and exports of their own organisation only
 * (docs/monitoring.md).
 */
export const memberRoles = [
  'worker',
  'coordinator',
  'content_editor',
  'provider',
  'organisation_lead',
] as const
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

/** `purchased_service`: what a provider of a purchased service needs for a referral. */
export const consentPurposes = [
  'joint_customership',
  'job_search_support',
  'purchased_service',
] as const
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

/**
 * What an event card step is: a task for its organisation, or a referral to a purchased service
 * (a contract or a framework arrangement) that the worker makes from the step.
 */
export const eventCardStepKinds = ['task', 'purchased_service_referral'] as const
export type EventCardStepKind = (typeof eventCardStepKinds)[number]

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
  'referral_sent',
  'referral_provider_chosen',
  'referral_choice_delegated',
  'referral_accepted',
  'referral_declined',
  'referral_started',
  'referral_progress',
  'referral_ended',
  'referral_outcome_corrected',
  'referral_withdrawn',
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

/** Classification concepts (ESCO's shape, docs/classification.md). */
export const conceptTypes = ['skill', 'occupation'] as const
export type ConceptType = (typeof conceptTypes)[number]

/** ESCO's `skillType` (`skill/competence`, `knowledge`) and our own `certificate` (cards, licences). */
export const skillTypes = ['skill', 'knowledge', 'certificate'] as const
export type SkillType = (typeof skillTypes)[number]

export const reuseLevels = [
  'transversal',
  'cross-sector',
  'sector-specific',
  'occupation-specific',
] as const
export type ReuseLevel = (typeof reuseLevels)[number]

export const skillRelationTypes = ['essential', 'optional'] as const
export type SkillRelationType = (typeof skillRelationTypes)[number]

/** The levels of the Common European Framework of Reference for Languages. */
export const cefrLevels = ['A1', 'A2', 'B1', 'B2', 'C1', 'C2'] as const
export type CefrLevel = (typeof cefrLevels)[number]

/** Qualification levels of a competence profile (the Finnish qualifications framework's steps). */
export const competenceQualificationLevels = [
  'basic_education',
  'upper_secondary_general',
  'vocational',
  'further_vocational',
  'specialist_vocational',
  'bachelor',
  'master',
  'doctorate',
] as const
export type CompetenceQualificationLevel = (typeof competenceQualificationLevels)[number]

export const workingTimes = ['full_time', 'part_time', 'either'] as const
export type WorkingTime = (typeof workingTimes)[number]

export const suggestionStatuses = ['suggested', 'accepted', 'rejected'] as const
export type SuggestionStatus = (typeof suggestionStatuses)[number]

/** How a version of a competence profile came about. */
export const profileSources = ['edit', 'import', 'suggestion'] as const
export type ProfileSource = (typeof profileSources)[number]

/** The sections of a competence profile a share link may show. */
export const shareSections = [
  'qualifications',
  'skills',
  'workExperience',
  'languages',
  'certificates',
  'interests',
  'wishedOccupations',
  'wishedMunicipalities',
  'availability',
] as const
export type ShareSection = (typeof shareSections)[number]
/** A public website content record (page, event): a draft, or published (from `publish_at`). */
export const contentStatuses = ['draft', 'published'] as const
export type ContentStatus = (typeof contentStatuses)[number]

/** Who a public event or page is for. */
export const contentAudiences = ['young_people', 'employers', 'everyone'] as const
export type ContentAudience = (typeof contentAudiences)[number]

/** The editable pages of the public website, each once per municipality (or region-wide). */
export const contentPageKinds = ['employers'] as const
export type ContentPageKind = (typeof contentPageKinds)[number]
/** What a purchased service's contract counts its capacity in. */
export const capacityUnits = ['customers', 'student_days'] as const
export type CapacityUnit = (typeof capacityUnits)[number]

/**
 * A referral to a purchased service: `awaiting_choice` while the young person picks one of a
 * framework arrangement's providers; then sent → accepted / declined → started → ended, or
 * withdrawn by the worker before it starts.
 */
export const referralStatuses = [
  'awaiting_choice',
  'sent',
  'accepted',
  'declined',
  'started',
  'ended',
  'withdrawn',
] as const
export type ReferralStatus = (typeof referralStatuses)[number]

export const referralDeclineReasons = ['capacity', 'eligibility', 'other'] as const
export type ReferralDeclineReason = (typeof referralDeclineReasons)[number]

/** How a purchased service ended; the result-based fees are priced per outcome. */
export const referralOutcomes = [
  'employed_open_market',
  'employed_subsidised',
  'studies',
  'other_service',
  'interrupted',
  'no_result',
] as const
export type ReferralOutcome = (typeof referralOutcomes)[number]
export const employmentOutcomes: readonly ReferralOutcome[] = [
  'employed_open_market',
  'employed_subsidised',
]

/** A fee line: the fixed fee per started customer, a result-based fee, or a later correction. */
export const feeKinds = ['fixed', 'result'] as const
export type FeeKind = (typeof feeKinds)[number]
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

/** A job posting's working time (a profile's availability is `workingTimes`). */
export const postingWorkingTimes = ['full_time', 'part_time', 'shift_work'] as const
export type PostingWorkingTime = (typeof postingWorkingTimes)[number]

/** How a young person answered a job a worker suggested. */
export const jobSuggestionResponses = ['interesting', 'applied', 'not_for_me'] as const
export type JobSuggestionResponse = (typeof jobSuggestionResponses)[number]

/** Where a monitoring fact came from: the enrolment form or an import of registry data. */
export const monitoringSources = ['enrolment', 'registry'] as const
export type MonitoringSource = (typeof monitoringSources)[number]

/** What a former customer was doing 3 or 6 months after their joint customership ended. */
/** A long monitoring export's way from the request to the file (docs/monitoring.md). */
export const monitoringExportStatuses = ['queued', 'running', 'done', 'failed'] as const
export type MonitoringExportStatus = (typeof monitoringExportStatuses)[number]

/** What the monthly figures can be broken down by (shared/monitoring.ts). */
export const monitoringDimensions = ['programme', 'municipality', 'organisation'] as const
export type MonitoringDimension = (typeof monitoringDimensions)[number]

/** The formats of downloadable tables (platform/export). */
export const exportFormats = ['csv', 'xlsx'] as const

export const followUpStatuses = ['employed', 'studying', 'unemployed', 'other'] as const
export type FollowUpStatus = (typeof followUpStatuses)[number]
