import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import type { CustomerId } from '../../platform/ids'
import { testApp, type Agent, type TestApp } from '../../platform/testing/app'
import { expectOk, expectProblem } from '../../platform/testing/expect'
import { demoConceptUri } from '../classification/importer'
import type { ProfileContent } from './content'
import { competenceFacts, profileChangedListeners } from './facts'

const skill = (slug: string) => demoConceptUri('skill', slug)
const occupation = (slug: string) => demoConceptUri('occupation', slug)

interface Profile {
  version: number
  content: ProfileContent
  concepts: { uri: string; label: string }[]
  suggestions: { id: string; change: { section: string } }[]
  permittedActions: string[]
}
interface Problem {
  code: string
  fields?: { field: string; code: string; params?: Record<string, string | number> }[]
}

const content: Partial<ProfileContent> = {
  qualifications: [
    { level: 'vocational', field: '1013', title: 'Ravintola- ja catering-alan perustutkinto' },
  ],
  skills: [{ conceptUri: skill('food-preparation') }, { label: 'Leipominen kotona' }],
  languages: [
    { code: 'fi', cefr: 'C2' },
    { code: 'sv', cefr: 'B1' },
  ],
  certificates: [{ conceptUri: skill('hygiene-passport'), validUntil: '2030-01-01' }],
  interests: ['ruoka'],
  wishedOccupations: [occupation('cook')],
  wishedMunicipalities: ['564'],
  availability: { workingTime: 'full_time', from: '2026-04-01' },
}

const put = (agent: Agent, url: string, body: unknown) =>
  agent.request({ method: 'PUT', url, body })

let t: TestApp
let young: Agent
let youngId: CustomerId
let consented: Agent
let otherCategory: Agent
let unrelated: Agent
const url = () => `/api/v1/customers/${youngId}/competence`

beforeAll(async () => {
  t = await testApp()
  const withCompetence = await t.fixtures
    .organisation('municipality')
    .withStatutoryCategories([])
    .save()
  const withoutCompetence = await t.fixtures
    .organisation('municipality')
    .withStatutoryCategories([])
    .save()
  const stranger = await t.fixtures.organisation('municipality').save()
  const person = await t.fixtures
    .customer()
    .withConsent(withCompetence, ['employment_and_plan', 'competence'])
    .withConsent(withoutCompetence, ['identity_and_contact', 'employment_and_plan', 'education'])
    .save()
  youngId = person.id
  young = await t.signIn(person)
  consented = await t.signIn(await t.fixtures.worker(withCompetence).save())
  otherCategory = await t.signIn(await t.fixtures.worker(withoutCompetence).save())
  unrelated = await t.signIn(await t.fixtures.worker(stranger).save())
})
afterAll(() => t?.close())

describe('the young person edits their own profile', () => {
  it('starts empty, saves versions, and refuses a save on a stale version', async () => {
    const empty = expectOk<Profile>(await young.get(url()))
    expect(empty.version).toBe(0)
    expect(empty.content.skills).toEqual([])
    expect(empty.permittedActions).toEqual([
      'competence.read',
      'competence.write',
      'competence.read_versions',
    ])

    const saved = expectOk<Profile>(
      await put(young, `${url()}?lang=sv`, { baseVersion: 0, content }),
    )
    expect(saved.version).toBe(1)
    expect(saved.content.skills).toEqual(content.skills)
    expect(saved.concepts.find((c) => c.uri === skill('hygiene-passport'))?.label).toBe(
      'hygienpass',
    )

    const stale = expectProblem(
      await put(young, url(), { baseVersion: 0, content: { interests: ['x'] } }),
      409,
    )
    expect(stale.code).toBe('changed_meanwhile')
    const second = expectOk<Profile>(
      await put(young, url(), {
        baseVersion: 1,
        content: { ...content, interests: ['ruoka', 'liikunta'] },
      }),
    )
    expect(second.version).toBe(2)

    const versions = expectOk<{
      items: { id: string; version: number; source: string }[]
      hasMore: boolean
    }>(await young.get(`${url()}/versions?limit=1`))
    expect(versions.items.map((v) => v.version)).toEqual([2])
    expect(versions.hasMore).toBe(true)
    const older = expectOk<{ items: { id: string; version: number }[]; next: string | null }>(
      await young.get(
        `${url()}/versions?limit=1&after=${(versions as unknown as { next: string }).next}`,
      ),
    )
    expect(older.items.map((v) => v.version)).toEqual([1])
    const first = expectOk<{ version: number; content: ProfileContent }>(
      await young.get(`${url()}/versions/${older.items[0]!.id}`),
    )
    expect(first.content.interests).toEqual(['ruoka'])
  })

  it('refuses concepts that do not exist or are of the wrong kind, naming the field', async () => {
    const problem = expectProblem(
      await put(young, url(), {
        baseVersion: 2,
        content: {
          ...content,
          certificates: [{ conceptUri: skill('food-preparation') }],
          wishedOccupations: ['https://saumaton.fi/classification/occupation/astronaut'],
        },
      }),
      400,
    ) as Problem
    expect(problem.fields?.map((f) => [f.field, f.code])).toEqual([
      ['body.content.certificates.0.conceptUri', 'unknown_reference'],
      ['body.content.wishedOccupations.0', 'unknown_reference'],
    ])
    expectProblem(
      await put(young, url(), {
        baseVersion: 2,
        content: { languages: [{ code: 'fi', cefr: 'D1' }] },
      }),
      400,
    )
    expect(expectOk<Profile>(await young.get(url())).version).toBe(2)
  })

  it('exports every version as JSON for the young person only', async () => {
    const res = await young.get(`${url()}/export`)
    const body = expectOk<{ format: string; current: { version: number }; versions: unknown[] }>(
      res,
    )
    expect(res.headers['content-disposition']).toMatch(/attachment/)
    expect(body.format).toBe('saumaton-competence-profile/1')
    expect(body.current.version).toBe(2)
    expect(body.versions).toHaveLength(2)
    expectProblem(await consented.get(`${url()}/export`), 404)
  })
})

describe('workers see it only through the data category competence', () => {
  it('shows the profile to a worker of an organisation whose consent names competence', async () => {
    const seen = expectOk<Profile>(await consented.get(url()))
    expect(seen.version).toBe(2)
    expect(seen.permittedActions).toEqual(['competence.read', 'competence.suggest'])
    // Only the young person changes it or reads its history.
    expectProblem(await put(consented, url(), { baseVersion: 2, content }), 404)
    expectProblem(await consented.get(`${url()}/versions`), 404)
  })

  it('shows nothing to an organisation whose consent does not name competence, or to a stranger', async () => {
    for (const agent of [otherCategory, unrelated]) {
      expectProblem(await agent.get(url()), 404)
      expectProblem(
        await agent.post(`${url()}/suggestions`, { change: { section: 'interests', item: 'x' } }),
        404,
      )
    }
  })
})

describe('suggestions from a worker', () => {
  it('are accepted into a new version or rejected by the young person', async () => {
    const a = expectOk<{ id: string }>(
      await consented.post(`${url()}/suggestions`, {
        change: {
          section: 'certificates',
          item: { conceptUri: skill('occupational-safety-card') },
        },
      }),
      201,
    )
    const b = expectOk<{ id: string }>(
      await consented.post(`${url()}/suggestions`, {
        change: { section: 'interests', item: 'kalastus' },
      }),
      201,
    )
    expectProblem(
      await consented.post(`${url()}/suggestions`, {
        change: { section: 'wishedOccupations', item: skill('food-preparation') },
      }),
      400,
    )
    const pending = expectOk<Profile>(await young.get(url()))
    expect(pending.suggestions.map((s) => s.id).sort()).toEqual([a.id, b.id].sort())
    expect(pending.concepts.map((c) => c.uri)).toContain(skill('occupational-safety-card'))

    const accepted = expectOk<Profile>(
      await young.post(`${url()}/suggestions/${a.id}/answer`, { accept: true }),
    )
    expect(accepted.version).toBe(3)
    expect(accepted.content.certificates.map((c) => c.conceptUri)).toContain(
      skill('occupational-safety-card'),
    )
    const rejected = expectOk<Profile>(
      await young.post(`${url()}/suggestions/${b.id}/answer`, { accept: false }),
    )
    expect(rejected.version).toBe(3)
    expect(rejected.content.interests).not.toContain('kalastus')
    expect(rejected.suggestions).toEqual([])
    expectProblem(await young.post(`${url()}/suggestions/${b.id}/answer`, { accept: true }), 409)
    // A worker cannot answer for the young person.
    expectProblem(
      await consented.post(`${url()}/suggestions/${a.id}/answer`, { accept: true }),
      404,
    )
  })
})

describe('importing a mapping', () => {
  const goodCsv = [
    'section;label;conceptUri;level;field;code;validUntil;from;to;employer',
    `skill;;${skill('dishwashing')};;;;;;;`,
    'skill;Pizzan paistaminen;;;;;;;;',
    `certificate;;${skill('first-aid-certificate')};;;;2028-05-31;;;`,
    'language;;;B2;;en;;;;',
    `work_experience;Keittiöapulainen;${occupation('kitchen-assistant')};;;;;2024-06;2024-08;Ravintola Testi`,
    'qualification;Ravintola-alan perustutkinto;;vocational;1013;;;;;',
    `wished_occupation;;${occupation('mass-catering-cook')};;;;;;;`,
    'wished_municipality;;;;;678;;;;',
    'interest;"leipominen; kakut";;;;;;;;',
  ].join('\n')

  it('adds every row of a valid CSV file as one new version', async () => {
    const before = expectOk<Profile>(await young.get(url()))
    const after = expectOk<Profile>(
      await young.post(`${url()}/import`, {
        format: 'csv',
        content: goodCsv,
        baseVersion: before.version,
      }),
    )
    expect(after.version).toBe(before.version + 1)
    expect(after.content.skills.map((s) => s.conceptUri ?? s.label)).toEqual(
      expect.arrayContaining([
        skill('dishwashing'),
        'Pizzan paistaminen',
        skill('food-preparation'),
      ]),
    )
    expect(after.content.languages).toContainEqual({ code: 'en', cefr: 'B2' })
    expect(after.content.wishedMunicipalities).toEqual(['564', '678'])
    expect(after.content.workExperience[0]).toMatchObject({
      employer: 'Ravintola Testi',
      from: '2024-06',
    })
    expect(after.content.interests).toContain('leipominen; kakut')
  })

  it('stores nothing from a file with errors, and lists each error with its line', async () => {
    const before = expectOk<Profile>(await young.get(url()))
    const bad = [
      'section,label,conceptUri,level,code',
      `skill,,${skill('dishwashing')},,`,
      'language,,,Z9,fi',
      'skil,Typo,,,',
      'certificate,,https://saumaton.fi/classification/skill/no-such-card,,',
      'wished_municipality,,,,56',
    ].join('\n')
    const problem = expectProblem(
      await young.post(`${url()}/import`, {
        format: 'csv',
        content: bad,
        baseVersion: before.version,
      }),
      400,
    ) as Problem
    expect(problem.code).toBe('competence_import_invalid')
    expect(problem.fields?.map((f) => [f.params?.line, f.params?.column, f.code])).toEqual([
      [3, 'level', 'invalid_choice'],
      [4, 'section', 'invalid_choice'],
      [6, 'code', 'invalid_format'],
      [5, 'conceptUri', 'unknown_reference'],
    ])
    expect(expectOk<Profile>(await young.get(url())).version).toBe(before.version)

    const unknownColumn = expectProblem(
      await young.post(`${url()}/import`, {
        format: 'csv',
        content: 'section,colour\nskill,red',
        baseVersion: before.version,
      }),
      400,
    ) as Problem
    expect(unknownColumn.fields?.[0]?.params).toMatchObject({ line: 1, column: 'colour' })
  })

  it('reads JSON in the documented format, numbering the items', async () => {
    const before = expectOk<Profile>(await young.get(url()))
    const json = JSON.stringify({
      format: 'saumaton-competence-mapping/1',
      items: [
        { section: 'skill', conceptUri: skill('barista') },
        { section: 'qualification', label: 'Tutkinto' },
      ],
    })
    const problem = expectProblem(
      await young.post(`${url()}/import`, {
        format: 'json',
        content: json,
        baseVersion: before.version,
      }),
      400,
    ) as Problem
    expect(problem.fields?.map((f) => [f.params?.item, f.params?.column, f.code])).toEqual([
      [2, 'level', 'required'],
    ])
    const ok = JSON.stringify({
      format: 'saumaton-competence-mapping/1',
      items: [{ section: 'skill', conceptUri: skill('barista') }],
    })
    const after = expectOk<Profile>(
      await young.post(`${url()}/import`, {
        format: 'json',
        content: ok,
        baseVersion: before.version,
      }),
    )
    expect(after.content.skills.map((s) => s.conceptUri)).toContain(skill('barista'))
    expectProblem(
      await young.post(`${url()}/import`, {
        format: 'json',
        content: '{"items":',
        baseVersion: after.version,
      }),
      400,
    )
  })
})

describe('for the matching engine', () => {
  it('gives the facts of the current version and tells listeners of every save', async () => {
    const facts = await competenceFacts(t.db, youngId)
    expect(facts.skillUris).toEqual(
      expect.arrayContaining([skill('food-preparation'), skill('dishwashing')]),
    )
    expect(facts.certificateUris).toEqual(
      expect.arrayContaining([
        skill('hygiene-passport'),
        skill('occupational-safety-card'),
        skill('first-aid-certificate'),
      ]),
    )
    expect(facts.occupationUris).toEqual([occupation('cook'), occupation('mass-catering-cook')])
    expect(facts.municipalityCodes).toEqual(['564', '678'])
    expect(facts.languages).toContainEqual({ code: 'sv', cefr: 'B1' })
    expect(facts.qualifications).toContainEqual({ level: 'vocational', field: '1013' })

    const changed: string[] = []
    profileChangedListeners.push((_db, id) => void changed.push(id))
    try {
      const current = expectOk<Profile>(await young.get(url()))
      expectOk(await put(young, url(), { baseVersion: current.version, content }))
      expect(changed).toEqual([youngId])
    } finally {
      profileChangedListeners.pop()
    }
  })

  it('shows a worker\u2019s look at the profile in the young person\u2019s access log', async () => {
    expectOk(await consented.get(url()))
    const log = expectOk<{ items: { actions: string[]; purposes: string[] }[] }>(
      await young.get(`/api/v1/customers/${youngId}/access-log`),
    )
    expect(
      log.items.some(
        (e) => e.actions.includes('competence.read') && e.purposes.includes('job_search_support'),
      ),
    ).toBe(true)
  })
})
