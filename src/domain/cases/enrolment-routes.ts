import { z } from 'zod'
import { defineRoute } from '../../platform/http/route'
import { qualificationLevels } from '../organisations/schema'
import { caseActions } from './actions'
import { eligibilityRules } from './eligibility'
import { checkEnrolment, enrol } from './enrolment'

// Identity codes travel only in request bodies, never in URLs.
const identityCode = z.string().trim().min(11).max(11)

const enrolmentCheckBody = z.object({
  identityCode,
  programmeId: z.uuid(),
  municipalityId: z.uuid(),
  qualification: z.enum(qualificationLevels),
})

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
    body: enrolmentCheckBody.extend({
      firstName: z.string().trim().min(1).max(100),
      lastName: z.string().trim().min(1).max(100),
      email: z.email().max(200).nullable().optional(),
      phone: z.string().trim().max(40).nullable().optional(),
      overrideReason: z.string().trim().max(2000).nullable().optional(),
    }),
    response: z.object({
      customerId: z.string(),
      jointCustomershipId: z.string(),
      overriddenRules: z.array(z.string()),
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
