import { sql } from 'drizzle-orm'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { startBackground, type Background } from '../../platform/background/background'
import { queryRows } from '../../platform/db/database'
import { freshDatabase, type TestDatabase } from '../../platform/testing/database'
import { Fixtures } from '../../platform/testing/fixtures'
import { jobsBackgroundJobs, requestRematch, requestRematchOfJobs } from './background-jobs'
import { importFeed } from './feed'
import { feedPosting, skill } from './fixtures'
import type { CompetenceFacts } from './matching'

async function until(check: () => Promise<boolean>, ms = 15_000): Promise<void> {
  const end = Date.now() + ms
  while (Date.now() < end) {
    if (await check()) return
    await new Promise((r) => setTimeout(r, 50))
  }
  throw new Error('timed out')
}

describe('rematching in the background', () => {
  let t: TestDatabase
  let background: Background
  let customerId: string
  let facts: CompetenceFacts = {
    skillUris: [skill('cooking')],
    transversalSkillUris: [],
    occupationUris: [],
    // No wished municipality: the jobs (all in 564) are found by the skills alone.
    municipalityCodes: [],
    languages: [],
    certificateUris: [],
    qualifications: [],
  }

  beforeAll(async () => {
    t = await freshDatabase()
    customerId = (await new Fixtures(t.db).customer().save()).id
    background = await startBackground(
      t.database,
      // The profile's facts as the competence module will give them.
      jobsBackgroundJobs({ competenceFacts: () => Promise.resolve(facts) }),
      {
        clock: () => new Date(),
        log: () => undefined,
        pollingIntervalSeconds: 0.5,
        schedule: false,
      },
    )
  })
  afterAll(async () => {
    await background?.stop()
    await t?.close()
  })

  const matchedTitles = async () =>
    (
      await queryRows<{ title: string }>(
        t.db,
        sql`select j.title from job_match m join job_posting j on j.id = m.job_posting_id
            where m.customer_id = ${customerId}::uuid order by m.rank`,
      )
    ).map((r) => r.title)

  it('re-matches a profile when it changes, and its matches when a job arrives', async () => {
    const later = new Date(Date.now() + 86_400_000 * 30).toISOString()
    const cook = feedPosting('cook', { validThrough: later })
    const welder = feedPosting('welder', {
      title: 'Hitsaaja',
      requiredSkills: [{ uri: skill('welding') }],
      validThrough: later,
    })
    await importFeed(t.db, { source: 'tmt', postings: [cook, welder] }, new Date())
    await requestRematch(background, t.db, customerId)
    await until(async () => (await matchedTitles()).join() === 'Kokki')

    // A new job finds the profiles it concerns by their match keys, in the import's transaction.
    const report = await importFeed(
      t.db,
      {
        source: 'tmt',
        postings: [cook, welder, feedPosting('cook2', { title: 'Kokki 2', validThrough: later })],
      },
      new Date(),
    )
    expect(report.changedIds.length).toBe(1)
    await t.db.transaction((tx) => requestRematchOfJobs(background, tx, report.changedIds))
    await until(async () => (await matchedTitles()).length === 2)

    // The profile changed (the competence module's hook asks for a rematch).
    facts = { ...facts, skillUris: [skill('welding')] }
    await requestRematch(background, t.db, customerId)
    await until(async () => (await matchedTitles()).join() === 'Hitsaaja')
  })
})
