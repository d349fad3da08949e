import type { DataCategory } from './types'
import type {
  EndReason,
  EnrolmentCheckInput,
  EnrolmentInput,
  EventCardInput,
  IndicatorInput,
} from './caseTypes'
import { call, client } from './client'
import type { paths } from './schema'
import type { Body } from './types'

const inCustomer = (customerId: string) => ({ params: { path: { customerId } } })
const inVersion = (versionId: string) => ({ params: { path: { versionId } } })

export type Thread = 'customer' | 'team'
type QueueQuery = NonNullable<paths['/api/v1/service-actions']['get']['parameters']['query']>
export type QueueScope = NonNullable<QueueQuery['scope']>
export type ServiceActionChange = Body<'/api/v1/service-actions/{serviceActionId}', 'patch'>

/** The joint customership, its catalogue and the work queue; identity codes travel in bodies only. */
export const caseApi = {
  programmes: () => call(client.GET('/api/v1/programmes')),
  checkEnrolment: (input: EnrolmentCheckInput) =>
    call(client.POST('/api/v1/enrolments/check', { body: input })),
  enrol: (input: EnrolmentInput) => call(client.POST('/api/v1/enrolments', { body: input })),

  case: (customerId: string) =>
    call(client.GET('/api/v1/customers/{customerId}/case', inCustomer(customerId))),
  /** The case view in one request: the case, the plan and the timeline's first page. */
  caseView: (customerId: string, timelineLimit: number) =>
    call(
      client.GET('/api/v1/customers/{customerId}/case-view', {
        params: { path: { customerId }, query: { timelineLimit } },
      }),
    ),
  raiseIndicator: (customerId: string, indicatorId: string) =>
    call(
      client.POST('/api/v1/customers/{customerId}/case/indicators', {
        ...inCustomer(customerId),
        body: { indicatorId },
      }),
    ),
  closeIndicator: (customerId: string, raisedIndicatorId: string) =>
    call(
      client.POST('/api/v1/customers/{customerId}/case/indicators/{raisedIndicatorId}/close', {
        params: { path: { customerId, raisedIndicatorId } },
      }),
    ),
  openEventCard: (customerId: string, eventCardVersionId: string, raisedIndicatorId: string) =>
    call(
      client.POST('/api/v1/customers/{customerId}/case/event-cards', {
        ...inCustomer(customerId),
        body: { eventCardVersionId, raisedIndicatorId },
      }),
    ),
  setContact: (customerId: string, contactUserId: string) =>
    call(
      client.PUT('/api/v1/customers/{customerId}/case/contact', {
        ...inCustomer(customerId),
        body: { contactUserId },
      }),
    ),
  endCase: (customerId: string, input: { reason: EndReason; endedOn: string; version: number }) =>
    call(
      client.POST('/api/v1/customers/{customerId}/case/end', {
        ...inCustomer(customerId),
        body: input,
      }),
    ),
  timeline: (customerId: string, after: string | null, limit: number) =>
    call(
      client.GET('/api/v1/customers/{customerId}/case/timeline', {
        params: { path: { customerId }, query: { limit, ...(after ? { after } : {}) } },
      }),
    ),
  notes: (customerId: string) =>
    call(client.GET('/api/v1/customers/{customerId}/case/notes', inCustomer(customerId))),
  addNote: (customerId: string, dataCategory: DataCategory, body: string) =>
    call(
      client.POST('/api/v1/customers/{customerId}/case/notes', {
        ...inCustomer(customerId),
        body: { dataCategory, body },
      }),
    ),

  /** The newest messages before `after`, oldest first; `next` leads to earlier ones. */
  messages: (customerId: string, thread: Thread, after: string | null = null) => {
    const params = { path: { customerId }, query: after ? { after } : {} }
    return thread === 'customer'
      ? call(client.GET('/api/v1/customers/{customerId}/messages', { params }))
      : call(client.GET('/api/v1/customers/{customerId}/case/team-messages', { params }))
  },
  sendMessage: (customerId: string, thread: Thread, body: string) =>
    thread === 'customer'
      ? call(
          client.POST('/api/v1/customers/{customerId}/messages', {
            ...inCustomer(customerId),
            body: { body },
          }),
        )
      : call(
          client.POST('/api/v1/customers/{customerId}/case/team-messages', {
            ...inCustomer(customerId),
            body: { body },
          }),
        ),

  consentRequests: (customerId: string) =>
    call(client.GET('/api/v1/customers/{customerId}/consent-requests', inCustomer(customerId))),
  requestConsent: (customerId: string, organisationId: string, dataCategories: DataCategory[]) =>
    call(
      client.POST('/api/v1/customers/{customerId}/consent-requests', {
        ...inCustomer(customerId),
        body: { organisationId, dataCategories },
      }),
    ),
  answerConsentRequest: (customerId: string, requestId: string, accept: boolean) =>
    call(
      client.POST('/api/v1/customers/{customerId}/consent-requests/{requestId}/answer', {
        params: { path: { customerId, requestId } },
        body: { accept },
      }),
    ),
  /** A consent the young person gave in person, recorded by the enrolling organisation. */
  recordConsent: (customerId: string, recipientOrganisationId: string, cats: DataCategory[]) =>
    call(
      client.POST('/api/v1/customers/{customerId}/consents', {
        ...inCustomer(customerId),
        body: { recipientOrganisationId, purpose: 'joint_customership', dataCategories: cats },
      }),
    ),

  plan: (customerId: string) =>
    call(client.GET('/api/v1/customers/{customerId}/plan', inCustomer(customerId))),

  workQueue: (scope: QueueScope, overdueOnly: boolean, after: string | null, limit: number) =>
    call(
      client.GET('/api/v1/service-actions', {
        params: {
          query: { scope, overdueOnly: String(overdueOnly), limit, ...(after ? { after } : {}) },
        },
      }),
    ),
  serviceAction: (serviceActionId: string) =>
    call(
      client.GET('/api/v1/service-actions/{serviceActionId}', {
        params: { path: { serviceActionId } },
      }),
    ),
  commentServiceAction: (serviceActionId: string, body: string) =>
    call(
      client.POST('/api/v1/service-actions/{serviceActionId}/comments', {
        params: { path: { serviceActionId } },
        body: { body },
      }),
    ),
  notices: (after: string | null, limit: number) =>
    call(
      client.GET('/api/v1/notices', { params: { query: { limit, ...(after ? { after } : {}) } } }),
    ),
  unreadNotices: () => call(client.GET('/api/v1/notices/unread')),
  markNoticesSeen: () => call(client.POST('/api/v1/notices/seen')),
  /** The workers of one's own organisation, to give a step to. */
  colleagues: (after: string | null, limit: number) =>
    call(
      client.GET('/api/v1/colleagues', {
        params: { query: { limit, ...(after ? { after } : {}) } },
      }),
    ),
  updateServiceAction: (serviceActionId: string, change: ServiceActionChange) =>
    call(
      client.PATCH('/api/v1/service-actions/{serviceActionId}', {
        params: { path: { serviceActionId } },
        body: change,
      }),
    ),

  indicators: (includeInactive = false) =>
    call(
      client.GET('/api/v1/cooperation-indicators', {
        params: { query: includeInactive ? { includeInactive: 'true' } : {} },
      }),
    ),
  addIndicator: (input: IndicatorInput) =>
    call(client.POST('/api/v1/cooperation-indicators', { body: input })),
  updateIndicator: (indicatorId: string, input: IndicatorInput) =>
    call(
      client.PUT('/api/v1/cooperation-indicators/{indicatorId}', {
        params: { path: { indicatorId } },
        body: input,
      }),
    ),

  eventCards: () => call(client.GET('/api/v1/event-cards')),
  eventCardVersion: (versionId: string) =>
    call(client.GET('/api/v1/event-cards/versions/{versionId}', inVersion(versionId))),
  draftEventCard: (code: string, input: EventCardInput) =>
    call(client.POST('/api/v1/event-cards', { body: { code, ...input } })),
  updateDraft: (versionId: string, input: EventCardInput) =>
    call(
      client.PUT('/api/v1/event-cards/versions/{versionId}', {
        ...inVersion(versionId),
        body: input,
      }),
    ),
  publish: (versionId: string) =>
    call(client.POST('/api/v1/event-cards/versions/{versionId}/publish', inVersion(versionId))),
  retire: (versionId: string) =>
    call(client.POST('/api/v1/event-cards/versions/{versionId}/retire', inVersion(versionId))),

  leadTimes: (from: string, to: string) =>
    call(client.GET('/api/v1/lead-times', { params: { query: { from, to } } })),
}
