import { z } from 'zod'
import { defineRoute } from '../../platform/http/route'
import { cursorPageOf, cursorQuery } from '../../platform/http/paging'
import { localisedTextSchema } from '../../platform/localised'
import type { CustomerId } from '../../platform/ids'
import {
  capacityUnits,
  dataCategories,
  referralDeclineReasons,
  referralOutcomes,
  referralStatuses,
} from '../../shared/enums'
import { actionNames } from '../../platform/access'
import { purchasingActions, referralActions } from './actions'
import {
  createContract,
  createFramework,
  createProvider,
  listContracts,
  listFrameworks,
  pageProviders,
  updateContract,
  updateFramework,
  updateProvider,
} from './contracts'
import {
  acceptReferral,
  chooseProvider,
  delegateChoice,
  correctOutcome,
  createReferral,
  declineReferral,
  endReferral,
  startReferral,
  withdrawReferral,
} from './referrals'
import {
  addProgressNote,
  incomingReferrals,
  referralDetail,
  referralsOfCustomer,
} from './referral-views'
import { providerOrganisationOf } from './relations'

const tags = ['purchased services']
const businessId = z.string().regex(/^[0-9]{7}-[0-9]$/)
const isoDate = z.iso.date()
const cents = z.number().int().min(1).max(100_000_000)

const providerSchema = z
  .object({
    organisationId: z.string(),
    code: z.string(),
    name: localisedTextSchema,
    businessId: z.string(),
    description: localisedTextSchema,
    version: z.number().int(),
  })
  .meta({ id: 'Provider' })

const resultFee = z.object({
  outcome: z.enum(referralOutcomes),
  minimumMonths: z.number().int().min(1).max(60).nullable(),
  feeCents: cents,
})

const contractSchema = z
  .object({
    id: z.string(),
    version: z.number().int(),
    reference: z.string(),
    service: z.object({ id: z.string(), name: localisedTextSchema }),
    provider: z.object({ organisationId: z.string(), name: localisedTextSchema }),
    framework: z.object({ id: z.string(), name: localisedTextSchema }).nullable(),
    startsOn: z.string(),
    endsOn: z.string().nullable(),
    capacityUnit: z.enum(capacityUnits),
    capacity: z.number().int(),
    capacityUsed: z.number().int(),
    fixedFeeCents: z.number().int().nullable(),
    vatRateBasisPoints: z.number().int(),
    retentionDays: z.number().int(),
    resultFees: z.array(resultFee),
  })
  .meta({ id: 'Contract' })

const priceFields = {
  fixedFeeCents: cents.nullable(),
  vatRateBasisPoints: z.number().int().min(0).max(10000),
  retentionDays: z.number().int().min(0).max(3650).default(0),
  resultFees: z.array(resultFee).max(referralOutcomes.length),
}

const contractInput = z.object({
  serviceId: z.uuid(),
  providerOrganisationId: z.uuid(),
  frameworkArrangementId: z.uuid().nullable().default(null),
  reference: z.string().trim().min(1).max(100),
  startsOn: isoDate,
  endsOn: isoDate.nullable(),
  capacityUnit: z.enum(capacityUnits),
  capacity: z.number().int().min(1).max(1_000_000),
  ...priceFields,
})

const contractUpdate = z.object({
  version: z.number().int().min(1),
  endsOn: isoDate.nullable(),
  capacity: z.number().int().min(1).max(1_000_000),
  ...priceFields,
})

const frameworkSchema = z
  .object({ id: z.string(), serviceId: z.string(), name: localisedTextSchema })
  .meta({ id: 'FrameworkArrangement' })

export const referralSchema = z
  .object({
    id: z.string(),
    customerId: z.string(),
    status: z.enum(referralStatuses),
    service: z.object({ id: z.string(), name: localisedTextSchema }),
    frameworkArrangementId: z.string().nullable(),
    contractId: z.string().nullable(),
    provider: z.object({ organisationId: z.string(), name: localisedTextSchema }).nullable(),
    units: z.number().int(),
    capacityUnit: z.enum(capacityUnits).nullable(),
    dataCategories: z.array(z.enum(dataCategories)),
    customerName: z.string().nullable(),
    reason: z.string().nullable(),
    awaitingConsent: z.boolean(),
    /** When the young person asked their worker to choose the provider; null otherwise. */
    choiceDelegatedAt: z.string().nullable(),
    /** The event card step this referral carries out, if any. */
    serviceActionId: z.string().nullable(),
    declineReason: z.enum(referralDeclineReasons).nullable(),
    outcome: z.enum(referralOutcomes).nullable(),
    outcomeEvidenceOn: z.string().nullable(),
    employerBusinessId: z.string().nullable(),
    employmentMonths: z.number().int().nullable(),
    createdAt: z.string(),
    sentAt: z.string().nullable(),
    acceptedAt: z.string().nullable(),
    startedAt: z.string().nullable(),
    endedAt: z.string().nullable(),
    version: z.number().int(),
    permittedActions: z.array(z.enum(actionNames(referralActions))),
  })
  .meta({ id: 'Referral' })

const referralDetailSchema = referralSchema
  .extend({
    notes: z.array(
      z.object({
        id: z.string(),
        body: z.string(),
        author: z.string().nullable(),
        createdAt: z.string(),
      }),
    ),
    choices: z.array(
      z.object({
        contractId: z.string(),
        provider: z.object({ organisationId: z.string(), name: localisedTextSchema }),
        description: localisedTextSchema,
        hasCapacity: z.boolean(),
      }),
    ),
  })
  .meta({ id: 'ReferralDetail' })

const outcomeInput = z.object({
  outcome: z.enum(referralOutcomes),
  evidenceOn: isoDate,
  employerBusinessId: businessId.nullable().optional(),
  employmentMonths: z.number().int().min(0).max(120).nullable().optional(),
})

const referralParams = z.object({ referralId: z.uuid() })
const customerParams = z.object({ customerId: z.uuid() })
const byReferral = ({ params }: { params: { referralId: string } }) => params.referralId
const detail = (ctx: Parameters<typeof referralDetail>[0], id: string) => referralDetail(ctx, id)

export const purchasingRoutes = [
  defineRoute({
    method: 'GET',
    url: '/api/v1/providers',
    summary: 'The providers of purchased services, by name, keyset paged',
    tags,
    action: purchasingActions.readContracts,
    query: cursorQuery,
    response: cursorPageOf(providerSchema),
    handler: (ctx, { query }) => pageProviders(ctx.db, query),
  }),
  defineRoute({
    method: 'POST',
    url: '/api/v1/providers',
    summary: 'Add a provider organisation (business ID validated)',
    tags,
    action: purchasingActions.edit,
    body: z.object({
      code: z.string().trim().min(1).max(50),
      name: localisedTextSchema,
      businessId: z.string().trim().max(20),
      description: localisedTextSchema,
    }),
    response: providerSchema,
    status: 201,
    handler: (ctx, { body }) => createProvider(ctx, body),
  }),
  defineRoute({
    method: 'PUT',
    url: '/api/v1/providers/:organisationId',
    summary: 'Change a provider’s name, business ID or description (naming the version changed)',
    tags,
    action: purchasingActions.edit,
    params: z.object({ organisationId: z.uuid() }),
    body: z.object({
      version: z.number().int().min(1),
      name: localisedTextSchema,
      businessId: z.string().trim().max(20),
      description: localisedTextSchema,
    }),
    response: providerSchema,
    handler: (ctx, { params, body }) => updateProvider(ctx, params.organisationId, body),
  }),
  defineRoute({
    method: 'GET',
    url: '/api/v1/framework-arrangements',
    summary: 'The framework arrangements: contracts among whose providers the customer chooses',
    tags,
    action: purchasingActions.readContracts,
    response: z.array(frameworkSchema),
    handler: (ctx) => listFrameworks(ctx.db),
  }),
  defineRoute({
    method: 'POST',
    url: '/api/v1/framework-arrangements',
    summary: 'Create a framework arrangement for a service',
    tags,
    action: purchasingActions.edit,
    body: z.object({ serviceId: z.uuid(), name: localisedTextSchema }),
    response: frameworkSchema,
    status: 201,
    handler: (ctx, { body }) => createFramework(ctx, body),
  }),
  defineRoute({
    method: 'PUT',
    url: '/api/v1/framework-arrangements/:frameworkArrangementId',
    summary: 'Rename a framework arrangement',
    tags,
    action: purchasingActions.edit,
    params: z.object({ frameworkArrangementId: z.uuid() }),
    body: z.object({ name: localisedTextSchema }),
    response: frameworkSchema,
    handler: (ctx, { params, body }) => updateFramework(ctx, params.frameworkArrangementId, body),
  }),
  defineRoute({
    method: 'GET',
    url: '/api/v1/contracts',
    summary: 'The contracts for purchased services, with the capacity used',
    tags,
    action: purchasingActions.readContracts,
    query: z.object({ serviceId: z.uuid().optional() }),
    response: z.array(contractSchema),
    handler: (ctx, { query }) => listContracts(ctx.db, { serviceId: query.serviceId }),
  }),
  defineRoute({
    method: 'POST',
    url: '/api/v1/contracts',
    summary: 'Add a contract for a purchased service with a provider',
    tags,
    action: purchasingActions.edit,
    body: contractInput,
    response: contractSchema,
    status: 201,
    handler: (ctx, { body }) => createContract(ctx, body),
  }),
  defineRoute({
    method: 'PUT',
    url: '/api/v1/contracts/:contractId',
    summary: 'Change a contract’s end, capacity or price (naming the version changed)',
    tags,
    action: purchasingActions.edit,
    params: z.object({ contractId: z.uuid() }),
    body: contractUpdate,
    response: contractSchema,
    handler: (ctx, { params, body }) => updateContract(ctx, params.contractId, body),
  }),
  defineRoute({
    method: 'GET',
    url: '/api/v1/provider/contracts',
    summary: 'The signed-in provider’s contracts: capacity used vs contracted',
    tags,
    action: purchasingActions.readOwnContracts,
    response: z.array(contractSchema),
    handler: (ctx) =>
      listContracts(ctx.db, { providerOrganisationId: providerOrganisationOf(ctx.actor) ?? '' }),
  }),
  defineRoute({
    method: 'GET',
    url: '/api/v1/provider/referrals',
    summary: 'The provider’s incoming referrals, newest first',
    tags,
    action: purchasingActions.listIncoming,
    query: cursorQuery.extend({ status: z.enum(referralStatuses).optional() }),
    response: cursorPageOf(referralSchema),
    persons: (page) => page.items.map((r) => r.customerId),
    handler: (ctx, { query }) => incomingReferrals(ctx, query),
  }),
  defineRoute({
    method: 'GET',
    url: '/api/v1/customers/:customerId/referrals',
    summary: 'A customer’s referrals to purchased services',
    tags,
    action: purchasingActions.listForCustomer,
    params: customerParams,
    target: ({ params }) => params.customerId,
    response: z.array(referralSchema),
    handler: (ctx, { params }) => referralsOfCustomer(ctx, params.customerId),
  }),
  defineRoute({
    method: 'POST',
    url: '/api/v1/customers/:customerId/referrals',
    summary: 'Refer the customer to a purchased service (a missing consent is requested)',
    tags,
    action: purchasingActions.refer,
    params: customerParams,
    target: ({ params }) => params.customerId,
    body: z.object({
      contractId: z.uuid().optional(),
      frameworkArrangementId: z.uuid().optional(),
      dataCategories: z.array(z.enum(dataCategories)).min(1).max(dataCategories.length),
      reason: z.string().trim().max(2000).default(''),
      units: z.number().int().min(1).max(1000).optional(),
      serviceActionId: z.uuid().optional(),
    }),
    response: referralDetailSchema,
    status: 201,
    handler: async (ctx, { params, body }) =>
      detail(ctx, (await createReferral(ctx, params.customerId as CustomerId, body)).id),
  }),
  defineRoute({
    method: 'GET',
    url: '/api/v1/referrals/:referralId',
    summary: 'One referral, its progress notes and, while the customer chooses, the providers',
    tags,
    action: purchasingActions.read,
    params: referralParams,
    target: byReferral,
    response: referralDetailSchema,
    handler: (ctx, { params }) => detail(ctx, params.referralId),
  }),
  defineRoute({
    method: 'POST',
    url: '/api/v1/referrals/:referralId/choice',
    summary: 'Choose the provider among the framework arrangement’s',
    tags,
    action: purchasingActions.choose,
    params: referralParams,
    target: byReferral,
    body: z.object({ contractId: z.uuid() }),
    response: referralDetailSchema,
    handler: async (ctx, { params, body }) =>
      detail(ctx, (await chooseProvider(ctx, params.referralId, body.contractId)).id),
  }),
  defineRoute({
    method: 'POST',
    url: '/api/v1/referrals/:referralId/ask-worker',
    summary: 'The young person asks their worker to choose the provider',
    tags,
    action: purchasingActions.delegateChoice,
    params: referralParams,
    target: byReferral,
    response: referralDetailSchema,
    handler: async (ctx, { params }) =>
      detail(ctx, (await delegateChoice(ctx, params.referralId)).id),
  }),
  defineRoute({
    method: 'POST',
    url: '/api/v1/referrals/:referralId/accept',
    summary: 'Accept a referral within the contract’s capacity (409 when it is full)',
    tags,
    action: purchasingActions.decide,
    params: referralParams,
    target: byReferral,
    response: referralDetailSchema,
    handler: async (ctx, { params }) =>
      detail(ctx, (await acceptReferral(ctx, params.referralId)).id),
  }),
  defineRoute({
    method: 'POST',
    url: '/api/v1/referrals/:referralId/decline',
    summary: 'Decline a referral, with the reason',
    tags,
    action: purchasingActions.decide,
    params: referralParams,
    target: byReferral,
    body: z.object({ reason: z.enum(referralDeclineReasons) }),
    response: referralDetailSchema,
    handler: async (ctx, { params, body }) =>
      detail(ctx, (await declineReferral(ctx, params.referralId, body.reason)).id),
  }),
  defineRoute({
    method: 'POST',
    url: '/api/v1/referrals/:referralId/start',
    summary: 'Report that the service started',
    tags,
    action: purchasingActions.report,
    params: referralParams,
    target: byReferral,
    response: referralDetailSchema,
    handler: async (ctx, { params }) =>
      detail(ctx, (await startReferral(ctx, params.referralId)).id),
  }),
  defineRoute({
    method: 'POST',
    url: '/api/v1/referrals/:referralId/notes',
    summary: 'Note progress (visible to the customer’s team)',
    tags,
    action: purchasingActions.report,
    params: referralParams,
    target: byReferral,
    body: z.object({ body: z.string().trim().min(1).max(4000) }),
    response: referralDetailSchema,
    status: 201,
    handler: (ctx, { params, body }) => addProgressNote(ctx, params.referralId, body.body),
  }),
  defineRoute({
    method: 'POST',
    url: '/api/v1/referrals/:referralId/outcome',
    summary: 'Report how the service ended, with the evidence date',
    tags,
    action: purchasingActions.report,
    params: referralParams,
    target: byReferral,
    body: outcomeInput,
    response: referralDetailSchema,
    handler: async (ctx, { params, body }) =>
      detail(ctx, (await endReferral(ctx, params.referralId, body)).id),
  }),
  defineRoute({
    method: 'PUT',
    url: '/api/v1/referrals/:referralId/outcome',
    summary: 'Correct a reported outcome (an invoiced month shows it as an adjustment)',
    tags,
    action: purchasingActions.report,
    params: referralParams,
    target: byReferral,
    body: outcomeInput,
    response: referralDetailSchema,
    handler: async (ctx, { params, body }) =>
      detail(ctx, (await correctOutcome(ctx, params.referralId, body)).id),
  }),
  defineRoute({
    method: 'POST',
    url: '/api/v1/referrals/:referralId/withdraw',
    summary: 'Withdraw a referral that has not started',
    tags,
    action: purchasingActions.withdraw,
    params: referralParams,
    target: byReferral,
    response: referralDetailSchema,
    handler: async (ctx, { params }) =>
      detail(ctx, (await withdrawReferral(ctx, params.referralId)).id),
  }),
]
