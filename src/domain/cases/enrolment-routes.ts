import { z } from 'zod'
import { defineRoute } from '../../platform/http/route'
import { enrolmentBody, enrolmentCheckBody } from '../../shared/enrolment'
import { caseActions } from './actions'
import { eligibilityRules } from './eligibility'
import { checkEnrolment, enrol } from './enrolment'

// Identity codes travel only in request bodies, never in URLs.

export const enrolmentRoutes = [
  defineRoute({
    method: 'POST',
    url: '/api/v1/enrolments/check',
    summary: 'Check the target-group rules and whether the young person is a customer already',
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
    summary: "Enrol a young person; the worker's organisation becomes the first team member",
    tags: ['enrolment'],
    action: caseActions.enrol,
    body: enrolmentBody,
    response: z.object({
      customerId: z.string(),
      jointCustomershipId: z.string(),
      overriddenRules: z.array(z.enum(eligibilityRules)),
    }),
    status: 201,
    handler: (ctx, { body }) =>
      enrol(ctx, {
        ...body,
        email: body.email ?? null,
        phone: body.phone ?? null,
        overrideReason: body.overrideReason ?? null,
      }),
  }),
]
