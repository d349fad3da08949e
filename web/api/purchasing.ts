import { call, client } from './client'
import type { components } from './schema'
import type { Body } from './types'

export type Contract = components['schemas']['Contract']
export type Provider = components['schemas']['Provider']
export type FrameworkArrangement = components['schemas']['FrameworkArrangement']
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
  providers: (after?: string) =>
    call(
      client.GET('/api/v1/providers', {
        params: { query: { limit: 20, ...(after ? { after } : {}) } },
      }),
    ),
  allProviders: () => call(client.GET('/api/v1/providers', { params: { query: { limit: 100 } } })),
  createProvider: (body: Body<'/api/v1/providers', 'post'>) =>
    call(client.POST('/api/v1/providers', { body })),
  updateProvider: (
    organisationId: string,
    body: Body<'/api/v1/providers/{organisationId}', 'put'>,
  ) =>
    call(
      client.PUT('/api/v1/providers/{organisationId}', {
        params: { path: { organisationId } },
        body,
      }),
    ),
  createFramework: (body: Body<'/api/v1/framework-arrangements', 'post'>) =>
    call(client.POST('/api/v1/framework-arrangements', { body })),
  updateFramework: (
    frameworkArrangementId: string,
    body: Body<'/api/v1/framework-arrangements/{frameworkArrangementId}', 'put'>,
  ) =>
    call(
      client.PUT('/api/v1/framework-arrangements/{frameworkArrangementId}', {
        params: { path: { frameworkArrangementId } },
        body,
      }),
    ),
  createContract: (body: Body<'/api/v1/contracts', 'post'>) =>
    call(client.POST('/api/v1/contracts', { body })),
  updateContract: (contractId: string, body: Body<'/api/v1/contracts/{contractId}', 'put'>) =>
    call(client.PUT('/api/v1/contracts/{contractId}', { params: { path: { contractId } }, body })),
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
  askWorker: (referralId: string) =>
    call(client.POST('/api/v1/referrals/{referralId}/ask-worker', inReferral(referralId))),
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
