import { eq } from 'drizzle-orm'
import { userAccount } from '../platform/auth/schema'
import { customer } from '../domain/customers/schema'
import type { Db } from '../platform/db/database'
import { rematchProfile, type CompetenceFacts } from '../domain/jobs/matching'
import { postingColumns } from '../domain/jobs/posting-input'
import { jobPosting } from '../domain/jobs/schema'
import { demoOccupations, insertSyntheticJobs, syntheticPostings } from './synthetic-jobs'

const skill = (slug: string) => `https://saumaton.fi/classification/skill/${slug}`

/**
 * Aino's competence facts, until her competence profile gives them (the competence module's
 * `competenceFacts`): a cook with a vocational qualification who wants to work in Oulu.
 */
export const ainoFacts: CompetenceFacts = {
  skillUris: [skill('cooking'), skill('food-safety'), skill('customer-service'), skill('cleaning')],
  occupationUris: ['https://saumaton.fi/classification/occupation/cook'],
  municipalityCodes: ['564'],
  languages: [
    { code: 'fi', cefr: 'C2' },
    { code: 'sv', cefr: 'A2' },
    { code: 'en', cefr: 'B2' },
  ],
  certificateUris: [],
  qualifications: [{ level: 'vocational', field: 'hospitality' }],
}

/** A few hundred open jobs in the demo network's municipalities, one posting to moderate. */
export async function loadDemoJobs(db: Db, now: Date): Promise<void> {
  await insertSyntheticJobs(db, {
    count: 300,
    occupations: demoOccupations,
    municipalityCodes: ['564', '564', '564', '615', '678'],
    now,
    seed: 2026,
    source: 'demo-feed',
  })
  const [submitted] = [...syntheticPostings({ count: 1, municipalityCodes: ['678'], now, seed: 7 })]
  await db.insert(jobPosting).values({
    ...postingColumns({ ...submitted!, title: 'Kesätyöntekijä, kahvila' }),
    source: 'employer',
    sourceId: 'demo-submission-1',
    state: 'pending_moderation',
    contactEmail: 'kahvila@example.fi',
    createdAt: now,
    updatedAt: now,
  })
  const [aino] = await db
    .select({ customerId: customer.id })
    .from(customer)
    .innerJoin(userAccount, eq(userAccount.id, customer.userAccountId))
    .where(eq(userAccount.username, 'aino'))
  if (aino?.customerId) await rematchProfile(db, aino.customerId, ainoFacts, now)
}
