import { sql } from 'drizzle-orm'
import {
  check,
  index,
  integer,
  jsonb,
  pgTable,
  text,
  timestamp,
  uniqueIndex,
  uuid,
} from 'drizzle-orm/pg-core'
import { idColumn, inList, timestamps, type LocalisedText } from '../../platform/db/columns'
import { municipality, organisation } from '../organisations/schema'
import {
  serviceLanguageCodes,
  serviceStatuses,
  weekdays,
  type ServiceLanguageCode,
  type ServiceStatus,
  type Weekday,
} from '../../shared/enums'

/**
 * The service tray: the services of the partner organisations and of providers, shaped after
 * HSDS 3.0 (service, location, address, accessibility, contact, phone, schedule, service area,
 * language, taxonomy). Texts are `{ fi, sv, en }` in jsonb: a draft may be in Finnish alone,
 * publishing asks for all three. Nothing here is personal data: contacts are service desks.
 */
const localised = (name: string) => jsonb(name).$type<LocalisedText>().notNull()
const isLocalised = (column: string) =>
  sql.raw(
    `jsonb_typeof(${column}->'fi') = 'string' and jsonb_typeof(${column}->'sv') = 'string' and jsonb_typeof(${column}->'en') = 'string'`,
  )

/** What HSDS tells of an organisation beyond its name (the organisation itself is the network's). */
export const organisationProfile = pgTable(
  'organisation_profile',
  {
    id: idColumn(),
    organisationId: uuid('organisation_id')
      .notNull()
      .references(() => organisation.id),
    description: localised('description'),
    website: text('website'),
    email: text('email'),
    ...timestamps,
  },
  (t) => [
    uniqueIndex('organisation_profile_organisation_id_key').on(t.organisationId),
    check('organisation_profile_description_check', isLocalised('description')),
  ],
)

export const service = pgTable(
  'service',
  {
    id: idColumn(),
    organisationId: uuid('organisation_id')
      .notNull()
      .references(() => organisation.id),
    status: text('status').$type<ServiceStatus>().notNull(),
    /** Raised by every change: an edit naming an older version is refused (409). */
    version: integer('version').notNull().default(1),
    name: localised('name'),
    description: localised('description'),
    eligibility: localised('eligibility'),
    applicationProcess: localised('application_process'),
    fees: localised('fees'),
    minimumAge: integer('minimum_age'),
    maximumAge: integer('maximum_age'),
    url: text('url'),
    email: text('email'),
    publishedAt: timestamp('published_at', { withTimezone: true }),
    retiredAt: timestamp('retired_at', { withTimezone: true }),
    ...timestamps,
  },
  (t) => [
    index('service_organisation_id_idx').on(t.organisationId),
    index('service_status_created_idx').on(t.status, t.createdAt, t.id),
    check('service_status_check', inList('status', serviceStatuses)),
    check('service_name_check', isLocalised('name')),
    check(
      'service_age_check',
      sql`(${t.minimumAge} is null or ${t.minimumAge} between 0 and 120) and (${t.maximumAge} is null or ${t.maximumAge} between 0 and 120) and (${t.minimumAge} is null or ${t.maximumAge} is null or ${t.minimumAge} <= ${t.maximumAge})`,
    ),
    check('service_published_check', sql`(${t.status} = 'draft') = (${t.publishedAt} is null)`),
  ],
)

/** Where a service is given: the location, its one street address and its accessibility. */
export const serviceLocation = pgTable(
  'service_location',
  {
    id: idColumn(),
    serviceId: uuid('service_id')
      .notNull()
      .references(() => service.id, { onDelete: 'cascade' }),
    /** HSDS keeps the service's presence at a location apart from the location itself. */
    serviceAtLocationId: uuid('service_at_location_id').notNull().defaultRandom(),
    addressId: uuid('address_id').notNull().defaultRandom(),
    accessibilityId: uuid('accessibility_id').notNull().defaultRandom(),
    position: integer('position').notNull(),
    name: localised('name'),
    streetAddress: text('street_address').notNull(),
    postalCode: text('postal_code').notNull(),
    municipalityId: uuid('municipality_id')
      .notNull()
      .references(() => municipality.id),
    accessibility: localised('accessibility'),
    ...timestamps,
  },
  (t) => [
    uniqueIndex('service_location_position_key').on(t.serviceId, t.position),
    index('service_location_municipality_id_idx').on(t.municipalityId),
    check('service_location_postal_code_check', sql`${t.postalCode} ~ '^[0-9]{5}$'`),
  ],
)

/** Opening hours of a location, as an HSDS weekly schedule. */
export const serviceSchedule = pgTable(
  'service_schedule',
  {
    id: idColumn(),
    serviceLocationId: uuid('service_location_id')
      .notNull()
      .references(() => serviceLocation.id, { onDelete: 'cascade' }),
    position: integer('position').notNull(),
    weekdays: text('weekdays').array().$type<Weekday[]>().notNull(),
    opensAt: text('opens_at').notNull(),
    closesAt: text('closes_at').notNull(),
    ...timestamps,
  },
  (t) => [
    uniqueIndex('service_schedule_position_key').on(t.serviceLocationId, t.position),
    check(
      'service_schedule_weekdays_check',
      sql.raw(`weekdays <@ array[${weekdays.map((d) => `'${d}'`).join(', ')}]::text[]`),
    ),
    check(
      'service_schedule_times_check',
      sql`${t.opensAt} ~ '^([01][0-9]|2[0-3]):[0-5][0-9]$' and ${t.closesAt} ~ '^([01][0-9]|2[0-3]):[0-5][0-9]$' and ${t.opensAt} < ${t.closesAt}`,
    ),
  ],
)

/** A service desk to contact (never a named person: the tray is public). */
export const serviceContact = pgTable(
  'service_contact',
  {
    id: idColumn(),
    serviceId: uuid('service_id')
      .notNull()
      .references(() => service.id, { onDelete: 'cascade' }),
    phoneId: uuid('phone_id').notNull().defaultRandom(),
    position: integer('position').notNull(),
    title: localised('title'),
    email: text('email'),
    phone: text('phone'),
    ...timestamps,
  },
  (t) => [uniqueIndex('service_contact_position_key').on(t.serviceId, t.position)],
)

/** The municipalities a service serves. */
export const serviceArea = pgTable(
  'service_area',
  {
    id: idColumn(),
    serviceId: uuid('service_id')
      .notNull()
      .references(() => service.id, { onDelete: 'cascade' }),
    municipalityId: uuid('municipality_id')
      .notNull()
      .references(() => municipality.id),
    ...timestamps,
  },
  (t) => [
    uniqueIndex('service_area_key').on(t.serviceId, t.municipalityId),
    index('service_area_municipality_id_idx').on(t.municipalityId),
  ],
)

/** The languages a service is given in. */
export const serviceLanguage = pgTable(
  'service_language',
  {
    id: idColumn(),
    serviceId: uuid('service_id')
      .notNull()
      .references(() => service.id, { onDelete: 'cascade' }),
    code: text('code').$type<ServiceLanguageCode>().notNull(),
    ...timestamps,
  },
  (t) => [
    uniqueIndex('service_language_key').on(t.serviceId, t.code),
    check('service_language_code_check', inList('code', serviceLanguageCodes)),
  ],
)

/** A classification of services, e.g. the audience (young people, employers). */
export const serviceTaxonomy = pgTable(
  'service_taxonomy',
  {
    id: idColumn(),
    code: text('code').notNull(),
    name: localised('name'),
    description: localised('description'),
    version: text('version').notNull(),
    ...timestamps,
  },
  (t) => [uniqueIndex('service_taxonomy_code_key').on(t.code)],
)

export const serviceTaxonomyTerm = pgTable(
  'service_taxonomy_term',
  {
    id: idColumn(),
    taxonomyId: uuid('taxonomy_id')
      .notNull()
      .references(() => serviceTaxonomy.id),
    code: text('code').notNull(),
    name: localised('name'),
    description: localised('description'),
    ...timestamps,
  },
  (t) => [
    uniqueIndex('service_taxonomy_term_code_key').on(t.taxonomyId, t.code),
    index('service_taxonomy_term_taxonomy_id_idx').on(t.taxonomyId),
  ],
)

/** A term attached to a service; HSDS shows it as an attribute of the service. */
export const serviceTerm = pgTable(
  'service_term',
  {
    id: idColumn(),
    serviceId: uuid('service_id')
      .notNull()
      .references(() => service.id, { onDelete: 'cascade' }),
    termId: uuid('term_id')
      .notNull()
      .references(() => serviceTaxonomyTerm.id),
    ...timestamps,
  },
  (t) => [
    uniqueIndex('service_term_key').on(t.serviceId, t.termId),
    index('service_term_term_id_idx').on(t.termId),
  ],
)
