import { z } from 'zod'
import { defineRoute } from '../../platform/http/route'
import { cursorQuery } from '../../platform/http/paging'
import type { CustomerId, OrganisationId } from '../../platform/ids'
import { dataCategories } from '../consent/schema'
import { answerConsentRequest, listConsentRequests, requestConsent } from '../consent/requests'
import { caseActions } from './actions'
import { currentCase, ensureTeamMember, isOpen, setTeamContact } from './case'
import { closeIndicator, raiseIndicator } from './indicators'
import { planOf } from './plan'
import {
  caseSchema,
  consentRequestSchema,
  customerParams,
  planSchema,
  raiseResultSchema,
  serviceActionSchema,
  timelinePageSchema,
} from './schemas'
import { openEventCard, releaseWaitingActions } from './service-actions'
import { caseOf, caseViewOf } from './case-view'

const tags = ['joint customership']
const target = ({ params }: { params: { customerId: string } }) => params.customerId

export const caseRoutes = [
  defineRoute({
    method: 'GET',
    url: '/api/v1/customers/:customerId/case',
    summary: "The customer's joint customership: team, indicators, service actions",
    tags,
    action: caseActions.read,
    params: customerParams,
    target,
    response: caseSchema,
    handler: (ctx, { params }) => caseOf(ctx, params.customerId as CustomerId),
  }),
  defineRoute({
    method: 'GET',
    url: '/api/v1/customers/:customerId/case-view',
    summary:
      "The worker's case view in one request: the case, the young person's plan and the timeline's first page (`timelineLimit` events; later pages from the timeline's `next`)",
    tags,
    action: caseActions.read,
    params: customerParams,
    target,
    query: z.object({ timelineLimit: cursorQuery.shape.limit }),
    response: z
      .object({ case: caseSchema, plan: planSchema, timeline: timelinePageSchema })
      .meta({ id: 'CaseView' }),
    handler: (ctx, { params, query }) =>
      caseViewOf(ctx, params.customerId as CustomerId, { limit: query.timelineLimit }),
  }),
  defineRoute({
    method: 'POST',
    url: '/api/v1/customers/:customerId/case/indicators',
    summary:
      'Raise a cooperation indicator; the matching published event cards are offered (409 indicator_already_active names the active one in existingId)',
    tags,
    action: caseActions.write,
    params: customerParams,
    target,
    body: z.object({ indicatorId: z.uuid() }),
    response: raiseResultSchema,
    status: 201,
    handler: (ctx, { params, body }) =>
      raiseIndicator(ctx, params.customerId as CustomerId, body.indicatorId),
  }),
  defineRoute({
    method: 'POST',
    url: '/api/v1/customers/:customerId/case/indicators/:raisedIndicatorId/close',
    summary: 'Close a raised indicator: its offered cards go, and it may be raised again',
    tags,
    action: caseActions.write,
    params: customerParams.extend({ raisedIndicatorId: z.uuid() }),
    target,
    response: z.null(),
    status: 204,
    handler: async (ctx, { params }) => {
      await closeIndicator(ctx, params.customerId as CustomerId, params.raisedIndicatorId)
      return null
    },
  }),
  defineRoute({
    method: 'POST',
    url: '/api/v1/customers/:customerId/case/event-cards',
    summary: 'Open an event card: its steps become service actions for the organisations',
    tags,
    action: caseActions.write,
    params: customerParams,
    target,
    body: z.object({
      eventCardVersionId: z.uuid(),
      raisedIndicatorId: z.uuid().nullable().optional(),
    }),
    response: z.object({
      openedEventCardId: z.string(),
      serviceActions: z.array(serviceActionSchema),
    }),
    status: 201,
    handler: (ctx, { params, body }) =>
      openEventCard(
        ctx,
        params.customerId as CustomerId,
        body.eventCardVersionId,
        body.raisedIndicatorId ?? null,
      ),
  }),
  defineRoute({
    method: 'PUT',
    url: '/api/v1/customers/:customerId/case/contact',
    summary: "Name your organisation's contact person for the young person",
    tags,
    action: caseActions.write,
    params: customerParams,
    target,
    body: z.object({ contactUserId: z.uuid() }),
    response: z.null(),
    status: 204,
    handler: async (ctx, { params, body }) => {
      await setTeamContact(ctx, params.customerId as CustomerId, body.contactUserId)
      return null
    },
  }),
  defineRoute({
    method: 'GET',
    url: '/api/v1/customers/:customerId/plan',
    summary: "The young person's one plan: next steps, dates, contacts",
    tags,
    action: caseActions.readPlan,
    params: customerParams,
    target,
    response: planSchema,
    handler: (ctx, { params }) => planOf(ctx, params.customerId as CustomerId),
  }),
  defineRoute({
    method: 'GET',
    url: '/api/v1/customers/:customerId/consent-requests',
    summary: 'Consent requests sent to the young person',
    tags,
    action: caseActions.readConsentRequests,
    params: customerParams,
    target,
    response: z.object({ items: z.array(consentRequestSchema) }),
    handler: async (ctx, { params }) => ({
      items: await listConsentRequests(ctx, params.customerId as CustomerId),
    }),
  }),
  defineRoute({
    method: 'POST',
    url: '/api/v1/customers/:customerId/consent-requests',
    summary: 'Ask the young person to consent to a partner organisation',
    tags,
    action: caseActions.write,
    params: customerParams,
    target,
    body: z.object({
      organisationId: z.uuid(),
      dataCategories: z.array(z.enum(dataCategories)).min(1).max(dataCategories.length),
    }),
    response: z.object({ id: z.string() }),
    status: 201,
    handler: async (ctx, { params, body }) => ({
      id: await requestConsent(
        ctx,
        params.customerId as CustomerId,
        body.organisationId as OrganisationId,
        body.dataCategories,
      ),
    }),
  }),
  defineRoute({
    method: 'POST',
    url: '/api/v1/customers/:customerId/consent-requests/:requestId/answer',
    summary: 'Accept or decline a consent request; on acceptance the waiting steps open',
    tags,
    action: caseActions.answerConsentRequest,
    params: customerParams.extend({ requestId: z.uuid() }),
    target,
    body: z.object({ accept: z.boolean() }),
    response: z.object({ consentId: z.string().nullable(), openedSteps: z.number().int() }),
    handler: async (ctx, { params, body }) => {
      const customerId = params.customerId as CustomerId
      const answer = await answerConsentRequest(ctx, customerId, params.requestId, body.accept)
      const openedSteps = body.accept
        ? await releaseWaitingActions(ctx, customerId, answer.organisationId)
        : 0
      // The consenting young person lets the organisation join their team (e.g. one that asked
      // to, when it tried to enrol them while their joint customership was open).
      // A provider of a purchased service is reached through its referral, never by the team.
      const joins = body.accept && answer.purpose === 'joint_customership'
      const jc = joins ? await currentCase(ctx.db, customerId).catch(() => null) : null
      if (jc && isOpen(jc))
        await ensureTeamMember(ctx, jc, answer.organisationId, answer.requestedByUserId)
      return { consentId: answer.consentId, openedSteps }
    },
  }),
]
