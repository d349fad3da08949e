import { call, client } from './client'
import type { Body, GiveConsentInput, Locale } from './types'

export type CustomerFilters = Omit<Body<'/api/v1/customers/search', 'post'>, 'after' | 'limit'>

const inCustomer = (customerId: string) => ({ params: { path: { customerId } } })
const customerPath = (customerId: string): string =>
  `/api/v1/customers/${encodeURIComponent(customerId)}`

export const api = {
  signIn: (username: string, password: string) =>
    call(client.POST('/api/v1/session', { body: { username, password } })),
  signOut: () => call(client.DELETE('/api/v1/session')),
  signInMethods: () => call(client.GET('/api/v1/session/methods')),
  startIdentification: (locale: Locale) =>
    call(client.POST('/api/v1/session/identification', { body: { locale } })),
  /** The identification service's answer, as it arrived in the callback address. */
  finishIdentification: (answer: Record<string, string>) =>
    call(client.POST('/api/v1/session/identification/callback', { body: answer })),
  checkInvitation: (token: string) =>
    call(client.POST('/api/v1/invitations/check', { body: { token } })),
  acceptInvitation: (token: string, password: string, locale: Locale) =>
    call(client.POST('/api/v1/invitations/accept', { body: { token, password, locale } })),
  me: () => call(client.GET('/api/v1/me')),
  setLocale: (locale: Locale) => call(client.PATCH('/api/v1/me', { body: { locale } })),
  organisations: () => call(client.GET('/api/v1/organisations')),
  network: () => call(client.GET('/api/v1/network')),
  /** Names and identity codes travel in the body, never in a URL. */
  searchCustomers: (filters: CustomerFilters, after: string | null, limit: number) =>
    call(
      client.POST('/api/v1/customers/search', {
        body: { ...filters, limit, ...(after ? { after } : {}) },
      }),
    ),
  customer: (customerId: string) =>
    call(client.GET('/api/v1/customers/{customerId}', inCustomer(customerId))),
  consents: (customerId: string) =>
    call(client.GET('/api/v1/customers/{customerId}/consents', inCustomer(customerId))),
  giveConsent: (customerId: string, input: GiveConsentInput) =>
    call(
      client.POST('/api/v1/customers/{customerId}/consents', {
        ...inCustomer(customerId),
        body: input,
      }),
    ),
  withdrawConsent: (customerId: string, consentId: string, version: number) =>
    call(
      client.POST('/api/v1/customers/{customerId}/consents/{consentId}/withdraw', {
        params: { path: { customerId, consentId } },
        body: { version },
      }),
    ),
  /** A consent recorded in person that awaits the young person's confirmation takes effect. */
  confirmConsent: (customerId: string, consentId: string, version: number) =>
    call(
      client.POST('/api/v1/customers/{customerId}/consents/{consentId}/confirm', {
        params: { path: { customerId, consentId } },
        body: { version },
      }),
    ),
  enrolmentConfirmations: (customerId: string) =>
    call(
      client.GET('/api/v1/customers/{customerId}/enrolment-confirmations', inCustomer(customerId)),
    ),
  answerEnrolmentConfirmation: (customerId: string, confirmationId: string, accept: boolean) =>
    call(
      client.POST(
        '/api/v1/customers/{customerId}/enrolment-confirmations/{confirmationId}/answer',
        { params: { path: { customerId, confirmationId } }, body: { accept } },
      ),
    ),
  receiptUrl: (customerId: string, consentId: string): string =>
    `${customerPath(customerId)}/consents/${encodeURIComponent(consentId)}/receipt`,
  accessLog: (customerId: string, after: string | null, limit: number) =>
    call(
      client.GET('/api/v1/customers/{customerId}/access-log', {
        params: { path: { customerId }, query: { limit, ...(after ? { after } : {}) } },
      }),
    ),
}
