import { z } from 'zod'
import { serviceLanguageCodes, weekdays } from './enums'

/**
 * The service tray's form: the server validates requests and the web app its form with these.
 * A draft may be in Finnish alone; publishing asks for Swedish and English of every text that
 * has Finnish (the domain tells which are missing).
 */
const finnishFirst = (max: number) =>
  z.object({
    fi: z.string().trim().min(1).max(max),
    sv: z.string().trim().max(max).default(''),
    en: z.string().trim().max(max).default(''),
  })
const optionalText = (max: number) =>
  z
    .object({
      fi: z.string().trim().max(max).default(''),
      sv: z.string().trim().max(max).default(''),
      en: z.string().trim().max(max).default(''),
    })
    .default({ fi: '', sv: '', en: '' })

export const clockTime = z.string().regex(/^([01][0-9]|2[0-3]):[0-5][0-9]$/)
export const postalCode = z
  .string()
  .trim()
  .regex(/^[0-9]{5}$/)
export const phoneNumber = z
  .string()
  .trim()
  .min(5)
  .max(40)
  .regex(/^\+?[0-9 ()-]*$/)

export const openingHoursInput = z.object({
  weekdays: z.array(z.enum(weekdays)).min(1).max(7),
  opensAt: clockTime,
  closesAt: clockTime,
})

export const serviceLocationInput = z.object({
  name: finnishFirst(200),
  streetAddress: z.string().trim().min(1).max(200),
  postalCode,
  municipalityId: z.uuid(),
  accessibility: optionalText(2000),
  openingHours: z.array(openingHoursInput).max(14).default([]),
})

export const serviceContactInput = z.object({
  title: finnishFirst(200),
  email: z.email().max(200).nullable().default(null),
  phone: phoneNumber.nullable().default(null),
})

export const serviceInput = z.object({
  organisationId: z.uuid(),
  name: finnishFirst(200),
  description: finnishFirst(4000),
  eligibility: optionalText(2000),
  applicationProcess: optionalText(2000),
  fees: optionalText(1000),
  minimumAge: z.number().int().min(0).max(120).nullable().default(null),
  maximumAge: z.number().int().min(0).max(120).nullable().default(null),
  url: z
    .url({ protocol: /^https?$/ })
    .max(500)
    .nullable()
    .default(null),
  email: z.email().max(200).nullable().default(null),
  municipalityIds: z.array(z.uuid()).max(50).default([]),
  termIds: z.array(z.uuid()).max(20).default([]),
  languages: z.array(z.enum(serviceLanguageCodes)).max(serviceLanguageCodes.length).default([]),
  locations: z.array(serviceLocationInput).max(10).default([]),
  contacts: z.array(serviceContactInput).max(10).default([]),
})
export type ServiceInput = z.infer<typeof serviceInput>

/** An edit names the version it was made on: a stale one is refused (409). */
export const serviceUpdate = serviceInput.extend({ version: z.number().int().min(1) })
export type ServiceUpdate = z.infer<typeof serviceUpdate>

export const serviceStatusChange = z.object({ version: z.number().int().min(1) })
