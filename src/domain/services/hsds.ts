import { and, asc, count, eq, gte, inArray, sql, type SQL } from 'drizzle-orm'
import type { z } from 'zod'
import type { Queryable } from '../../platform/db/database'
import type { LocalisedText } from '../../platform/db/columns'
import { NotFound } from '../../platform/errors'
import type { Locale, ServiceLanguageCode } from '../../shared/enums'
import { organisation, region } from '../organisations/schema'
import type { hsdsOrganization, hsdsService, hsdsTaxonomy, hsdsTaxonomyTerm } from './hsds-schema'
import {
  organisationProfile,
  service,
  serviceTaxonomy,
  serviceTaxonomyTerm,
  serviceTerm,
} from './schema'
import { loadServices, serviceTextMatch, type ServiceView } from './services'

/**
 * The public HSDS 3.0 view of the tray: published services only, in one language per request,
 * with nothing personal in them (organisations, service desks, addresses, opening hours).
 */
type HsdsService = z.infer<typeof hsdsService>
type HsdsOrganization = z.infer<typeof hsdsOrganization>

export interface PageRequest {
  page: number
  per_page: number
}

/** Texts of a published service exist in every language; a draft-only text falls back to Finnish. */
const inLang = (t: LocalisedText, lang: Locale) => t[lang] || t.fi
const present = (value: string | null | undefined) => (value ? value : undefined)

const languageNames: Record<ServiceLanguageCode, LocalisedText> = {
  fi: { fi: 'suomi', sv: 'finska', en: 'Finnish' },
  sv: { fi: 'ruotsi', sv: 'svenska', en: 'Swedish' },
  en: { fi: 'englanti', sv: 'engelska', en: 'English' },
  se: { fi: 'pohjoissaame', sv: 'nordsamiska', en: 'Northern Sami' },
  ru: { fi: 'venäjä', sv: 'ryska', en: 'Russian' },
  et: { fi: 'viro', sv: 'estniska', en: 'Estonian' },
  ar: { fi: 'arabia', sv: 'arabiska', en: 'Arabic' },
  so: { fi: 'somali', sv: 'somaliska', en: 'Somali' },
  uk: { fi: 'ukraina', sv: 'ukrainska', en: 'Ukrainian' },
}

/** The municipality in the national code list (Statistics Finland's codes on uri.suomi.fi). */
const municipalityUri = (code: string) =>
  `http://uri.suomi.fi/codelist/jhs/kunta_1_20240101/code/${code}`

function pageOf<T>(contents: T[], total: number, p: PageRequest) {
  const totalPages = Math.max(1, Math.ceil(total / p.per_page))
  return {
    total_items: total,
    total_pages: totalPages,
    page_number: p.page,
    size: contents.length,
    first_page: p.page === 1,
    last_page: p.page >= totalPages,
    empty: total === 0,
    contents,
  }
}
const offset = (p: PageRequest) => (p.page - 1) * p.per_page

type ProfileRow = typeof organisationProfile.$inferSelect
type OrganisationRow = typeof organisation.$inferSelect

function presentOrganization(
  o: Pick<OrganisationRow, 'id' | 'nameFi' | 'nameSv' | 'nameEn'>,
  profile: ProfileRow | undefined,
  lang: Locale,
): HsdsOrganization {
  const name = inLang({ fi: o.nameFi, sv: o.nameSv, en: o.nameEn }, lang)
  return {
    id: o.id,
    name,
    description: profile ? inLang(profile.description, lang) : name,
    email: present(profile?.email),
    website: present(profile?.website),
  }
}

async function profilesOf(db: Queryable, organisationIds: string[]) {
  if (organisationIds.length === 0) return []
  return db
    .select()
    .from(organisationProfile)
    .where(inArray(organisationProfile.organisationId, organisationIds))
}

function presentService(
  v: ServiceView,
  profile: ProfileRow | undefined,
  regionName: string,
  lang: Locale,
): HsdsService {
  const organization = presentOrganization(
    {
      id: v.organisation.id,
      nameFi: v.organisation.name.fi,
      nameSv: v.organisation.name.sv,
      nameEn: v.organisation.name.en,
    },
    profile,
    lang,
  )
  const serviceAtLocations = v.locations.map((l) => {
    const schedules = l.openingHours.map((h) => ({
      id: h.id,
      service_id: v.id,
      service_at_location_id: l.serviceAtLocationId,
      freq: 'WEEKLY' as const,
      wkst: 'MO' as const,
      byday: h.weekdays.join(','),
      opens_at: h.opensAt,
      closes_at: h.closesAt,
    }))
    const accessibility = inLang(l.accessibility, lang)
    return {
      id: l.serviceAtLocationId,
      service_id: v.id,
      location_id: l.id,
      schedules,
      location: {
        id: l.id,
        location_type: 'physical' as const,
        organization_id: v.organisation.id,
        name: present(inLang(l.name, lang)),
        addresses: [
          {
            id: l.addressId,
            location_id: l.id,
            address_1: l.streetAddress,
            city: inLang(l.municipality.name, lang),
            state_province: regionName,
            postal_code: l.postalCode,
            country: 'FI',
            address_type: 'physical' as const,
          },
        ],
        accessibility: accessibility
          ? [{ id: l.accessibilityId, location_id: l.id, description: accessibility }]
          : [],
        schedules: [],
      },
    }
  })
  const phones = v.contacts.flatMap((c) =>
    c.phone ? [{ id: c.phoneId, service_id: v.id, contact_id: c.id, number: c.phone }] : [],
  )
  return {
    id: v.id,
    organization_id: v.organisation.id,
    name: inLang(v.name, lang),
    description: present(inLang(v.description, lang)),
    url: present(v.url),
    email: present(v.email),
    status: 'active',
    application_process: present(inLang(v.applicationProcess, lang)),
    fees_description: present(inLang(v.fees, lang)),
    eligibility_description: present(inLang(v.eligibility, lang)),
    minimum_age: v.minimumAge ?? undefined,
    maximum_age: v.maximumAge ?? undefined,
    last_modified: v.updatedAt,
    organization,
    service_at_locations: serviceAtLocations,
    contacts: v.contacts.map((c) => ({
      id: c.id,
      service_id: v.id,
      name: present(inLang(c.title, lang)),
      email: present(c.email),
      phones: c.phone ? [{ id: c.phoneId, contact_id: c.id, number: c.phone }] : [],
    })),
    phones,
    schedules: serviceAtLocations.flatMap((s) => s.schedules),
    service_areas: v.municipalities.map((m) => ({
      id: m.serviceAreaId,
      service_id: v.id,
      name: inLang(m.name, lang),
      extent_type: 'municipality',
      uri: municipalityUri(m.code),
    })),
    languages: v.languages.map((l) => ({
      id: l.id,
      service_id: v.id,
      name: languageNames[l.code][lang],
      code: l.code,
    })),
    attributes: v.terms.map((t) => ({
      id: t.attributeId,
      link_id: v.id,
      link_type: t.taxonomyCode,
      link_entity: 'service',
      taxonomy_term_id: t.id,
      taxonomy_term: {
        id: t.id,
        code: t.code,
        name: inLang(t.name, lang),
        description: inLang(t.name, lang),
        taxonomy: t.taxonomyCode,
        language: lang,
      },
    })),
  }
}

async function presentServices(db: Queryable, views: ServiceView[], lang: Locale) {
  const profiles = await profilesOf(db, [...new Set(views.map((v) => v.organisation.id))])
  // The tray's services are all in the network's one region.
  const [r] = await db.select().from(region).limit(1)
  const regionName = r ? inLang({ fi: r.nameFi, sv: r.nameSv, en: r.nameEn }, lang) : ''
  return views.map((v) =>
    presentService(
      v,
      profiles.find((p) => p.organisationId === v.organisation.id),
      regionName,
      lang,
    ),
  )
}

export interface HsdsServiceQuery extends PageRequest {
  lang: Locale
  search?: string | undefined
  taxonomy_term_id?: string | undefined
  organization_id?: string | undefined
  modified_after?: string | undefined
}

const published = eq(service.status, 'published')

export async function hsdsServices(db: Queryable, q: HsdsServiceQuery) {
  const where = and(
    published,
    q.search ? serviceTextMatch(q.search) : undefined,
    q.organization_id ? eq(service.organisationId, q.organization_id) : undefined,
    q.taxonomy_term_id
      ? sql`exists (select 1 from ${serviceTerm} where ${serviceTerm.serviceId} = ${service.id} and ${serviceTerm.termId} = ${q.taxonomy_term_id}::uuid)`
      : undefined,
    q.modified_after ? gte(service.updatedAt, new Date(q.modified_after)) : undefined,
  )
  const [rows, [{ total } = { total: 0 }]] = await Promise.all([
    db
      .select()
      .from(service)
      .where(where)
      .orderBy(sql`${service.name}->>${q.lang}`, asc(service.id))
      .limit(q.per_page)
      .offset(offset(q)),
    db.select({ total: count() }).from(service).where(where),
  ])
  const views = await loadServices(db, rows)
  return pageOf(await presentServices(db, views, q.lang), total, q)
}

export async function hsdsServiceById(db: Queryable, id: string, lang: Locale) {
  const rows = await db
    .select()
    .from(service)
    .where(and(eq(service.id, id), published))
  const [out] = await presentServices(db, await loadServices(db, rows), lang)
  if (!out) throw new NotFound('service_not_found', 'No such published service.')
  return out
}

/** Only organisations with a published service are public here. */
const hasPublishedService: SQL = sql`exists (select 1 from ${service} where ${service.organisationId} = ${organisation.id} and ${service.status} = 'published')`

export async function hsdsOrganizations(
  db: Queryable,
  q: PageRequest & { lang: Locale; search?: string | undefined },
) {
  const where = and(
    hasPublishedService,
    q.search
      ? sql`concat_ws(' ', ${organisation.nameFi}, ${organisation.nameSv}, ${organisation.nameEn}) ilike ${`%${q.search.replace(/[\\%_]/g, (c) => `\\${c}`)}%`}`
      : undefined,
  )
  const [rows, [{ total } = { total: 0 }]] = await Promise.all([
    db
      .select()
      .from(organisation)
      .where(where)
      .orderBy(asc(organisation.code))
      .limit(q.per_page)
      .offset(offset(q)),
    db.select({ total: count() }).from(organisation).where(where),
  ])
  const profiles = await profilesOf(
    db,
    rows.map((r) => r.id),
  )
  return pageOf(
    rows.map((o) =>
      presentOrganization(
        o,
        profiles.find((p) => p.organisationId === o.id),
        q.lang,
      ),
    ),
    total,
    q,
  )
}

export async function hsdsOrganizationById(db: Queryable, id: string, lang: Locale) {
  const [o] = await db
    .select()
    .from(organisation)
    .where(and(eq(organisation.id, id), hasPublishedService))
  if (!o) throw new NotFound('unknown_organisation', 'No such organisation in the service tray.')
  const [profile] = await profilesOf(db, [o.id])
  return presentOrganization(o, profile, lang)
}

type TaxonomyRow = typeof serviceTaxonomy.$inferSelect
const presentTaxonomy = (t: TaxonomyRow, lang: Locale): z.infer<typeof hsdsTaxonomy> => ({
  id: t.id,
  name: inLang(t.name, lang),
  description: inLang(t.description, lang),
  version: t.version,
})

export async function hsdsTaxonomies(db: Queryable, q: PageRequest & { lang: Locale }) {
  const [rows, [{ total } = { total: 0 }]] = await Promise.all([
    db
      .select()
      .from(serviceTaxonomy)
      .orderBy(asc(serviceTaxonomy.code))
      .limit(q.per_page)
      .offset(offset(q)),
    db.select({ total: count() }).from(serviceTaxonomy),
  ])
  return pageOf(
    rows.map((t) => presentTaxonomy(t, q.lang)),
    total,
    q,
  )
}

export async function hsdsTaxonomyTerms(
  db: Queryable,
  q: PageRequest & { lang: Locale; taxonomy_id?: string | undefined },
) {
  const where = q.taxonomy_id ? eq(serviceTaxonomyTerm.taxonomyId, q.taxonomy_id) : undefined
  const [rows, [{ total } = { total: 0 }]] = await Promise.all([
    db
      .select({ term: serviceTaxonomyTerm, taxonomy: serviceTaxonomy })
      .from(serviceTaxonomyTerm)
      .innerJoin(serviceTaxonomy, eq(serviceTaxonomy.id, serviceTaxonomyTerm.taxonomyId))
      .where(where)
      .orderBy(asc(serviceTaxonomy.code), asc(serviceTaxonomyTerm.code))
      .limit(q.per_page)
      .offset(offset(q)),
    db.select({ total: count() }).from(serviceTaxonomyTerm).where(where),
  ])
  return pageOf(
    rows.map(({ term, taxonomy }): z.infer<typeof hsdsTaxonomyTerm> => ({
      id: term.id,
      code: term.code,
      name: inLang(term.name, q.lang),
      description: inLang(term.description, q.lang),
      taxonomy: taxonomy.code,
      taxonomy_id: taxonomy.id,
      taxonomy_detail: presentTaxonomy(taxonomy, q.lang),
      language: q.lang,
    })),
    total,
    q,
  )
}
