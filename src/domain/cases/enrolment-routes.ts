import { z } from 'zod'
import { defineRoute } from '../../platform/http/route'
import { enrolmentBody, enrolmentCheckBody } from '../../shared/enrolment'
import { caseActions } from './actions'
import { eligibilityRules } from './eligibility'
import { checkEnrolment, enrol } from './enrolment'
import { answerEnrolmentConfirmation, listEnrolmentConfirmations } from './enrolment-confirmation'
import { customerParams } from './schemas'
import { enrolmentConfirmationStatuses, enrolmentOutcomes } from '../../shared/enums'
import { localisedTextSchema } from '../../platform/localised'
import type { CustomerId } from '../../platform/ids'

// Identity codes travel only in request bodies, never in URLs.

export const enrolmentRoutes = [
  defineRoute({
    method: 'POST',
    url: '/api/v1/enrolments/check',
    summary:
      'Check the target-group rules; whether the person is a customer already is told only to an organisation with a basis',
    tags: ['enrolment'],
    action: caseActions.checkEnrolment,
    body: enrolmentCheckBody,
    response: z.object({
      rules: z.array(z.object({ rule: z.enum(eligibilityRules), ok: z.boolean() })),
      eligible: z.boolean(),
      existingCustomerId: z.string().nullable(),
      alreadyEnrolled: z.boolean(),
    }),
    handler: (ctx, { body }) => checkEnrolment(ctx, body),
  }),
  defineRoute({
    method: 'POST',
    url: '/api/v1/enrolments',
    summary:
      'Enrol a young person; a person known already confirms it, or is asked to let the organisation join their team',
    tags: ['enrolment'],
    action: caseActions.enrol,
    body: enrolmentBody,
    response: z.object({
      outcome: z.enum(enrolmentOutcomes),
      /** Only when `enrolled`: a known person is named to the organisation after they confirm. */
      customerId: z.string().nullable(),
      jointCustomershipId: z.string().nullable(),
      overriddenRules: z.array(z.enum(eligibilityRules)),
    }),
    status: 201,
    handler: (ctx, { body }) =>
      enrol(ctx, {
        ...body,
        email: body.email ?? null,
        phone: body.phone ?? null,
        overrideReason: body.overrideReason ?? null,
        unemployedSince: body.unemployedSince ?? null,
      }),
  }),
  defineRoute({
    method: 'GET',
    url: '/api/v1/customers/:customerId/enrolment-confirmations',
    summary: "Organisations' enrolments of the young person that wait for (or had) their answer",
    tags: ['enrolment'],
    action: caseActions.readEnrolmentConfirmations,
    params: customerParams,
    target: ({ params }) => params.customerId,
    response: z.object({
      items: z.array(
        z.object({
          id: z.string(),
          organisation: z.object({ id: z.string(), name: localisedTextSchema }),
          status: z.enum(enrolmentConfirmationStatuses),
          requestedAt: z.string(),
          answeredAt: z.string().nullable(),
        }),
      ),
    }),
    handler: async (ctx, { params }) => ({
      items: await listEnrolmentConfirmations(ctx, params.customerId as CustomerId),
    }),
  }),
  defineRoute({
    method: 'POST',
    url: '/api/v1/customers/:customerId/enrolment-confirmations/:confirmationId/answer',
    summary: 'Confirm or decline a new joint customership; on confirmation it starts',
    tags: ['enrolment'],
    action: caseActions.answerEnrolmentConfirmation,
    params: customerParams.extend({ confirmationId: z.uuid() }),
    target: ({ params }) => params.customerId,
    body: z.object({ accept: z.boolean() }),
    response: z.object({ jointCustomershipId: z.string().nullable() }),
    handler: (ctx, { params, body }) =>
      answerEnrolmentConfirmation(
        ctx,
        params.customerId as CustomerId,
        params.confirmationId,
        body.accept,
      ),
  }),
]
