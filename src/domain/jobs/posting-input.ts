import businessIds from 'finnish-business-ids'
import { z } from 'zod'
import {
  cefrLevels,
  employmentTypes,
  locales,
  postingWorkingTimes,
  type CefrLevel,
} from '../../shared/enums'

const { FinnishBusinessIds } = businessIds

/** A business ID (Y-tunnus) with a valid check digit, e.g. `1572860-0`. */
export const businessIdSchema = z
  .string()
  .trim()
  .superRefine((value, ctx) => {
    if (!FinnishBusinessIds.isValidBusinessId(value)) {
      ctx.addIssue({
        code: 'custom',
        message: 'Not a valid business ID',
        params: { code: 'invalid_business_id' },
      })
    }
  })
  .meta({ description: 'Business ID (Y-tunnus)', example: '1572860-0' })

const conceptUri = z.url().max(500)
const label = z
  .object({ fi: z.string().max(200), sv: z.string().max(200), en: z.string().max(200) })
  .partial()

export const skillRefSchema = z.object({ uri: conceptUri, label: label.optional() })

export const languageRequirementSchema = z.object({
  language: z.string().regex(/^[a-z]{2}$/),
  minimumLevel: z.enum(cefrLevels),
})

export const applySchema = z
  .object({
    url: z.url().max(1000).nullable().default(null),
    email: z.email().max(320).nullable().default(null),
    text: z.string().trim().max(2000).nullable().default(null),
  })
  .refine((a) => a.url !== null || a.email !== null || (a.text ?? '') !== '', {
    message: 'Say how to apply: a link, an e-mail address or instructions',
    params: { code: 'required' },
  })

/**
 * One job posting as the feed and the employer's form give it (docs/job-feed.md). The same
 * schema validates both, so a posting means one thing wherever it comes from.
 */
export const postingInputSchema = z.object({
  title: z.string().trim().min(1).max(200),
  description: z.string().trim().min(1).max(10_000),
  employer: z.object({ name: z.string().trim().min(1).max(200), businessId: businessIdSchema }),
  municipalityCode: z.string().regex(/^[0-9]{3}$/),
  occupationUri: conceptUri.nullable().default(null),
  requiredSkills: z.array(skillRefSchema).max(30).default([]),
  optionalSkills: z.array(skillRefSchema).max(30).default([]),
  languageRequirements: z.array(languageRequirementSchema).max(6).default([]),
  employmentType: z.enum(employmentTypes),
  workingTime: z.enum(postingWorkingTimes),
  startsOn: z.iso.date().nullable().default(null),
  validThrough: z.iso.datetime({ offset: true }),
  apply: applySchema,
  postingLanguages: z.array(z.enum(locales)).min(1).max(3).default(['fi']),
})
export type PostingInput = z.infer<typeof postingInputSchema>

/** A requirement as stored: `sv:B1`. */
export const requirementKey = (language: string, level: CefrLevel): string => `${language}:${level}`

/** The posting's columns from an input (state and source set by the caller). */
export function postingColumns(input: PostingInput) {
  const skills = [...input.requiredSkills, ...input.optionalSkills]
  const skillLabels = Object.fromEntries(
    skills.filter((s) => s.label).map((s) => [s.uri, s.label!]),
  )
  const required = [...new Set(input.requiredSkills.map((s) => s.uri))]
  const optional = [...new Set(input.optionalSkills.map((s) => s.uri))].filter(
    (u) => !required.includes(u),
  )
  return {
    title: input.title,
    description: input.description,
    employerName: input.employer.name,
    employerBusinessId: input.employer.businessId,
    municipalityCode: input.municipalityCode,
    occupationUri: input.occupationUri,
    requiredSkillUris: required,
    optionalSkillUris: optional,
    skillLabels,
    languageRequirements: input.languageRequirements.map((l) =>
      requirementKey(l.language, l.minimumLevel),
    ),
    matchKeys: [...required, ...optional, ...(input.occupationUri ? [input.occupationUri] : [])],
    employmentType: input.employmentType,
    workingTime: input.workingTime,
    startsOn: input.startsOn,
    validThrough: new Date(input.validThrough),
    applyUrl: input.apply.url,
    applyEmail: input.apply.email,
    applyText: input.apply.text,
    postingLanguages: input.postingLanguages,
  }
}
