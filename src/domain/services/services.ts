import { and, asc, desc, eq, inArray, sql, type SQL } from 'drizzle-orm'
import type { Ctx } from '../../platform/context'
import type { Queryable } from '../../platform/db/database'
import type { LocalisedText } from '../../platform/db/columns'
import { Conflict, Invalid, NotFound, type FieldProblem } from '../../platform/errors'
import { decodePosition, encodePosition } from '../../platform/http/paging'
import { municipality, organisation } from '../organisations/schema'
import type { ServiceInput, ServiceUpdate } from '../../shared/service-tray'
import type { ServiceStatus } from '../../shared/enums'
import {
  service,
  serviceArea,
  serviceContact,
  serviceLanguage,
  serviceLocation,
  serviceSchedule,
  serviceTaxonomy,
  serviceTaxonomyTerm,
  serviceTerm,
} from './schema'

type ServiceRow = typeof service.$inferSelect
const langs = ['fi', 'sv', 'en'] as const
const ids = (rows: { id: string }[]) => rows.map((r) => r.id)

/** Everything the tray holds of some services, children included, in one query per table. */
export async function loadServices(db: Queryable, rows: ServiceRow[]) {
  if (rows.length === 0) return []
  const serviceIds = ids(rows)
  const [orgs, areas, terms, languages, locations, contacts] = await Promise.all([
    db
      .select()
      .from(organisation)
      .where(
        inArray(
          organisation.id,
          rows.map((r) => r.organisationId),
        ),
      ),
    db
      .select({ a: serviceArea, m: municipality })
      .from(serviceArea)
      .innerJoin(municipality, eq(municipality.id, serviceArea.municipalityId))
      .where(inArray(serviceArea.serviceId, serviceIds))
      .orderBy(asc(municipality.nameFi)),
    db
      .select({ st: serviceTerm, term: serviceTaxonomyTerm, taxonomy: serviceTaxonomy })
      .from(serviceTerm)
      .innerJoin(serviceTaxonomyTerm, eq(serviceTaxonomyTerm.id, serviceTerm.termId))
      .innerJoin(serviceTaxonomy, eq(serviceTaxonomy.id, serviceTaxonomyTerm.taxonomyId))
      .where(inArray(serviceTerm.serviceId, serviceIds))
      .orderBy(asc(serviceTaxonomyTerm.code)),
    db
      .select()
      .from(serviceLanguage)
      .where(inArray(serviceLanguage.serviceId, serviceIds))
      .orderBy(asc(serviceLanguage.code)),
    db
      .select({ l: serviceLocation, m: municipality })
      .from(serviceLocation)
      .innerJoin(municipality, eq(municipality.id, serviceLocation.municipalityId))
      .where(inArray(serviceLocation.serviceId, serviceIds))
      .orderBy(asc(serviceLocation.position)),
    db
      .select()
      .from(serviceContact)
      .where(inArray(serviceContact.serviceId, serviceIds))
      .orderBy(asc(serviceContact.position)),
  ])
  const schedules =
    locations.length === 0
      ? []
      : await db
          .select()
          .from(serviceSchedule)
          .where(
            inArray(
              serviceSchedule.serviceLocationId,
              locations.map((l) => l.l.id),
            ),
          )
          .orderBy(asc(serviceSchedule.position))
  const named = (m: typeof municipality.$inferSelect) => ({
    id: m.id,
    code: m.code,
    name: { fi: m.nameFi, sv: m.nameSv, en: m.nameEn },
  })
  return rows.map((s) => {
    const org = orgs.find((o) => o.id === s.organisationId)!
    return {
      id: s.id,
      status: s.status,
      version: s.version,
      organisation: {
        id: org.id,
        kind: org.kind,
        name: { fi: org.nameFi, sv: org.nameSv, en: org.nameEn },
      },
      name: s.name,
      description: s.description,
      eligibility: s.eligibility,
      applicationProcess: s.applicationProcess,
      fees: s.fees,
      minimumAge: s.minimumAge,
      maximumAge: s.maximumAge,
      url: s.url,
      email: s.email,
      municipalities: areas
        .filter((a) => a.a.serviceId === s.id)
        .map((a) => ({ ...named(a.m), serviceAreaId: a.a.id })),
      terms: terms
        .filter((t) => t.st.serviceId === s.id)
        .map((t) => ({
          id: t.term.id,
          attributeId: t.st.id,
          code: t.term.code,
          taxonomyCode: t.taxonomy.code,
          name: t.term.name,
        })),
      languages: languages
        .filter((l) => l.serviceId === s.id)
        .map((l) => ({ id: l.id, code: l.code })),
      locations: locations
        .filter((l) => l.l.serviceId === s.id)
        .map(({ l, m }) => ({
          id: l.id,
          serviceAtLocationId: l.serviceAtLocationId,
          addressId: l.addressId,
          accessibilityId: l.accessibilityId,
          name: l.name,
          streetAddress: l.streetAddress,
          postalCode: l.postalCode,
          municipality: named(m),
          accessibility: l.accessibility,
          openingHours: schedules
            .filter((h) => h.serviceLocationId === l.id)
            .map((h) => ({
              id: h.id,
              weekdays: h.weekdays,
              opensAt: h.opensAt,
              closesAt: h.closesAt,
            })),
        })),
      contacts: contacts
        .filter((c) => c.serviceId === s.id)
        .map((c) => ({
          id: c.id,
          phoneId: c.phoneId,
          title: c.title,
          email: c.email,
          phone: c.phone,
        })),
      publishedAt: s.publishedAt?.toISOString() ?? null,
      retiredAt: s.retiredAt?.toISOString() ?? null,
      updatedAt: s.updatedAt.toISOString(),
    }
  })
}
export type ServiceView = Awaited<ReturnType<typeof loadServices>>[number]

export async function serviceById(db: Queryable, id: string, status?: ServiceStatus) {
  const rows = await db
    .select()
    .from(service)
    .where(and(eq(service.id, id), status ? eq(service.status, status) : undefined))
  const [view] = await loadServices(db, rows)
  if (!view) throw new NotFound('service_not_found', 'No such service in the service tray.')
  return view
}

/** `%` and `_` typed by a user are letters, not wildcards. */
const likePattern = (q: string) => `%${q.replace(/[\\%_]/g, (c) => `\\${c}`)}%`

/**
 * Text search over the names and descriptions in every language: a plain substring match, or
 * Finnish stemming (`työnhakijat` finds `työnhakija`).
 */
export function serviceTextMatch(q: string): SQL {
  const pattern = likePattern(q)
  const text = sql`concat_ws(' ', ${service.name}->>'fi', ${service.name}->>'sv', ${service.name}->>'en',
    ${service.description}->>'fi', ${service.description}->>'sv', ${service.description}->>'en')`
  return sql`(${text} ilike ${pattern} or to_tsvector('finnish', concat_ws(' ', ${service.name}->>'fi', ${service.description}->>'fi')) @@ plainto_tsquery('finnish', ${q}))`
}

export const servesMunicipality = (municipalityId: string): SQL =>
  sql`exists (select 1 from ${serviceArea} where ${serviceArea.serviceId} = ${service.id} and ${serviceArea.municipalityId} = ${municipalityId}::uuid)`

export interface ServiceListQuery {
  /** Only these statuses; the worker's list asks for published ones. */
  statuses: readonly ServiceStatus[]
  search?: string | undefined
  municipalityId?: string | undefined
  /** Only services with this term of the `audience` taxonomy (`young_people`, `employers`). */
  audience?: string | undefined
  after?: string | undefined
  limit: number
}

const forAudience = (code: string): SQL =>
  sql`exists (select 1 from ${serviceTerm} join ${serviceTaxonomyTerm} on ${serviceTaxonomyTerm.id} = ${serviceTerm.termId} join ${serviceTaxonomy} on ${serviceTaxonomy.id} = ${serviceTaxonomyTerm.taxonomyId} where ${serviceTerm.serviceId} = ${service.id} and ${serviceTaxonomy.code} = 'audience' and ${serviceTaxonomyTerm.code} = ${code})`

/** A page of the tray, newest first, by keyset (src/platform/http/paging.ts). */
export async function listServices(db: Queryable, q: ServiceListQuery) {
  const position = q.after ? decodePosition(q.after) : null
  const rows = await db
    .select()
    .from(service)
    .where(
      and(
        inArray(service.status, [...q.statuses]),
        q.search ? serviceTextMatch(q.search) : undefined,
        q.municipalityId ? servesMunicipality(q.municipalityId) : undefined,
        q.audience ? forAudience(q.audience) : undefined,
        position
          ? sql`(${service.createdAt}, ${service.id}) < (${position.at.toISOString()}::timestamptz, ${position.id}::uuid)`
          : undefined,
      ),
    )
    .orderBy(desc(service.createdAt), desc(service.id))
    .limit(q.limit + 1)
  const page = rows.slice(0, q.limit)
  const last = page.at(-1)
  const hasMore = rows.length > q.limit
  return {
    items: await loadServices(db, page),
    hasMore,
    next: hasMore && last ? encodePosition({ at: last.createdAt, id: last.id }) : null,
  }
}

/**
 * A page of published-or-other services as summaries only (name, description, organisation):
 * one query, for lists that link to the full service (the public website's cards).
 */
export async function listServiceSummaries(db: Queryable, q: ServiceListQuery) {
  const position = q.after ? decodePosition(q.after) : null
  const rows = await db
    .select({ s: service, o: organisation })
    .from(service)
    .innerJoin(organisation, eq(organisation.id, service.organisationId))
    .where(
      and(
        inArray(service.status, [...q.statuses]),
        q.search ? serviceTextMatch(q.search) : undefined,
        q.municipalityId ? servesMunicipality(q.municipalityId) : undefined,
        q.audience ? forAudience(q.audience) : undefined,
        position
          ? sql`(${service.createdAt}, ${service.id}) < (${position.at.toISOString()}::timestamptz, ${position.id}::uuid)`
          : undefined,
      ),
    )
    .orderBy(desc(service.createdAt), desc(service.id))
    .limit(q.limit + 1)
  const page = rows.slice(0, q.limit)
  const last = page.at(-1)?.s
  const hasMore = rows.length > q.limit
  return {
    items: page.map(({ s, o }) => ({
      id: s.id,
      name: s.name,
      description: s.description,
      organisation: { id: o.id, name: { fi: o.nameFi, sv: o.nameSv, en: o.nameEn } },
      updatedAt: s.updatedAt.toISOString(),
    })),
    hasMore,
    next: hasMore && last ? encodePosition({ at: last.createdAt, id: last.id }) : null,
  }
}
export type ServiceSummary = Awaited<ReturnType<typeof listServiceSummaries>>['items'][number]

/** The taxonomies of the tray with their terms (the audience and others). */
export async function listTaxonomies(db: Queryable) {
  const [taxonomies, terms] = await Promise.all([
    db.select().from(serviceTaxonomy).orderBy(asc(serviceTaxonomy.code)),
    db.select().from(serviceTaxonomyTerm).orderBy(asc(serviceTaxonomyTerm.code)),
  ])
  return taxonomies.map((t) => ({
    id: t.id,
    code: t.code,
    name: t.name,
    terms: terms
      .filter((term) => term.taxonomyId === t.id)
      .map((term) => ({ id: term.id, code: term.code, name: term.name })),
  }))
}

async function assertKnown(
  db: Queryable,
  table: typeof organisation | typeof municipality | typeof serviceTaxonomyTerm,
  wanted: string[],
  field: string,
) {
  const unique = [...new Set(wanted)]
  if (unique.length === 0) return
  const found = await db.select({ id: table.id }).from(table).where(inArray(table.id, unique))
  if (found.length !== unique.length) {
    throw new Invalid('missing_reference', 'The request names a record that does not exist.', [
      { field, code: 'unknown_reference', message: 'No such record' },
    ])
  }
}

async function checkInput(db: Queryable, input: ServiceInput) {
  if (
    input.minimumAge !== null &&
    input.maximumAge !== null &&
    input.minimumAge > input.maximumAge
  ) {
    throw new Invalid('validation_failed', 'The maximum age is below the minimum age.', [
      {
        field: 'body.maximumAge',
        code: 'too_small',
        message: 'At least the minimum age',
        params: { min: input.minimumAge },
      },
    ])
  }
  const badHours = input.locations.flatMap((l, i) =>
    l.openingHours.flatMap((h, j) =>
      h.opensAt >= h.closesAt
        ? [
            {
              field: `body.locations.${i}.openingHours.${j}.closesAt`,
              code: 'too_small' as const,
              message: 'Closes after it opens',
              params: { min: h.opensAt },
            },
          ]
        : [],
    ),
  )
  if (badHours.length > 0)
    throw new Invalid('validation_failed', 'A location closes before it opens.', badHours)
  await assertKnown(db, organisation, [input.organisationId], 'body.organisationId')
  await assertKnown(db, municipality, input.municipalityIds, 'body.municipalityIds')
  await assertKnown(
    db,
    municipality,
    input.locations.map((l) => l.municipalityId),
    'body.locations',
  )
  await assertKnown(db, serviceTaxonomyTerm, input.termIds, 'body.termIds')
}

const serviceValues = (input: ServiceInput) => ({
  organisationId: input.organisationId,
  name: input.name,
  description: input.description,
  eligibility: input.eligibility,
  applicationProcess: input.applicationProcess,
  fees: input.fees,
  minimumAge: input.minimumAge,
  maximumAge: input.maximumAge,
  url: input.url,
  email: input.email,
})

/** The children are written anew on every save, as one whole (the catalogue does the same). */
async function writeChildren(ctx: Ctx, serviceId: string, input: ServiceInput) {
  const db = ctx.db
  await db.delete(serviceArea).where(eq(serviceArea.serviceId, serviceId))
  await db.delete(serviceTerm).where(eq(serviceTerm.serviceId, serviceId))
  await db.delete(serviceLanguage).where(eq(serviceLanguage.serviceId, serviceId))
  await db.delete(serviceLocation).where(eq(serviceLocation.serviceId, serviceId))
  await db.delete(serviceContact).where(eq(serviceContact.serviceId, serviceId))
  const at = { createdAt: ctx.now, updatedAt: ctx.now }
  const municipalityIds = [...new Set(input.municipalityIds)]
  if (municipalityIds.length > 0)
    await db
      .insert(serviceArea)
      .values(municipalityIds.map((municipalityId) => ({ serviceId, municipalityId, ...at })))
  const termIds = [...new Set(input.termIds)]
  if (termIds.length > 0)
    await db.insert(serviceTerm).values(termIds.map((termId) => ({ serviceId, termId, ...at })))
  const codes = [...new Set(input.languages)]
  if (codes.length > 0)
    await db.insert(serviceLanguage).values(codes.map((code) => ({ serviceId, code, ...at })))
  for (const [i, l] of input.locations.entries()) {
    const [row] = await db
      .insert(serviceLocation)
      .values({
        serviceId,
        position: i + 1,
        name: l.name,
        streetAddress: l.streetAddress,
        postalCode: l.postalCode,
        municipalityId: l.municipalityId,
        accessibility: l.accessibility,
        ...at,
      })
      .returning({ id: serviceLocation.id })
    if (l.openingHours.length > 0)
      await db.insert(serviceSchedule).values(
        l.openingHours.map((h, j) => ({
          serviceLocationId: row!.id,
          position: j + 1,
          weekdays: [...new Set(h.weekdays)],
          opensAt: h.opensAt,
          closesAt: h.closesAt,
          ...at,
        })),
      )
  }
  if (input.contacts.length > 0)
    await db.insert(serviceContact).values(
      input.contacts.map((c, i) => ({
        serviceId,
        position: i + 1,
        title: c.title,
        email: c.email,
        phone: c.phone,
        ...at,
      })),
    )
}

export async function createService(ctx: Ctx, input: ServiceInput): Promise<ServiceView> {
  await checkInput(ctx.db, input)
  const [row] = await ctx.db
    .insert(service)
    .values({ ...serviceValues(input), status: 'draft', createdAt: ctx.now, updatedAt: ctx.now })
    .returning({ id: service.id })
  await writeChildren(ctx, row!.id, input)
  ctx.audit.touch([], [row!.id])
  return serviceById(ctx.db, row!.id)
}

/** Moves the version on, or refuses when someone else got there first. */
async function bumpVersion(
  ctx: Ctx,
  id: string,
  version: number,
  set: Partial<typeof service.$inferInsert>,
) {
  const [row] = await ctx.db
    .update(service)
    .set({ ...set, version: sql`${service.version} + 1`, updatedAt: ctx.now })
    .where(and(eq(service.id, id), eq(service.version, version)))
    .returning({ id: service.id })
  if (!row)
    throw new Conflict(
      'changed_meanwhile',
      'Someone changed this service meanwhile. Reload to see their change.',
    )
}

async function current(ctx: Ctx, id: string, version: number) {
  const view = await serviceById(ctx.db, id)
  ctx.audit.touch([], [id])
  if (view.version !== version)
    throw new Conflict(
      'changed_meanwhile',
      'Someone changed this service meanwhile. Reload to see their change.',
    )
  return view
}

/**
 * A draft or a published service is edited in place (a published one stays complete in every
 * language); a retired one is read-only.
 */
export async function updateService(ctx: Ctx, id: string, input: ServiceUpdate) {
  const before = await current(ctx, id, input.version)
  if (before.status === 'retired')
    throw new Conflict('service_retired', 'A retired service cannot be edited.')
  await checkInput(ctx.db, input)
  await bumpVersion(ctx, id, input.version, serviceValues(input))
  await writeChildren(ctx, id, input)
  const after = await serviceById(ctx.db, id)
  if (after.status === 'published') assertPublishable(after)
  return after
}

/** The texts still empty in some language, and what else publishing needs. */
function publishProblems(v: ServiceView): FieldProblem[] {
  const required: [string, LocalisedText][] = [
    ['name', v.name],
    ['description', v.description],
    ...v.contacts.map((c, i): [string, LocalisedText] => [`contacts.${i}.title`, c.title]),
    ...v.locations.map((l, i): [string, LocalisedText] => [`locations.${i}.name`, l.name]),
  ]
  // Optional texts need every language only once they have one.
  const optionalTexts: [string, LocalisedText][] = [
    ['eligibility', v.eligibility],
    ['applicationProcess', v.applicationProcess],
    ['fees', v.fees],
    ...v.locations.map((l, i): [string, LocalisedText] => [
      `locations.${i}.accessibility`,
      l.accessibility,
    ]),
  ]
  const optional = optionalTexts.filter(([, text]) => langs.some((lang) => text[lang] !== ''))
  const untranslated = [...required, ...optional].flatMap(([field, text]) =>
    langs
      .filter((lang) => text[lang].trim() === '')
      .map((lang): FieldProblem => ({
        field: `${field}.${lang}`,
        code: 'translation_missing',
        message: 'Translate before publishing',
      })),
  )
  const area: FieldProblem[] =
    v.municipalities.length === 0
      ? [{ field: 'municipalityIds', code: 'required', message: 'Name the municipalities served' }]
      : []
  return [...untranslated, ...area]
}

function assertPublishable(v: ServiceView) {
  const problems = publishProblems(v)
  if (problems.length > 0)
    throw new Invalid(
      'service_incomplete',
      'A published service is in Finnish, Swedish and English and names its municipalities.',
      problems,
    )
}

export async function publishService(ctx: Ctx, id: string, version: number) {
  const before = await current(ctx, id, version)
  if (before.status !== 'draft') throw new Conflict('not_a_draft', 'Only a draft is published.')
  assertPublishable(before)
  await bumpVersion(ctx, id, version, { status: 'published', publishedAt: ctx.now })
  return serviceById(ctx.db, id)
}

/** A retired service leaves the public API and the workers' list; its record stays. */
export async function retireService(ctx: Ctx, id: string, version: number) {
  const before = await current(ctx, id, version)
  if (before.status !== 'published')
    throw new Conflict('not_published', 'Only a published service is retired.')
  await bumpVersion(ctx, id, version, { status: 'retired', retiredAt: ctx.now })
  return serviceById(ctx.db, id)
}
