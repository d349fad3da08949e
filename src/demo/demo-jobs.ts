import type { Db } from '../platform/db/database'
import { competenceFacts } from '../domain/competence/facts'
import { competenceProfileVersion } from '../domain/competence/schema'
import { rematchProfile } from '../domain/jobs/matching'
import { postingColumns } from '../domain/jobs/posting-input'
import { jobPosting } from '../domain/jobs/schema'
import { demoOccupations, insertSyntheticJobs, syntheticPostings } from './synthetic-jobs'

/**
 * A few hundred open jobs in the demo network's municipalities, one posting to moderate; the demo
 * young persons with a competence profile (demo-competence.ts, loaded first) are matched.
 */
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
  // Matched now rather than by the background job: demo data loads before the jobs start.
  const withProfiles = await db
    .selectDistinct({ customerId: competenceProfileVersion.customerId })
    .from(competenceProfileVersion)
  for (const { customerId } of withProfiles)
    await rematchProfile(db, customerId, await competenceFacts(db, customerId), now)
}
