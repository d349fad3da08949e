import { loadDemoJobs } from './demo-jobs'
import { count } from 'drizzle-orm'
import type { Db } from '../platform/db/database'
import { hashPassword } from '../platform/auth/auth'
import { userAccount } from '../platform/auth/schema'
import {
  municipality,
  organisation,
  organisationMember,
  programme,
  programmeMunicipality,
  programmePartner,
  region,
  type OrganisationKind,
} from '../domain/organisations/schema'
import { customer } from '../domain/customers/schema'
import { ensureDemoClassification } from '../domain/classification/importer'
import { loadDemoCompetence } from './demo-competence'
import { consent, statutoryCategory, type DataCategory } from '../domain/consent/schema'
import { CURRENT_NOTICE_VERSION } from '../domain/consent/consent'
import { syntheticIdentityCode } from './identity-codes'
import type { TestPerson } from '../platform/auth/local-oidc-provider'
import { loadDemoCatalogueAndCases } from './demo-catalogue'
import { loadDemoPurchasing } from './demo-purchasing'
import { loadDemoServices } from './demo-services'
import { loadDemoSite } from './demo-site'

export const DEMO_PASSWORD = 'demo-salasana'

export interface DemoLogin {
  username: string
  who: string
}

interface OrgSeed {
  code: string
  kind: OrganisationKind
  names: [string, string, string]
  municipality?: string
  legalBasis: string | null
  /** What that statute covers in its work with the customers it enrolled. */
  statutoryCategories: DataCategory[]
  workers: number
  coordinators?: number
  /** Organisation leads: they see the monitoring figures of this organisation only. */
  leads?: number
}

const socialWelfare: DataCategory[] = ['identity_and_contact', 'employment_and_plan', 'benefits']

/** The original document's network (2019–2020), with synthetic people. */
const organisations: OrgSeed[] = [
  {
    code: 'te-office',
    kind: 'employment_services',
    names: [
      'Pohjois-Pohjanmaan TE-toimisto',
      'TE-byrån i Norra Österbotten',
      'North Ostrobothnia TE Office',
    ],
    legalBasis: 'Laki julkisesta työvoima- ja yrityspalvelusta 916/2012',
    // The act lets the office process what its services need, work ability (health) included.
    statutoryCategories: [
      'identity_and_contact',
      'employment_and_plan',
      'education',
      'competence',
      'benefits',
      'health',
    ],
    workers: 11,
    leads: 1,
  },
  {
    code: 'kela',
    kind: 'social_insurance',
    names: ['Kela', 'FPA', 'Kela (Social Insurance Institution)'],
    legalBasis: 'Laki Kansaneläkelaitoksesta 731/2001',
    statutoryCategories: ['identity_and_contact', 'benefits'],
    workers: 5,
  },
  {
    code: 'oulu',
    kind: 'municipality',
    names: ['Oulun kaupunki', 'Uleåborgs stad', 'City of Oulu'],
    municipality: '564',
    legalBasis: 'Sosiaalihuoltolaki 1301/2014',
    statutoryCategories: socialWelfare,
    workers: 8,
  },
  {
    code: 'pudasjarvi',
    kind: 'municipality',
    names: ['Pudasjärven kaupunki', 'Pudasjärvi stad', 'Town of Pudasjärvi'],
    municipality: '615',
    legalBasis: 'Sosiaalihuoltolaki 1301/2014',
    statutoryCategories: socialWelfare,
    workers: 5,
  },
  {
    code: 'raahe',
    kind: 'municipality',
    names: ['Raahen kaupunki', 'Brahestads stad', 'Town of Raahe'],
    municipality: '678',
    legalBasis: 'Sosiaalihuoltolaki 1301/2014',
    statutoryCategories: socialWelfare,
    workers: 5,
  },
  {
    code: 'ely-centre',
    kind: 'coordinator',
    names: [
      'Pohjois-Pohjanmaan ELY-keskus',
      'NTM-centralen i Norra Österbotten',
      'North Ostrobothnia ELY Centre',
    ],
    legalBasis: null,
    statutoryCategories: [],
    workers: 0,
    coordinators: 2,
  },
]

const workerFirstNames = [
  'Anna',
  'Mikko',
  'Sari',
  'Juha',
  'Laura',
  'Timo',
  'Kaisa',
  'Pekka',
  'Riikka',
  'Jari',
  'Minna',
]
const workerLastNames = [
  'Virtanen',
  'Korhonen',
  'Nieminen',
  'Mäkinen',
  'Hämäläinen',
  'Laine',
  'Heikkinen',
  'Koskinen',
  'Järvinen',
  'Lehtonen',
  'Saarinen',
]

interface YoungPersonSeed {
  username: string
  firstName: string
  lastName: string
  birthDate: string
  municipality: string
  qualification: 'vocational' | 'higher'
  consents: { org: string; categories: DataCategory[]; state: 'given' | 'withdrawn' | 'expired' }[]
}

const basic: DataCategory[] = ['identity_and_contact', 'employment_and_plan']

const youngPeople: YoungPersonSeed[] = [
  {
    username: 'aino',
    firstName: 'Aino',
    lastName: 'Aaltonen',
    birthDate: '2001-03-14',
    municipality: '564',
    qualification: 'vocational',
    consents: [
      { org: 'te-office', categories: basic, state: 'given' },
      { org: 'kela', categories: [...basic, 'benefits'], state: 'given' },
      { org: 'oulu', categories: basic, state: 'given' },
    ],
  },
  {
    username: 'eetu',
    firstName: 'Eetu',
    lastName: 'Eskola',
    birthDate: '1999-11-02',
    municipality: '564',
    qualification: 'vocational',
    consents: [
      { org: 'te-office', categories: basic, state: 'given' },
      { org: 'oulu', categories: basic, state: 'given' },
    ],
  },
  {
    username: 'helmi',
    firstName: 'Helmi',
    lastName: 'Honkanen',
    birthDate: '2003-06-21',
    municipality: '678',
    qualification: 'vocational',
    consents: [
      { org: 'te-office', categories: basic, state: 'given' },
      { org: 'kela', categories: [...basic, 'benefits'], state: 'given' },
    ],
  },
  {
    username: 'onni',
    firstName: 'Onni',
    lastName: 'Ojala',
    birthDate: '2000-01-30',
    municipality: '615',
    qualification: 'vocational',
    consents: [
      { org: 'te-office', categories: basic, state: 'given' },
      { org: 'kela', categories: basic, state: 'withdrawn' },
    ],
  },
  {
    username: 'venla',
    firstName: 'Venla',
    lastName: 'Vainio',
    birthDate: '2002-09-09',
    municipality: '564',
    qualification: 'higher',
    consents: [
      { org: 'oulu', categories: basic, state: 'given' },
      { org: 'kela', categories: basic, state: 'expired' },
    ],
  },
  {
    username: 'leo',
    firstName: 'Leo',
    lastName: 'Lindqvist',
    birthDate: '2004-04-17',
    municipality: '678',
    qualification: 'vocational',
    consents: [],
  },
  {
    username: 'sofia',
    firstName: 'Sofia',
    lastName: 'Salo',
    birthDate: '1998-12-05',
    municipality: '564',
    qualification: 'vocational',
    consents: [
      { org: 'te-office', categories: basic, state: 'given' },
      { org: 'kela', categories: [...basic, 'health'], state: 'given' },
    ],
  },
  {
    username: 'elias',
    firstName: 'Elias',
    lastName: 'Ervasti',
    birthDate: '2005-07-28',
    municipality: '615',
    qualification: 'vocational',
    consents: [
      { org: 'te-office', categories: basic, state: 'given' },
      { org: 'pudasjarvi', categories: basic, state: 'given' },
    ],
  },
]

export async function hasData(db: Db): Promise<boolean> {
  const [row] = await db.select({ n: count() }).from(organisation)
  return (row?.n ?? 0) > 0
}

/** Loads the demo network; returns the logins to print. Does nothing when data exists. */
export async function loadDemoData(db: Db, now: Date = new Date()): Promise<DemoLogin[]> {
  await ensureDemoClassification(db)
  if (await hasData(db)) return demoLogins()
  // One hash for every demo account keeps start-up fast; each real account has its own.
  const passwordHash = await hashPassword(DEMO_PASSWORD)
  const day = 86_400_000
  await db.transaction(async (tx) => {
    const [reg] = await tx
      .insert(region)
      .values({
        code: '17',
        nameFi: 'Pohjois-Pohjanmaa',
        nameSv: 'Norra Österbotten',
        nameEn: 'North Ostrobothnia',
      })
      .returning()
    const municipalities = await tx
      .insert(municipality)
      .values([
        { code: '564', regionId: reg!.id, nameFi: 'Oulu', nameSv: 'Uleåborg', nameEn: 'Oulu' },
        {
          code: '615',
          regionId: reg!.id,
          nameFi: 'Pudasjärvi',
          nameSv: 'Pudasjärvi',
          nameEn: 'Pudasjärvi',
        },
        { code: '678', regionId: reg!.id, nameFi: 'Raahe', nameSv: 'Brahestad', nameEn: 'Raahe' },
      ])
      .returning()
    const municipalityId = (code: string) => municipalities.find((m) => m.code === code)!.id
    const orgIds = new Map<string, string>()
    for (const o of organisations) {
      const [row] = await tx
        .insert(organisation)
        .values({
          code: o.code,
          kind: o.kind,
          regionId: reg!.id,
          municipalityId: o.municipality ? municipalityId(o.municipality) : null,
          legalBasis: o.legalBasis,
          nameFi: o.names[0],
          nameSv: o.names[1],
          nameEn: o.names[2],
        })
        .returning()
      orgIds.set(o.code, row!.id)
      if (o.statutoryCategories.length > 0) {
        await tx.insert(statutoryCategory).values(
          o.statutoryCategories.map((dataCategory) => ({
            organisationId: row!.id,
            dataCategory,
          })),
        )
      }
      const people: { n: number; role: 'worker' | 'coordinator' | 'organisation_lead' }[] = [
        ...Array.from({ length: o.workers }, (_, i) => ({ n: i + 1, role: 'worker' as const })),
        ...Array.from({ length: o.coordinators ?? 0 }, (_, i) => ({
          n: i + 1,
          role: 'coordinator' as const,
        })),
        ...Array.from({ length: o.leads ?? 0 }, (_, i) => ({
          n: i + 1,
          role: 'organisation_lead' as const,
        })),
      ]
      for (const p of people) {
        const k = (p.n + o.code.length) % workerFirstNames.length
        const [account] = await tx
          .insert(userAccount)
          .values({
            username:
              p.role === 'coordinator'
                ? `coordinator${p.n}`
                : p.role === 'organisation_lead'
                  ? `lead${p.n}`
                  : `${o.code.replace('-office', '')}${p.n}`,
            passwordHash,
            displayName: `${workerFirstNames[k]} ${workerLastNames[(p.n * 3 + o.code.length) % workerLastNames.length]}`,
            email: `${o.code}.${p.role}${p.n}@example.invalid`,
            phone: `+358 40 000 ${String(100 + p.n).padStart(4, '0')}`,
            locale: 'fi',
          })
          .returning()
        await tx.insert(organisationMember).values({
          organisationId: row!.id,
          userAccountId: account!.id,
          role: p.role,
          title:
            p.role === 'coordinator'
              ? 'Koordinaattori'
              : p.role === 'organisation_lead'
                ? 'Palvelupäällikkö'
                : 'Asiantuntija',
        })
      }
    }
    const [prog] = await tx
      .insert(programme)
      .values({
        code: 'yhteinen-tyo',
        nameFi: 'Yhteistyöstä yhteiseen työhön',
        nameSv: 'Från samarbete till gemensamt arbete',
        nameEn: 'From cooperation to working together',
        regionId: reg!.id,
        coordinatingOrganisationId: orgIds.get('ely-centre')!,
        startsOn: '2019-08-01',
        endsOn: null,
        maxAgeExclusive: 30,
        minQualification: 'vocational',
      })
      .returning()
    await tx
      .insert(programmeMunicipality)
      .values(municipalities.map((m) => ({ programmeId: prog!.id, municipalityId: m.id })))
    await tx.insert(programmePartner).values(
      ['te-office', 'kela', 'oulu', 'pudasjarvi', 'raahe'].map((c) => ({
        programmeId: prog!.id,
        organisationId: orgIds.get(c)!,
      })),
    )
    for (const [i, y] of youngPeople.entries()) {
      const [account] = await tx
        .insert(userAccount)
        .values({
          username: y.username,
          passwordHash,
          displayName: `${y.firstName} ${y.lastName}`,
          locale: 'fi',
        })
        .returning()
      const [c] = await tx
        .insert(customer)
        .values({
          identityCode: syntheticIdentityCode(y.birthDate, i + 1),
          firstName: y.firstName,
          lastName: y.lastName,
          birthDate: y.birthDate,
          municipalityId: municipalityId(y.municipality),
          qualification: y.qualification,
          userAccountId: account!.id,
          email: `${y.username}@example.invalid`,
        })
        .returning()
      for (const cs of y.consents) {
        const givenAt = new Date(now.getTime() - (60 + i) * day)
        await tx.insert(consent).values({
          customerId: c!.id,
          recipientOrganisationId: orgIds.get(cs.org)!,
          purpose: 'joint_customership',
          dataCategories: cs.categories,
          noticeVersion: CURRENT_NOTICE_VERSION,
          method: 'online',
          status: cs.state === 'withdrawn' ? 'withdrawn' : 'given',
          givenAt,
          givenByUserId: account!.id,
          validUntil: cs.state === 'expired' ? new Date(now.getTime() - 5 * day) : null,
          withdrawnAt: cs.state === 'withdrawn' ? new Date(now.getTime() - 10 * day) : null,
          withdrawnByUserId: cs.state === 'withdrawn' ? account!.id : null,
          version: cs.state === 'withdrawn' ? 2 : 1,
        })
      }
    }
  })
  await loadDemoCatalogueAndCases(db, now)
  await loadDemoServices(db, now)
  await loadDemoCompetence(db, now)
  await loadDemoSite(db, now)
  await loadDemoPurchasing(db, now, passwordHash)
  await loadDemoJobs(db, now)
  return demoLogins()
}

export function demoLogins(): DemoLogin[] {
  return [
    { username: 'kela1', who: 'Kela worker (sees customers who consented to Kela)' },
    { username: 'te1', who: 'TE office worker' },
    { username: 'oulu1', who: 'City of Oulu worker' },
    { username: 'pudasjarvi1', who: 'Town of Pudasjärvi worker' },
    { username: 'raahe1', who: 'Town of Raahe worker' },
    { username: 'coordinator1', who: 'Regional coordinator (ELY Centre)' },
    { username: 'lead1', who: "Organisation lead (TE office's own monitoring figures)" },
    { username: 'editor1', who: 'Content editor of the public website' },
    { username: 'polku1', who: 'Provider of purchased services (Polku Valmennus Oy)' },
    { username: 'tyosilta1', who: 'Provider of purchased services (Työsilta Oy)' },
    { username: 'osaamo1', who: 'Provider of purchased services (Osaamo Koulutus Oy)' },
    ...youngPeople.map((y) => ({
      username: y.username,
      who: `Young person (${y.consents.filter((c) => c.state === 'given').length} active consents)`,
    })),
  ]
}

/** The demo young people as the demo's identification service knows them (docs/sign-in.md). */
export function demoYoungPeopleAsTestPersons(): TestPerson[] {
  return youngPeople.map((y, i) => ({
    login: y.username,
    identityCode: syntheticIdentityCode(y.birthDate, i + 1),
    givenName: y.firstName,
    familyName: y.lastName,
  }))
}
