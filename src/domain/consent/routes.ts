import { z } from 'zod'
import { defineRoute } from '../../platform/http/route'
import type { ConsentId, CustomerId, OrganisationId } from '../../platform/ids'
import { localisedTextSchema } from '../../platform/localised'
import { consentActions } from './actions'
import {
  confirmConsent,
  consentReceipt,
  giveConsent,
  listConsents,
  withdrawConsent,
} from './consent'
import { consentMethods, consentPurposes, dataCategories } from './schema'
import { consentStatuses } from '../../shared/enums'
import { customerParams } from '../customers/params'
import { releaseWaitingActions } from '../cases/service-actions'
import type { Ctx } from '../../platform/context'

/** A consent in force lets its organisation's steps that waited for one open (case-reactions.md). */
async function releaseStepsOf<T extends { status: string; recipient: { id: string } }>(
  ctx: Ctx,
  customerId: CustomerId,
  view: T,
): Promise<T> {
  if (view.status === 'given') await releaseWaitingActions(ctx, customerId, view.recipient.id)
  return view
}

export const consentViewSchema = z
  .object({
    id: z.string(),
    customerId: z.string(),
    recipient: z.object({ id: z.string(), name: localisedTextSchema }),
    purpose: z.enum(consentPurposes),
    dataCategories: z.array(z.enum(dataCategories)),
    noticeVersion: z.string(),
    method: z.enum(consentMethods),
    /** The worker who recorded a consent given in person. */
    recordedBy: z.object({ id: z.string(), displayName: z.string() }).nullable(),
    status: z.enum(consentStatuses),
    givenAt: z.string(),
    confirmedAt: z.string().nullable(),
    validUntil: z.string().nullable(),
    withdrawnAt: z.string().nullable(),
    version: z.number().int(),
  })
  .meta({ id: 'Consent' })

const consentParams = customerParams.extend({ consentId: z.uuid() })

export const consentRoutes = [
  defineRoute({
    method: 'GET',
    url: '/api/v1/customers/:customerId/consents',
    summary: "The customer's consents, in every state",
    tags: ['consent'],
    action: consentActions.read,
    params: customerParams,
    target: ({ params }) => params.customerId,
    response: z.object({ items: z.array(consentViewSchema) }),
    handler: async (ctx, { params }) => ({
      items: await listConsents(ctx, params.customerId as CustomerId),
    }),
  }),
  defineRoute({
    method: 'POST',
    url: '/api/v1/customers/:customerId/consents',
    summary: 'Give a consent to a partner organisation',
    tags: ['consent'],
    action: consentActions.give,
    params: customerParams,
    target: ({ params }) => params.customerId,
    body: z.object({
      recipientOrganisationId: z.uuid(),
      purpose: z.enum(consentPurposes),
      dataCategories: z.array(z.enum(dataCategories)).min(1).max(dataCategories.length),
      validUntil: z.iso.datetime({ offset: true }).nullable().optional(),
    }),
    response: consentViewSchema,
    status: 201,
    handler: async (ctx, { params, body }) => {
      const customerId = params.customerId as CustomerId
      const given = await giveConsent(ctx, customerId, {
        recipientOrganisationId: body.recipientOrganisationId as OrganisationId,
        purpose: body.purpose,
        dataCategories: body.dataCategories,
        validUntil: body.validUntil ? new Date(body.validUntil) : null,
        method:
          ctx.actor.kind === 'user' && ctx.actor.customerId === params.customerId
            ? 'online'
            : 'recorded_by_worker',
      })
      return releaseStepsOf(ctx, customerId, given)
    },
  }),
  defineRoute({
    method: 'POST',
    url: '/api/v1/customers/:customerId/consents/:consentId/withdraw',
    summary: 'Withdraw a consent; the organisation loses access on its next request',
    tags: ['consent'],
    action: consentActions.withdraw,
    params: consentParams,
    target: ({ params }) => params.customerId,
    body: z.object({ version: z.number().int().min(1).optional() }).optional(),
    response: consentViewSchema,
    handler: (ctx, { params, body }) =>
      withdrawConsent(
        ctx,
        params.customerId as CustomerId,
        params.consentId as ConsentId,
        body?.version,
      ),
  }),
  defineRoute({
    method: 'POST',
    url: '/api/v1/customers/:customerId/consents/:consentId/confirm',
    summary: 'Confirm a consent recorded in person; a special category takes effect now',
    tags: ['consent'],
    action: consentActions.confirm,
    params: consentParams,
    target: ({ params }) => params.customerId,
    body: z.object({ version: z.number().int().min(1).optional() }).optional(),
    response: consentViewSchema,
    handler: async (ctx, { params, body }) => {
      const customerId = params.customerId as CustomerId
      const confirmed = await confirmConsent(
        ctx,
        customerId,
        params.consentId as ConsentId,
        body?.version,
      )
      return releaseStepsOf(ctx, customerId, confirmed)
    },
  }),
  defineRoute({
    method: 'GET',
    url: '/api/v1/customers/:customerId/consents/:consentId/receipt',
    summary: 'A consent receipt, structured after ISO/IEC TS 27560',
    tags: ['consent'],
    action: consentActions.read,
    params: consentParams,
    target: ({ params }) => params.customerId,
    response: z.record(z.string(), z.unknown()).describe('ISO/IEC TS 27560 consent record'),
    handler: async (ctx, { params }, reply) => {
      void reply.header(
        'Content-Disposition',
        `attachment; filename="consent-receipt-${params.consentId}.json"`,
      )
      return consentReceipt(ctx, params.customerId as CustomerId, params.consentId as ConsentId)
    },
  }),
]
