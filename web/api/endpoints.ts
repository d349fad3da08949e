import { request } from './client'
import type {
  AccessLogEntry,
  Consent,
  CursorPage,
  CustomerListItem,
  CustomerSummary,
  GiveConsentInput,
  Locale,
  Me,
  Network,
  Organisation,
  Page,
} from './types'

const customerPath = (customerId: string): string =>
  `/api/v1/customers/${encodeURIComponent(customerId)}`

export const api = {
  signIn: (username: string, password: string) =>
    request<{ ok: true }>('POST', '/api/v1/session', { username, password }),
  signOut: () => request<undefined>('DELETE', '/api/v1/session'),
  me: () => request<Me>('GET', '/api/v1/me'),
  setLocale: (locale: Locale) => request<Me>('PATCH', '/api/v1/me', { locale }),
  organisations: () => request<{ items: Organisation[] }>('GET', '/api/v1/organisations'),
  network: () => request<Network>('GET', '/api/v1/network'),
  customers: (q: string, page: number, pageSize: number) => {
    const params = new URLSearchParams({ page: String(page), pageSize: String(pageSize) })
    if (q.trim()) params.set('q', q.trim())
    return request<Page<CustomerListItem>>('GET', `/api/v1/customers?${params.toString()}`)
  },
  customer: (customerId: string) => request<CustomerSummary>('GET', customerPath(customerId)),
  consents: (customerId: string) =>
    request<{ items: Consent[] }>('GET', `${customerPath(customerId)}/consents`),
  giveConsent: (customerId: string, input: GiveConsentInput) =>
    request<Consent>('POST', `${customerPath(customerId)}/consents`, input),
  withdrawConsent: (customerId: string, consentId: string, version: number) =>
    request<Consent>(
      'POST',
      `${customerPath(customerId)}/consents/${encodeURIComponent(consentId)}/withdraw`,
      { version },
    ),
  receiptUrl: (customerId: string, consentId: string): string =>
    `${customerPath(customerId)}/consents/${encodeURIComponent(consentId)}/receipt`,
  accessLog: (customerId: string, after: string | null, limit: number) => {
    const params = new URLSearchParams({ limit: String(limit) })
    if (after) params.set('after', after)
    return request<CursorPage<AccessLogEntry>>(
      'GET',
      `${customerPath(customerId)}/access-log?${params.toString()}`,
    )
  },
}
