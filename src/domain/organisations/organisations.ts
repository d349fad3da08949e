import { asc, eq, sql } from 'drizzle-orm'
import type { Ctx } from '../../platform/context'
import type { Queryable } from '../../platform/db/database'
import type { OrganisationId, UserAccountId } from '../../platform/ids'
import { localised } from '../../platform/localised'
import {
  municipality,
  organisation,
  organisationMember,
  programme,
  programmeMunicipality,
  programmePartner,
  region,
  type MemberRole,
} from './schema'

export interface Membership {
  organisationId: OrganisationId
  role: MemberRole
}

export async function membershipsOf(db: Queryable, userId: UserAccountId): Promise<Membership[]> {
  const rows = await db
    .select({ organisationId: organisationMember.organisationId, role: organisationMember.role })
    .from(organisationMember)
    .where(eq(organisationMember.userAccountId, userId))
    .orderBy(asc(organisationMember.createdAt), asc(organisationMember.id))
  return rows.map((r) => ({ organisationId: r.organisationId as OrganisationId, role: r.role }))
}

export async function listOrganisations(db: Queryable) {
  const rows = await db.select().from(organisation).orderBy(asc(organisation.nameFi))
  return rows.map((o) => ({
    id: o.id as OrganisationId,
    code: o.code,
    kind: o.kind,
    name: localised(o),
  }))
}

export async function organisationNames(db: Queryable, ids: readonly string[]) {
  if (ids.length === 0) return new Map<string, ReturnType<typeof localised>>()
  const rows = await db
    .select()
    .from(organisation)
    .where(
      sql`${organisation.id} in (${sql.join(
        ids.map((id) => sql`${id}::uuid`),
        sql`, `,
      )})`,
    )
  return new Map(rows.map((o) => [o.id, localised(o)]))
}

export async function municipalityName(db: Queryable, id: string) {
  const [row] = await db.select().from(municipality).where(eq(municipality.id, id))
  return row ? { id: row.id, code: row.code, name: localised(row) } : null
}

/** Every municipality of the network, by name (the service tray's areas and filters). */
export async function listMunicipalities(db: Queryable) {
  const rows = await db.select().from(municipality).orderBy(asc(municipality.nameFi))
  return rows.map((m) => ({ id: m.id, code: m.code, name: localised(m) }))
}

/** The coordinator's view of the network: regions, municipalities, organisations, programmes. */
export async function networkOverview(ctx: Ctx) {
  const db = ctx.db
  const regions = await db.select().from(region).orderBy(asc(region.nameFi))
  const municipalities = await db.select().from(municipality).orderBy(asc(municipality.nameFi))
  const orgs = await db
    .select({
      org: organisation,
      // Everyone working there, coordinators too (a person with two roles counts once); an
      // organisation lead follows the figures and serves no customers.
      // Qualified by hand: inside the subquery a bare column name would bind to the member table.
      workers: sql<number>`(select count(distinct m.user_account_id)::int from organisation_member m where m.organisation_id = "organisation"."id" and m.role <> 'organisation_lead')`,
    })
    .from(organisation)
    .orderBy(asc(organisation.nameFi))
  const programmes = await db.select().from(programme).orderBy(asc(programme.startsOn))
  const programmeMunicipalities = await db.select().from(programmeMunicipality)
  const partners = await db.select().from(programmePartner)
  return {
    regions: regions.map((r) => ({ id: r.id, code: r.code, name: localised(r) })),
    municipalities: municipalities.map((m) => ({
      id: m.id,
      code: m.code,
      regionId: m.regionId,
      name: localised(m),
    })),
    organisations: orgs.map(({ org, workers }) => ({
      id: org.id,
      code: org.code,
      kind: org.kind,
      name: localised(org),
      legalBasis: org.legalBasis,
      workerCount: workers,
    })),
    programmes: programmes.map((p) => ({
      id: p.id,
      code: p.code,
      name: localised(p),
      startsOn: p.startsOn,
      endsOn: p.endsOn,
      maxAgeExclusive: p.maxAgeExclusive,
      minQualification: p.minQualification,
      municipalityIds: programmeMunicipalities
        .filter((x) => x.programmeId === p.id)
        .map((x) => x.municipalityId),
      partnerIds: partners.filter((x) => x.programmeId === p.id).map((x) => x.organisationId),
    })),
  }
}

export async function programmeRules(db: Queryable, programmeId: string) {
  const [p] = await db.select().from(programme).where(eq(programme.id, programmeId))
  if (!p) return null
  const municipalities = await db
    .select({ id: programmeMunicipality.municipalityId })
    .from(programmeMunicipality)
    .where(eq(programmeMunicipality.programmeId, programmeId))
  return {
    id: p.id,
    startsOn: p.startsOn,
    endsOn: p.endsOn,
    maxAgeExclusive: p.maxAgeExclusive,
    minQualification: p.minQualification,
    municipalityIds: municipalities.map((m) => m.id),
  }
}

/** Whether an organisation is a partner of the programme (may join a customer's team). */
export async function isProgrammePartner(
  db: Queryable,
  programmeId: string,
  organisationId: string,
): Promise<boolean> {
  const rows = await db
    .select({ id: programmePartner.organisationId })
    .from(programmePartner)
    .where(
      sql`${programmePartner.programmeId} = ${programmeId} and ${programmePartner.organisationId} = ${organisationId}`,
    )
  return rows.length > 0
}

/** Programmes with their municipalities (what a worker chooses from when enrolling). */
export async function listProgrammes(db: Queryable) {
  const programmes = await db.select().from(programme).orderBy(asc(programme.startsOn))
  const links = await db
    .select({ programmeId: programmeMunicipality.programmeId, m: municipality })
    .from(programmeMunicipality)
    .innerJoin(municipality, eq(municipality.id, programmeMunicipality.municipalityId))
    .orderBy(asc(municipality.nameFi))
  return programmes.map((p) => ({
    id: p.id,
    code: p.code,
    name: localised(p),
    startsOn: p.startsOn,
    endsOn: p.endsOn,
    maxAgeExclusive: p.maxAgeExclusive,
    minQualification: p.minQualification,
    municipalities: links
      .filter((l) => l.programmeId === p.id)
      .map((l) => ({ id: l.m.id, code: l.m.code, name: localised(l.m) })),
  }))
}

/** Titles of workers in their organisations ("Asiantuntija"), keyed by `organisationId userId`. */
export async function memberTitles(
  db: Queryable,
  members: readonly { organisationId: string; userId: string }[],
): Promise<Map<string, string>> {
  if (members.length === 0) return new Map()
  const rows = await db
    .select({
      organisationId: organisationMember.organisationId,
      userId: organisationMember.userAccountId,
      title: organisationMember.title,
    })
    .from(organisationMember)
    .where(
      sql`(${organisationMember.organisationId}, ${organisationMember.userAccountId}) in (${sql.join(
        members.map((m) => sql`(${m.organisationId}::uuid, ${m.userId}::uuid)`),
        sql`, `,
      )})`,
    )
    .orderBy(asc(organisationMember.role))
  const titles = new Map<string, string>()
  for (const r of rows) {
    const key = `${r.organisationId} ${r.userId}`
    if (r.title && !titles.has(key)) titles.set(key, r.title)
  }
  return titles
}

/**
 * The municipalities of every programme, with their region: the public website has a page for
 * each. Several programmes may share one; it is listed once.
 */
export async function programmeMunicipalities(db: Queryable) {
  const rows = await db
    .selectDistinct({ m: municipality, r: region })
    .from(programmeMunicipality)
    .innerJoin(municipality, eq(municipality.id, programmeMunicipality.municipalityId))
    .innerJoin(region, eq(region.id, municipality.regionId))
    .orderBy(asc(municipality.nameFi))
  return rows.map(({ m, r }) => ({
    id: m.id,
    code: m.code,
    name: localised(m),
    region: { id: r.id, name: localised(r) },
    updatedAt: m.updatedAt,
  }))
}
