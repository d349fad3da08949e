import { z } from 'zod'
import { cefrLevels, competenceQualificationLevels, workingTimes } from '../../shared/enums'

/**
 * What a competence profile holds, as one document per version (docs/competence.md). Concept
 * URIs name classification concepts; `competence.ts` checks that they exist and are of the kind
 * each field needs, so a profile never points at nothing.
 */
const uri = z.url().max(300)
const shortText = z.string().trim().min(1).max(200)
const yearMonth = z.string().regex(/^\d{4}-(0[1-9]|1[0-2])$/, 'YYYY-MM')

export const qualificationSchema = z.object({
  level: z.enum(competenceQualificationLevels),
  /** The field of education: an ISCED-F 2013 code (e.g. `1013` hotel, restaurants, catering) or words. */
  field: z.string().trim().max(100).default(''),
  title: shortText,
  year: z.number().int().min(1950).max(2100).optional(),
})

/** A skill in the young person's own words, a classification concept, or both. */
export const skillSchema = z
  .object({
    label: z.string().trim().max(200).optional(),
    conceptUri: uri.optional(),
  })
  .refine((s) => Boolean(s.label) || Boolean(s.conceptUri), {
    message: 'A skill needs a label or a concept',
  })

export const workExperienceSchema = z.object({
  title: shortText,
  employer: z.string().trim().max(200).optional(),
  occupationUri: uri.optional(),
  from: yearMonth.optional(),
  to: yearMonth.optional(),
  description: z.string().trim().max(2000).optional(),
})

export const languageSkillSchema = z.object({
  /** ISO 639-1. */
  code: z.string().regex(/^[a-z]{2}$/, 'ISO 639-1 code'),
  cefr: z.enum(cefrLevels),
})

/** A driving licence or card: a concept of skill type `certificate`. */
export const certificateSchema = z.object({
  conceptUri: uri,
  validUntil: z.iso.date().optional(),
})

/** Statistics Finland's three-digit municipality code. */
const municipalityCode = z.string().regex(/^\d{3}$/, 'three-digit municipality code')

export const availabilitySchema = z.object({
  from: z.iso.date().optional(),
  workingTime: z.enum(workingTimes).default('either'),
  note: z.string().trim().max(500).optional(),
})

export const profileContentSchema = z
  .object({
    qualifications: z.array(qualificationSchema).max(30).default([]),
    skills: z.array(skillSchema).max(200).default([]),
    workExperience: z.array(workExperienceSchema).max(50).default([]),
    languages: z.array(languageSkillSchema).max(30).default([]),
    certificates: z.array(certificateSchema).max(50).default([]),
    interests: z.array(shortText).max(50).default([]),
    wishedOccupations: z.array(uri).max(30).default([]),
    wishedMunicipalities: z.array(municipalityCode).max(50).default([]),
    availability: availabilitySchema.default({ workingTime: 'either' }),
  })
  .meta({ id: 'CompetenceProfileContent' })
export type ProfileContent = z.infer<typeof profileContentSchema>

export const emptyProfile = (): ProfileContent => profileContentSchema.parse({})

/** What a worker may suggest: one item added to one section. */
export const suggestedChangeSchema = z
  .discriminatedUnion('section', [
    z.object({ section: z.literal('skills'), item: skillSchema }),
    z.object({ section: z.literal('qualifications'), item: qualificationSchema }),
    z.object({ section: z.literal('workExperience'), item: workExperienceSchema }),
    z.object({ section: z.literal('languages'), item: languageSkillSchema }),
    z.object({ section: z.literal('certificates'), item: certificateSchema }),
    z.object({ section: z.literal('interests'), item: shortText }),
    z.object({ section: z.literal('wishedOccupations'), item: uri }),
    z.object({ section: z.literal('wishedMunicipalities'), item: municipalityCode }),
  ])
  .meta({ id: 'CompetenceSuggestedChange' })
export type SuggestedChange = z.infer<typeof suggestedChangeSchema>
