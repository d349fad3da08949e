/**
 * Names for the joint-customership API's JSON shapes, all taken from the generated
 * web/api/schema.d.ts; the enumerations are the server's own (src/shared/enums).
 */
import type { Schemas } from './client'
import type { Body, Ok } from './types'

export {
  consentLossRules,
  endReasons,
  qualificationLevels,
  serviceActionStatuses,
  timelineEventKinds as timelineKinds,
  type ConsentLossRule,
  type EligibilityRule,
  type EndReason,
  type EventCardStatus,
  type QualificationLevel as Qualification,
  type ServiceActionStatus,
  type TimelineEventKind as TimelineKind,
} from '../../src/shared/enums'

export type Programme = Ok<'/api/v1/programmes', 'get'>['items'][number]
export type EnrolmentCheckInput = Body<'/api/v1/enrolments/check', 'post'>
export type EnrolmentCheck = Ok<'/api/v1/enrolments/check', 'post'>
export type EnrolmentInput = Body<'/api/v1/enrolments', 'post'>
export type Enrolment = Ok<'/api/v1/enrolments', 'post'>
export type ServiceAction = Schemas['ServiceAction']
export type WorkQueueItem = Schemas['WorkQueueItem']
export type ServiceActionDetail = Ok<'/api/v1/service-actions/{serviceActionId}', 'get'>
export type OpenedEventCard = Case['eventCards'][number]
export type Notice = Ok<'/api/v1/notices', 'get'>['items'][number]
export type Colleague = Ok<'/api/v1/colleagues', 'get'>['items'][number]
export type Case = Schemas['JointCustomership']
export type CaseView = Schemas['CaseView']
export type TeamMember = Case['team'][number]
export type Contact = NonNullable<TeamMember['contact']>
export type RaisedIndicator = Case['indicators'][number]
export type CooperationIndicator = Schemas['CooperationIndicator']
export type IndicatorInput = Body<'/api/v1/cooperation-indicators', 'post'>
export type EventCardVersion = Schemas['EventCardVersion']
export type EventCardStep = EventCardVersion['steps'][number]
export type EventCardInput = Body<'/api/v1/event-cards/versions/{versionId}', 'put'>
export type Plan = Schemas['Plan']
export type PlanStep = Plan['steps'][number]
export type ConsentRequest = Schemas['ConsentRequest']
export type Note = Ok<'/api/v1/customers/{customerId}/case/notes', 'get'>['items'][number]
export type Message = Ok<'/api/v1/customers/{customerId}/messages', 'get'>['items'][number]
export type TimelineEvent = Ok<
  '/api/v1/customers/{customerId}/case/timeline',
  'get'
>['items'][number]
export type LeadTimes = Ok<'/api/v1/lead-times', 'get'>
