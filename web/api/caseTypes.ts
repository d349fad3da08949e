/** The JSON shapes of the joint-customership API (see /api/openapi.json) as the web app uses them. */
import type { LocalisedName } from '../i18n/format'
import type { DataCategory } from './types'

export const qualificationLevels = [
  'none',
  'upper_secondary_general',
  'vocational',
  'higher',
] as const
export type Qualification = (typeof qualificationLevels)[number]

export interface Programme {
  id: string
  code: string
  name: LocalisedName
  startsOn: string
  endsOn: string | null
  maxAgeExclusive: number
  minQualification: Qualification
  municipalities: { id: string; code: string; name: LocalisedName }[]
}

export type EligibilityRule = 'age' | 'qualification' | 'municipality' | 'programme_period'

export interface EnrolmentCheckInput {
  identityCode: string
  programmeId: string
  municipalityId: string
  qualification: Qualification
}

export interface EnrolmentCheck {
  rules: { rule: EligibilityRule; ok: boolean }[]
  eligible: boolean
  existingCustomerId: string | null
  alreadyEnrolled: boolean
}

export interface EnrolmentInput extends EnrolmentCheckInput {
  firstName: string
  lastName: string
  email: string | null
  phone: string | null
  overrideReason: string | null
}

export interface Enrolment {
  customerId: string
  jointCustomershipId: string
  overriddenRules: EligibilityRule[]
}

export interface Contact {
  id: string
  displayName: string
  email: string | null
  phone: string | null
}

export interface TeamMember {
  organisation: { id: string; name: LocalisedName }
  contact: Contact | null
}

export const serviceActionStatuses = [
  'waiting_for_consent',
  'open',
  'in_progress',
  'done',
  'cancelled',
] as const
export type ServiceActionStatus = (typeof serviceActionStatuses)[number]

export interface ServiceAction {
  id: string
  customerId: string
  ownerOrganisationId: string
  ownerUserId: string | null
  instruction: LocalisedName
  customerText: LocalisedName
  status: ServiceActionStatus
  dueOn: string
  overdue: boolean
  doneAt: string | null
  version: number
  /** What the viewer may do with this step: the UI offers exactly these. */
  permittedActions: StepAction[]
}

export type StepAction = 'service_action.read' | 'service_action.update' | 'service_action.comment'
export type CaseAction = 'case.read' | 'case.write' | 'consent.give'

export interface RaisedIndicator {
  id: string
  raisedAt: string
  raisedByOrganisationId: string
  indicator: { id: string; code: string; name: LocalisedName } | null
  /** An indicator of a category the viewer may not see: only "support needed" is shown. */
  withheld: boolean
}

export interface Case {
  jointCustomership: {
    id: string
    programmeId: string
    enrollingOrganisationId: string
    enrolledOn: string
    endedOn: string | null
    endReason: EndReason | null
    version: number
  }
  team: TeamMember[]
  indicators: RaisedIndicator[]
  serviceActions: ServiceAction[]
  permittedActions: CaseAction[]
}

export interface CooperationIndicator {
  id: string
  code: string
  name: LocalisedName
  dataCategory: DataCategory
  active: boolean
}

export type IndicatorInput = Omit<CooperationIndicator, 'id'>

export interface EventCardStep {
  id: string
  position: number
  responsibleOrganisationId: string
  dueInDays: number
  instruction: LocalisedName
  customerText: LocalisedName
}

export type EventCardStatus = 'draft' | 'published' | 'retired'

export interface EventCardVersion {
  id: string
  eventCardId: string
  code: string
  version: number
  status: EventCardStatus
  name: LocalisedName
  waysOfWorking: LocalisedName
  indicatorIds: string[]
  publishedAt: string | null
  steps: EventCardStep[]
}

export interface EventCardInput {
  name: LocalisedName
  waysOfWorking: LocalisedName
  indicatorIds: string[]
  steps: Omit<EventCardStep, 'id' | 'position'>[]
}

export interface PlanStep {
  id: string
  text: LocalisedName
  dueOn: string
  status: ServiceActionStatus
  overdue: boolean
  contact: Contact | null
}

export interface Plan {
  jointCustomershipId: string
  enrolledOn: string
  endedOn: string | null
  steps: PlanStep[]
  team: TeamMember[]
}

export interface ConsentRequest {
  id: string
  organisation: { id: string; name: LocalisedName }
  purpose: string
  dataCategories: DataCategory[]
  status: 'requested' | 'accepted' | 'declined'
  requestedAt: string
  answeredAt: string | null
}

export interface Note {
  id: string
  createdAt: string
  author: { id: string; displayName: string }
  organisationId: string
  dataCategory: DataCategory
  body: string
}

export interface Message {
  id: string
  createdAt: string
  author: { id: string; displayName: string }
  organisationId: string | null
  fromCustomer: boolean
  body: string
}

export const timelineKinds = [
  'enrolled',
  'team_member_added',
  'indicator_raised',
  'event_card_opened',
  'service_action_created',
  'service_action_status_changed',
  'service_action_comment',
  'note_added',
  'message_sent',
  'ended',
] as const
export type TimelineKind = (typeof timelineKinds)[number]

export interface TimelineEvent {
  id: string
  kind: TimelineKind
  occurredAt: string
  actorOrganisationId: string | null
  /** Null when withheld: the viewer may not see the event's category. */
  dataCategory: DataCategory | null
  recordId: string | null
  details: Record<string, string | number | null>
  /** A raised indicator the viewer may not see: only "support needed" is shown. */
  withheld: boolean
}

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

export interface LeadTimes {
  from: string
  to: string
  enrolments: number
  medianDaysToFirstAction: number | null
  medianDaysIndicatorToFirstDone: number | null
  perOrganisation: {
    organisationId: string
    steps: number
    doneOnTime: number
    doneLate: number
    openOverdue: number
  }[]
}
