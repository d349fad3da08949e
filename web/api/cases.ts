import { request } from './client'
import type {
  Case,
  ConsentRequest,
  CooperationIndicator,
  EndReason,
  Enrolment,
  EnrolmentCheck,
  EnrolmentCheckInput,
  EnrolmentInput,
  EventCardInput,
  EventCardVersion,
  IndicatorInput,
  LeadTimes,
  Message,
  Note,
  Plan,
  Programme,
  ServiceAction,
  TimelineEvent,
} from './caseTypes'
import type { Consent, DataCategory, Page } from './types'

const customerPath = (customerId: string): string =>
  `/api/v1/customers/${encodeURIComponent(customerId)}`
const casePath = (customerId: string): string => `${customerPath(customerId)}/case`
const versionPath = (versionId: string): string =>
  `/api/v1/event-cards/versions/${encodeURIComponent(versionId)}`

export type Thread = 'customer' | 'team'
export type QueueScope = 'mine' | 'organisation'

export interface ServiceActionChange {
  version: number
  status?: 'open' | 'in_progress' | 'done' | 'cancelled'
  ownerUserId?: string | null
}

/** The joint customership, its catalogue and the work queue; identity codes travel in bodies only. */
export const caseApi = {
  programmes: () => request<{ items: Programme[] }>('GET', '/api/v1/programmes'),
  checkEnrolment: (input: EnrolmentCheckInput) =>
    request<EnrolmentCheck>('POST', '/api/v1/enrolments/check', input),
  enrol: (input: EnrolmentInput) => request<Enrolment>('POST', '/api/v1/enrolments', input),

  case: (customerId: string) => request<Case>('GET', casePath(customerId)),
  raiseIndicator: (customerId: string, indicatorId: string) =>
    request<{ raisedIndicatorId: string; offeredCards: EventCardVersion[] }>(
      'POST',
      `${casePath(customerId)}/indicators`,
      { indicatorId },
    ),
  openEventCard: (customerId: string, eventCardVersionId: string, raisedIndicatorId: string) =>
    request<{ openedEventCardId: string; serviceActions: ServiceAction[] }>(
      'POST',
      `${casePath(customerId)}/event-cards`,
      { eventCardVersionId, raisedIndicatorId },
    ),
  setContact: (customerId: string, contactUserId: string) =>
    request<undefined>('PUT', `${casePath(customerId)}/contact`, { contactUserId }),
  endCase: (customerId: string, input: { reason: EndReason; endedOn: string; version: number }) =>
    request<{ endedOn: string; reason: EndReason; cancelledSteps: number }>(
      'POST',
      `${casePath(customerId)}/end`,
      input,
    ),
  timeline: (customerId: string, page: number, pageSize: number) =>
    request<Page<TimelineEvent>>(
      'GET',
      `${casePath(customerId)}/timeline?page=${page}&pageSize=${pageSize}`,
    ),
  notes: (customerId: string) => request<{ items: Note[] }>('GET', `${casePath(customerId)}/notes`),
  addNote: (customerId: string, dataCategory: DataCategory, body: string) =>
    request<{ id: string }>('POST', `${casePath(customerId)}/notes`, { dataCategory, body }),

  messages: (customerId: string, thread: Thread) =>
    request<{ items: Message[] }>('GET', threadPath(customerId, thread)),
  sendMessage: (customerId: string, thread: Thread, body: string) =>
    request<{ id: string }>('POST', threadPath(customerId, thread), { body }),

  consentRequests: (customerId: string) =>
    request<{ items: ConsentRequest[] }>('GET', `${customerPath(customerId)}/consent-requests`),
  requestConsent: (customerId: string, organisationId: string, dataCategories: DataCategory[]) =>
    request<{ id: string }>('POST', `${customerPath(customerId)}/consent-requests`, {
      organisationId,
      dataCategories,
    }),
  answerConsentRequest: (customerId: string, requestId: string, accept: boolean) =>
    request<{ consentId: string | null; openedSteps: number }>(
      'POST',
      `${customerPath(customerId)}/consent-requests/${encodeURIComponent(requestId)}/answer`,
      { accept },
    ),
  /** A consent the young person gave in person, recorded by the enrolling organisation. */
  recordConsent: (customerId: string, recipientOrganisationId: string, cats: DataCategory[]) =>
    request<Consent>('POST', `${customerPath(customerId)}/consents`, {
      recipientOrganisationId,
      purpose: 'joint_customership',
      dataCategories: cats,
    }),

  plan: (customerId: string) => request<Plan>('GET', `${customerPath(customerId)}/plan`),

  workQueue: (scope: QueueScope, overdueOnly: boolean, page: number, pageSize: number) => {
    const params = new URLSearchParams({
      scope,
      overdueOnly: String(overdueOnly),
      page: String(page),
      pageSize: String(pageSize),
    })
    return request<Page<ServiceAction>>('GET', `/api/v1/service-actions?${params.toString()}`)
  },
  updateServiceAction: (id: string, change: ServiceActionChange) =>
    request<ServiceAction>('PATCH', `/api/v1/service-actions/${encodeURIComponent(id)}`, change),

  indicators: (includeInactive = false) =>
    request<{ items: CooperationIndicator[] }>(
      'GET',
      `/api/v1/cooperation-indicators${includeInactive ? '?includeInactive=true' : ''}`,
    ),
  addIndicator: (input: IndicatorInput) =>
    request<{ id: string }>('POST', '/api/v1/cooperation-indicators', input),
  updateIndicator: (id: string, input: IndicatorInput) =>
    request<{ id: string }>(
      'PUT',
      `/api/v1/cooperation-indicators/${encodeURIComponent(id)}`,
      input,
    ),

  eventCards: () => request<{ items: EventCardVersion[] }>('GET', '/api/v1/event-cards'),
  eventCardVersion: (versionId: string) => request<EventCardVersion>('GET', versionPath(versionId)),
  draftEventCard: (code: string, input: EventCardInput) =>
    request<EventCardVersion>('POST', '/api/v1/event-cards', { code, ...input }),
  updateDraft: (versionId: string, input: EventCardInput) =>
    request<EventCardVersion>('PUT', versionPath(versionId), input),
  publish: (versionId: string) =>
    request<EventCardVersion>('POST', `${versionPath(versionId)}/publish`),
  retire: (versionId: string) =>
    request<EventCardVersion>('POST', `${versionPath(versionId)}/retire`),

  leadTimes: (from: string, to: string) =>
    request<LeadTimes>('GET', `/api/v1/lead-times?from=${from}&to=${to}`),
}

function threadPath(customerId: string, thread: Thread): string {
  return thread === 'customer'
    ? `${customerPath(customerId)}/messages`
    : `${casePath(customerId)}/team-messages`
}
