import { z } from 'zod'

/**
 * The HSDS 3.0 objects the public API answers with, as zod (the response schemas also shape
 * what goes out). Only the fields the tray fills are listed; an absent value is left out, never
 * null, as the official schemas have no nulls. The test validates every answer against the
 * official JSON schemas in shared/standards/hsds-3.0.
 */
const id = z.uuid()
const text = z.string().optional()

export const hsdsTaxonomy = z
  .object({ id, name: z.string(), description: z.string(), version: text })
  .meta({ id: 'HsdsTaxonomy' })

export const hsdsTaxonomyTerm = z
  .object({
    id,
    code: text,
    name: z.string(),
    description: z.string(),
    taxonomy: text,
    taxonomy_id: id.optional(),
    taxonomy_detail: hsdsTaxonomy.optional(),
    language: text,
  })
  .meta({ id: 'HsdsTaxonomyTerm' })

const attribute = z.object({
  id,
  link_id: id,
  link_type: text,
  link_entity: z.string(),
  taxonomy_term_id: id,
  taxonomy_term: hsdsTaxonomyTerm,
})

const language = z.object({
  id,
  service_id: id.optional(),
  name: z.string(),
  code: z.string(),
})

const phone = z.object({
  id,
  service_id: id.optional(),
  contact_id: id.optional(),
  number: z.string(),
  type: text,
})

const contact = z.object({
  id,
  service_id: id.optional(),
  name: text,
  email: z.string().optional(),
  phones: z.array(phone),
})

const schedule = z.object({
  id,
  service_id: id.optional(),
  service_at_location_id: id.optional(),
  freq: z.enum(['WEEKLY', 'MONTHLY']),
  wkst: z.enum(['MO', 'TU', 'WE', 'TH', 'FR', 'SA', 'SU']),
  byday: z.string(),
  opens_at: z.string(),
  closes_at: z.string(),
  description: text,
})

const address = z.object({
  id,
  location_id: id,
  address_1: z.string(),
  city: z.string(),
  state_province: z.string(),
  postal_code: z.string(),
  country: z.string(),
  address_type: z.enum(['physical', 'postal', 'virtual']),
})

const accessibility = z.object({ id, location_id: id, description: z.string() })

const location = z.object({
  id,
  location_type: z.enum(['physical', 'postal', 'virtual']),
  organization_id: id.optional(),
  name: text,
  addresses: z.array(address),
  accessibility: z.array(accessibility),
  schedules: z.array(schedule),
})

const serviceAtLocation = z.object({
  id,
  service_id: id,
  location_id: id,
  schedules: z.array(schedule),
  location,
})

const serviceArea = z.object({
  id,
  service_id: id,
  name: z.string(),
  extent_type: text,
  uri: text,
})

export const hsdsOrganization = z
  .object({
    id,
    name: z.string(),
    description: z.string(),
    email: z.string().optional(),
    website: z.string().optional(),
  })
  .meta({ id: 'HsdsOrganization' })

export const hsdsService = z
  .object({
    id,
    organization_id: id,
    name: z.string(),
    description: text,
    url: text,
    email: text,
    status: z.enum(['active', 'inactive', 'defunct', 'temporarily closed']),
    application_process: text,
    fees_description: text,
    eligibility_description: text,
    minimum_age: z.number().optional(),
    maximum_age: z.number().optional(),
    last_modified: z.string(),
    organization: hsdsOrganization,
    service_at_locations: z.array(serviceAtLocation),
    contacts: z.array(contact),
    phones: z.array(phone),
    schedules: z.array(schedule),
    service_areas: z.array(serviceArea),
    languages: z.array(language),
    attributes: z.array(attribute),
  })
  .meta({ id: 'HsdsService' })

/** The HSDS API's Page (openapi.json, components.schemas.Page) around `contents`. */
export const hsdsPage = <T extends z.ZodType>(item: T) =>
  z.object({
    total_items: z.number().int(),
    total_pages: z.number().int(),
    page_number: z.number().int(),
    size: z.number().int(),
    first_page: z.boolean(),
    last_page: z.boolean(),
    empty: z.boolean(),
    contents: z.array(item),
  })

export const hsdsMeta = z.object({
  version: z.string(),
  profile: z.string(),
  openapi_url: z.string(),
})
