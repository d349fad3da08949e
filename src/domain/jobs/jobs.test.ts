import { sql } from 'drizzle-orm'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { queryRows } from '../../platform/db/database'
import { freshDatabase, type TestDatabase } from '../../platform/testing/database'
import { Fixtures } from '../../platform/testing/fixtures'
import { reasonText } from '../../shared/job-match-reasons'
import { importFeed } from './feed'
import { feedPosting, occupation, skill } from './fixtures'
import { matchJobs, rankingQuery, rematchProfile, seekerOf, type CompetenceFacts } from './matching'
import { expirePostings, listOpenJobs } from './postings'

const now = new Date('2026-03-02T08:00:00Z')

describe('job postings', () => {
  let t: TestDatabase
  beforeAll(async () => {
    t = await freshDatabase()
  })
  afterAll(() => t?.close())

  const count = async () =>
    (await queryRows<{ n: number }>(t.db, sql`select count(*)::int as n from job_posting`))[0]!.n

  it('imports a feed idempotently by (source, source id): re-import updates, never duplicates', async () => {
    const feed = { source: 'tmt', postings: [feedPosting('a'), feedPosting('b')] }
    const first = await importFeed(t.db, feed, now)
    expect(first).toMatchObject({ created: 2, updated: 0, unchanged: 0, rejected: [] })
    const again = await importFeed(t.db, feed, now)
    expect(again).toMatchObject({ created: 0, updated: 0, unchanged: 2, changedIds: [] })
    const changed = await importFeed(
      t.db,
      { source: 'tmt', postings: [feedPosting('a', { title: 'Kokki, kesä' }), feedPosting('b')] },
      now,
    )
    expect(changed).toMatchObject({ created: 0, updated: 1, unchanged: 1 })
    expect(await count()).toBe(2)
    const page = await listOpenJobs(t.db, now, { limit: 10 })
    expect(page.items.map((p) => p.title).sort()).toEqual(['Kokki', 'Kokki, kesä'])
  })

  it('rejects a bad posting by its place in the feed and imports the rest', async () => {
    const report = await importFeed(
      t.db,
      {
        source: 'other',
        postings: [
          feedPosting('ok'),
          feedPosting('bad', { employer: { name: 'X', businessId: '1572860-1' } }),
        ],
      },
      now,
    )
    expect(report.created).toBe(1)
    expect(report.rejected).toEqual([
      {
        index: 1,
        id: 'bad',
        problems: [expect.objectContaining({ path: 'employer.businessId' })],
      },
    ])
  })

  it('closes what left a feed, and drops expired postings from the open list', async () => {
    const closing = await importFeed(t.db, { source: 'tmt', postings: [feedPosting('a')] }, now)
    expect(closing.closed).toBe(1)
    const later = new Date('2026-05-01T00:00:00Z')
    expect((await listOpenJobs(t.db, later, { limit: 10 })).items).toEqual([])
    const expired = await expirePostings(t.db, later)
    expect(expired.length).toBe(2)
    const states = await queryRows<{ state: string }>(
      t.db,
      sql`select distinct state from job_posting where source_id in ('a', 'ok')`,
    )
    expect(states).toEqual([{ state: 'expired' }])
  })

  it('pages the open list by keyset', async () => {
    await importFeed(
      t.db,
      { source: 'paging', postings: Array.from({ length: 5 }, (_, i) => feedPosting(`p${i}`)) },
      now,
    )
    const first = await listOpenJobs(t.db, now, { limit: 3 })
    expect(first.items.length).toBe(3)
    expect(first.hasMore).toBe(true)
    const second = await listOpenJobs(t.db, now, { limit: 3, after: first.next! })
    expect(second.items.length).toBe(2)
    expect(second.hasMore).toBe(false)
    const ids = new Set([...first.items, ...second.items].map((p) => p.id))
    expect(ids.size).toBe(5)
  })
})

describe('matching with reasons', () => {
  let t: TestDatabase
  let customerId: string
  beforeAll(async () => {
    t = await freshDatabase()
    const fixtures = new Fixtures(t.db, () => now)
    customerId = (await fixtures.customer().save()).id
    await importFeed(
      t.db,
      {
        source: 'tmt',
        postings: [
          feedPosting('cook'),
          feedPosting('cleaner', {
            title: 'Siivooja',
            municipalityCode: '678',
            occupationUri: occupation('cleaner'),
            requiredSkills: [{ uri: skill('cleaning') }, { uri: skill('customer-service') }],
            optionalSkills: [],
            languageRequirements: [],
          }),
          feedPosting('welder', {
            title: 'Hitsaaja',
            occupationUri: occupation('welder'),
            requiredSkills: [{ uri: skill('welding') }],
            optionalSkills: [],
          }),
        ],
      },
      now,
    )
  })
  afterAll(() => t?.close())

  const facts: CompetenceFacts = {
    skillUris: [skill('cooking'), skill('food-safety'), skill('customer-service')],
    transversalSkillUris: [skill('customer-service')],
    occupationUris: [occupation('cook')],
    municipalityCodes: ['564'],
    languages: [
      { code: 'fi', cefr: 'C2' },
      { code: 'sv', cefr: 'B1' },
    ],
    certificateUris: [],
    qualifications: [{ level: 'vocational', field: 'hospitality' }],
  }

  it('ranks open jobs and gives exact reasons and what is missing', async () => {
    const matches = await rematchProfile(t.db, customerId, facts, now)
    // The welder's job shares nothing but the wished municipality, and comes last; the cleaner's
    // shares only customer service, a transversal skill, and is elsewhere: not a candidate.
    expect(matches.length).toBe(2)
    const [cook, welder] = matches
    expect(welder!.reasons.map((r) => reasonText(r, 'en'))).toEqual([
      '0 of 1 required skills',
      'In your wished municipality',
      'Swedish required (B1) — your level B1',
    ])
    expect(cook!.reasons.map((r) => reasonText(r, 'en'))).toEqual([
      '3 of 4 required skills',
      'Occupation matches your wish',
      'In your wished municipality',
      'Swedish required (B1) — your level B1',
    ])
    expect(cook!.reasons.map((r) => reasonText(r, 'fi'))).toEqual([
      '3/4 vaadituista osaamisista',
      'Ammatti vastaa toivettasi',
      'Toivomassasi kunnassa',
      'Ruotsi vaaditaan (B1) — tasosi B1',
    ])
    expect(cook!.missing).toEqual([
      {
        uri: skill('hygiene-passport'),
        label: { fi: 'hygieniapassi', sv: 'hygienpass', en: 'hygiene passport' },
      },
    ])
    const stored = await queryRows<{ rank: number }>(
      t.db,
      sql`select rank from job_match where customer_id = ${customerId}::uuid order by rank`,
    )
    expect(stored).toEqual([{ rank: 1 }, { rank: 2 }])
  })

  it('makes a job in a wished municipality a candidate, and counts a transversal skill in its reasons', async () => {
    const wishing = { ...facts, municipalityCodes: ['564', '678'] }
    const [cook, cleaner] = await rematchProfile(t.db, customerId, wishing, now)
    expect(cook!.reasons[0]).toEqual({ code: 'required_skills', have: 3, of: 4 })
    expect(cleaner!.reasons.map((r) => reasonText(r, 'sv'))).toEqual([
      '1 av 2 krävda kompetenser',
      reasonText({ code: 'municipality_wished' }, 'sv'),
    ])
    expect(cleaner!.missing.map((m) => m.label.en)).toEqual(['cleaning'])
  })

  it('matches a profile without wishes on its skills, and one with only transversal skills on those', async () => {
    const noWishes = { ...facts, occupationUris: [], municipalityCodes: [] }
    const mine = await rematchProfile(t.db, customerId, noWishes, now)
    expect(mine.map((m) => m.reasons[0])).toEqual([{ code: 'required_skills', have: 3, of: 4 }])
    expect(mine[0]!.reasons.map((r) => r.code)).not.toContain('municipality_wished')
    const onlyTransversal: CompetenceFacts = {
      ...noWishes,
      skillUris: [skill('customer-service')],
    }
    const broad = await rematchProfile(t.db, customerId, onlyTransversal, now)
    expect(broad.map((m) => m.reasons[0])).toEqual([
      { code: 'required_skills', have: 1, of: 2 },
      { code: 'required_skills', have: 1, of: 4 },
    ])
    const nothing = { ...noWishes, skillUris: [], transversalSkillUris: [] }
    expect(await rematchProfile(t.db, customerId, nothing, now)).toEqual([])
  })

  it('counts a certificate as a skill had, and an unmet language level against the job', async () => {
    const withPassport = { ...facts, certificateUris: [skill('hygiene-passport')] }
    const [best] = await rematchProfile(t.db, customerId, withPassport, now)
    expect(best!.missing).toEqual([])
    expect(best!.reasons[0]).toEqual({ code: 'required_skills', have: 4, of: 4 })
    const weakSwedish = {
      ...withPassport,
      languages: [{ code: 'sv' as const, cefr: 'A2' as const }],
    }
    const again = await rematchProfile(t.db, customerId, weakSwedish, now)
    const cook = again.find((m) => m.reasons.some((r) => r.code === 'language'))!
    expect(reasonText(cook.reasons.at(-1)!, 'en')).toBe('Swedish required (B1) — your level A2')
    expect(cook.score).toBeLessThan(best!.score)
  })

  it('counts each element of a posting as the former per-element count did, repeats too', async () => {
    await importFeed(
      t.db,
      {
        source: 'repeats',
        postings: [
          feedPosting('twice', {
            municipalityCode: '999',
            requiredSkills: [{ uri: skill('welding') }, { uri: skill('welding') }],
            optionalSkills: [],
            languageRequirements: [
              { language: 'sv', minimumLevel: 'B1' },
              { language: 'sv', minimumLevel: 'B1' },
            ],
          }),
        ],
      },
      now,
    )
    const welder = { ...facts, skillUris: [skill('welding'), skill('welding')], occupationUris: [] }
    const matches = await rematchProfile(t.db, customerId, welder, now)
    const twice = matches.find((m) => m.reasons.filter((r) => r.code === 'language').length === 2)!
    expect(twice.reasons[0]).toEqual({ code: 'required_skills', have: 1, of: 1 })
    // 60 for the one required skill, − 30 for each unmet requirement, the repeated one too.
    const weak = { ...welder, languages: [{ code: 'sv' as const, cefr: 'A2' as const }] }
    const again = await rematchProfile(t.db, customerId, weak, now)
    const unmet = again.find((m) => m.jobPostingId === twice.jobPostingId)!
    expect(unmet.score).toBe(60 - 2 * 30)
  })
})

describe('ranking the contenders first', () => {
  let t: TestDatabase
  beforeAll(async () => {
    t = await freshDatabase()
    const posting = (id: string, overrides: Record<string, unknown>) =>
      feedPosting(id, {
        municipalityCode: '999',
        optionalSkills: [],
        languageRequirements: [],
        ...overrides,
      })
    await importFeed(
      t.db,
      {
        source: 'tmt',
        postings: [
          // The wished occupation and municipality: 60 + 20 + 15.
          posting('cook-95', {
            municipalityCode: '564',
            requiredSkills: [{ uri: skill('cooking') }],
          }),
          // Every required skill had, and three optional ones: 60 + 15, what no other job reaches.
          posting('kitchen-75', {
            occupationUri: occupation('kitchen-assistant'),
            requiredSkills: [{ uri: skill('food-safety') }],
            optionalSkills: ['baking', 'serving', 'dishwashing'].map((s) => ({ uri: skill(s) })),
          }),
          // Not a contender (its first required skill is not had): 60 × 4 / 5 + 5.
          posting('bakery-53', {
            occupationUri: occupation('baker'),
            requiredSkills: ['welding', 'cooking', 'food-safety', 'baking', 'serving'].map((s) => ({
              uri: skill(s),
            })),
            optionalSkills: [{ uri: skill('dishwashing') }],
          }),
          // The wished occupation, half the required skills: 30 + 20.
          posting('cook-50', {
            requiredSkills: [{ uri: skill('cooking') }, { uri: skill('welding') }],
          }),
        ],
      },
      now,
    )
  })
  afterAll(() => t?.close())

  const facts: CompetenceFacts = {
    skillUris: ['cooking', 'food-safety', 'baking', 'serving', 'dishwashing'].map(skill),
    transversalSkillUris: [],
    occupationUris: [occupation('cook')],
    municipalityCodes: ['564'],
    languages: [{ code: 'fi', cefr: 'C2' }],
    certificateUris: [],
    qualifications: [],
  }
  const named = async (rows: { id: string; score: number }[]) => {
    const ids = await queryRows<{ id: string; source_id: string }>(
      t.db,
      sql`select id::text as id, source_id from job_posting`,
    )
    const sourceId = new Map(ids.map((r) => [r.id, r.source_id]))
    return rows.map((r) => `${sourceId.get(r.id)}:${r.score}`)
  }
  const ranked = async (limit: number) => {
    const matches = await matchJobs(t.db, facts, now, limit)
    const all = await queryRows<{ id: string; score: number }>(
      t.db,
      rankingQuery(seekerOf(facts), now, limit, 'candidates'),
    )
    const mine = await named(matches.map((m) => ({ id: m.jobPostingId, score: m.score })))
    expect(mine).toEqual(await named(all))
    return mine
  }

  it('gives the ranking of all candidates, also when the contenders do not settle it', async () => {
    expect(await ranked(1)).toEqual(['cook-95:95'])
    expect(await ranked(2)).toEqual(['cook-95:95', 'kitchen-75:75'])
    // The third contender scores 50: a job beyond them could score more, and one does.
    expect(await ranked(3)).toEqual(['cook-95:95', 'kitchen-75:75', 'bakery-53:53'])
    expect(await ranked(4)).toEqual(['cook-95:95', 'kitchen-75:75', 'bakery-53:53', 'cook-50:50'])
  })
})
