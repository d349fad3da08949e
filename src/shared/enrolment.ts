import { z } from 'zod'
import { qualificationLevels } from './enums'
import { identityCodeSchema } from './identity-code'

/** The enrolment form's rules: the server validates requests and the web app its form with these. */
export const enrolmentCheckBody = z.object({
  identityCode: identityCodeSchema,
  programmeId: z.uuid(),
  municipalityId: z.uuid(),
  qualification: z.enum(qualificationLevels),
})

export const enrolmentBody = enrolmentCheckBody.extend({
  firstName: z.string().trim().min(1).max(100),
  lastName: z.string().trim().min(1).max(100),
  email: z.email().max(200).nullable().optional(),
  phone: z
    .string()
    .trim()
    .max(40)
    .regex(/^\+?[0-9 ()-]*$/)
    .nullable()
    .optional(),
  overrideReason: z.string().trim().max(2000).nullable().optional(),
  /** The start of the young person's current unemployment spell, for monitoring (docs/monitoring.md). */
  unemployedSince: z.iso.date().nullable().optional(),
})
