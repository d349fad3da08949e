import { call, client } from './client'
import type { components } from './schema'
import type { Body } from './types'

export type Contract = components['schemas']['Contract']
export type Referral = components['schemas']['Referral']
export type ReferralDetail = components['schemas']['ReferralDetail']
export type FeeTable = components['schemas']['FeeTable']
export type OutcomeInput = Body<'/api/v1/referrals/{referralId}/outcome', 'post'>

const inReferral = (referralId: string) => ({ params: { path: { referralId } } })

/** Purchased services: the provider's referrals and contracts, the coordinator's fees. */
export const purchasingApi = {
  ownContracts: () => call(client.GET('/api/v1/provider/contracts')),
  incoming: (after?: string) =>
    call(
      client.GET('/api/v1/provider/referrals', {
        params: { query: { limit: 20, ...(after ? { after } : {}) } },
      }),
    ),
  contracts: () => call(client.GET('/api/v1/contracts')),
  frameworks: () => call(client.GET('/api/v1/framework-arrangements')),
  refer: (customerId: string, body: Body<'/api/v1/customers/{customerId}/referrals', 'post'>) =>
    call(
      client.POST('/api/v1/customers/{customerId}/referrals', {
        params: { path: { customerId } },
        body,
      }),
    ),
  withdraw: (referralId: string) =>
    call(client.POST('/api/v1/referrals/{referralId}/withdraw', inReferral(referralId))),
  ofCustomer: (customerId: string) =>
    call(
      client.GET('/api/v1/customers/{customerId}/referrals', {
        params: { path: { customerId } },
      }),
    ),
  choose: (referralId: string, contractId: string) =>
    call(
      client.POST('/api/v1/referrals/{referralId}/choice', {
        ...inReferral(referralId),
        body: { contractId },
      }),
    ),
  referral: (referralId: string) =>
    call(client.GET('/api/v1/referrals/{referralId}', inReferral(referralId))),
  accept: (referralId: string) =>
    call(client.POST('/api/v1/referrals/{referralId}/accept', inReferral(referralId))),
  decline: (referralId: string, reason: 'capacity' | 'eligibility' | 'other') =>
    call(
      client.POST('/api/v1/referrals/{referralId}/decline', {
        ...inReferral(referralId),
        body: { reason },
      }),
    ),
  start: (referralId: string) =>
    call(client.POST('/api/v1/referrals/{referralId}/start', inReferral(referralId))),
  note: (referralId: string, body: string) =>
    call(
      client.POST('/api/v1/referrals/{referralId}/notes', {
        ...inReferral(referralId),
        body: { body },
      }),
    ),
  outcome: (referralId: string, body: OutcomeInput) =>
    call(
      client.POST('/api/v1/referrals/{referralId}/outcome', { ...inReferral(referralId), body }),
    ),
  fees: (month: string) =>
    call(client.GET('/api/v1/fees/{month}', { params: { path: { month } } })),
  invoice: (month: string) =>
    call(client.POST('/api/v1/fees/{month}/invoice', { params: { path: { month } } })),
  exportUrl: (month: string, format: 'csv' | 'xlsx'): string =>
    `/api/v1/fees/${encodeURIComponent(month)}/export?format=${format}`,
}
