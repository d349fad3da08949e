import { eq } from 'drizzle-orm'
import type { Db } from '../platform/db/database'
import { userAccount } from '../platform/auth/schema'
import { customer } from '../domain/customers/schema'
import { demoConceptUri } from '../domain/classification/importer'
import { profileContentSchema, type ProfileContent } from '../domain/competence/content'
import { competenceProfileVersion } from '../domain/competence/schema'

const skill = (slug: string) => demoConceptUri('skill', slug)
const occupation = (slug: string) => demoConceptUri('occupation', slug)

/** Competence profiles of demo young persons, as if each had imported an assessment tool's mapping. */
const profiles: Record<string, Partial<ProfileContent>> = {
  aino: {
    qualifications: [
      {
        level: 'vocational',
        field: '1013',
        title: 'Ravintola- ja catering-alan perustutkinto',
        year: 2024,
      },
    ],
    skills: [
      { conceptUri: skill('food-preparation') },
      { conceptUri: skill('cold-kitchen') },
      { conceptUri: skill('customer-service') },
      { label: 'Kakkujen koristelu' },
    ],
    workExperience: [
      {
        title: 'Keittiöapulainen',
        employer: 'Lounasravintola (harjoittelu)',
        occupationUri: occupation('kitchen-assistant'),
        from: '2024-01',
        to: '2024-05',
      },
    ],
    languages: [
      { code: 'fi', cefr: 'C2' },
      { code: 'en', cefr: 'B2' },
      { code: 'sv', cefr: 'A2' },
    ],
    certificates: [
      { conceptUri: skill('hygiene-passport') },
      { conceptUri: skill('driving-licence-b') },
    ],
    interests: ['leivonta', 'liikunta'],
    wishedOccupations: [occupation('cook'), occupation('cafe-worker')],
    wishedMunicipalities: ['564'],
    availability: { workingTime: 'either' },
  },
  eetu: {
    qualifications: [
      { level: 'vocational', field: '1041', title: 'Logistiikan perustutkinto', year: 2023 },
    ],
    skills: [
      { conceptUri: skill('order-picking') },
      { conceptUri: skill('operate-forklift') },
      { conceptUri: skill('warehouse-management-system') },
    ],
    languages: [{ code: 'fi', cefr: 'C2' }],
    certificates: [
      { conceptUri: skill('forklift-licence') },
      { conceptUri: skill('occupational-safety-card'), validUntil: '2029-03-31' },
    ],
    wishedOccupations: [occupation('warehouse-worker'), occupation('forklift-driver')],
    wishedMunicipalities: ['564', '678'],
    availability: { workingTime: 'full_time' },
  },
  sofia: {
    qualifications: [
      {
        level: 'vocational',
        field: '0922',
        title: 'Kasvatus- ja ohjausalan perustutkinto',
        year: 2025,
      },
    ],
    skills: [{ conceptUri: skill('child-care') }, { conceptUri: skill('play-activities') }],
    languages: [
      { code: 'fi', cefr: 'C1' },
      { code: 'sv', cefr: 'C2' },
    ],
    certificates: [
      { conceptUri: skill('first-aid-certificate') },
      { conceptUri: skill('criminal-record-extract') },
    ],
    wishedOccupations: [occupation('childcare-worker'), occupation('school-assistant')],
    wishedMunicipalities: ['564'],
    availability: { workingTime: 'part_time' },
  },
}

export async function loadDemoCompetence(db: Db, now: Date): Promise<void> {
  for (const [username, partial] of Object.entries(profiles)) {
    const [row] = await db
      .select({ id: customer.id, userId: userAccount.id })
      .from(customer)
      .innerJoin(userAccount, eq(userAccount.id, customer.userAccountId))
      .where(eq(userAccount.username, username))
    if (!row) continue
    await db
      .insert(competenceProfileVersion)
      .values({
        customerId: row.id,
        version: 1,
        content: profileContentSchema.parse(partial),
        source: 'import',
        savedByUserId: row.userId,
        createdAt: new Date(now.getTime() - 20 * 86_400_000),
        updatedAt: new Date(now.getTime() - 20 * 86_400_000),
      })
      .onConflictDoNothing()
  }
}
