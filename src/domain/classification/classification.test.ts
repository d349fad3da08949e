import { sql } from 'drizzle-orm'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { queryRows } from '../../platform/db/database'
import { testApp, type Agent, type TestApp } from '../../platform/testing/app'
import { expectOk, expectProblem } from '../../platform/testing/expect'
import { searchConcepts } from './classification'
import { parseCsv } from '../../platform/import/csv'
import { ClassificationImportError, demoConceptUri, importEsco } from './importer'

let t: TestApp
let person: Agent

beforeAll(async () => {
  t = await testApp()
  person = await t.signIn(await t.fixtures.customer().save())
})
afterAll(() => t?.close())

const uris = (items: { uri: string }[]) => items.map((i) => i.uri)
type Page = { items: { uri: string; label: string; type: string; skillType: string | null }[] }

describe('the demo classification', () => {
  it('is loaded in every test database, with labels in three languages and relations', async () => {
    const [counts] = await queryRows<{ skills: number; occupations: number; relations: number }>(
      t.db,
      sql`select (select count(*)::int from classification_concept where type = 'skill') as skills,
                 (select count(*)::int from classification_concept where type = 'occupation') as occupations,
                 (select count(*)::int from occupation_skill_relation) as relations`,
    )
    expect(counts!.skills).toBeGreaterThanOrEqual(200)
    expect(counts!.occupations).toBeGreaterThanOrEqual(30)
    expect(counts!.relations).toBeGreaterThan(300)
    const hygiene = await searchConcepts(t.db, { q: 'hygienpass', lang: 'sv', limit: 5 })
    expect(hygiene[0]).toMatchObject({
      uri: 'https://saumaton.fi/classification/skill/hygiene-passport',
      skillType: 'certificate',
      label: 'hygienpass',
      labels: { fi: 'hygieniapassi', sv: 'hygienpass', en: 'hygiene passport' },
    })
  })
})

describe('concept search', () => {
  it('finds by the beginning of a word in fi, sv and en', async () => {
    for (const [q, lang] of [
      ['trukki', 'fi'],
      ['truck', 'sv'],
      ['forkl', 'en'],
    ] as const) {
      const page = expectOk<Page>(
        await person.get(`/api/v1/classification/concepts?q=${encodeURIComponent(q)}&lang=${lang}`),
      )
      expect(uris(page.items), q).toContain(demoConceptUri('skill', 'forklift-licence'))
    }
  })

  it('finds Finnish inflected forms through stemming, and alternative labels', async () => {
    const page = expectOk<Page>(await person.get('/api/v1/classification/concepts?q=siivoojana'))
    expect(uris(page.items)).toContain(demoConceptUri('occupation', 'cleaner'))
    const alt = expectOk<Page>(await person.get('/api/v1/classification/concepts?q=rekkakuski'))
    expect(uris(alt.items)).toContain(demoConceptUri('occupation', 'truck-driver'))
  })

  it('tolerates a typo', async () => {
    const page = expectOk<Page>(
      await person.get('/api/v1/classification/concepts?q=hygeniapassi&type=skill'),
    )
    expect(uris(page.items)[0]).toBe(demoConceptUri('skill', 'hygiene-passport'))
  })

  it('filters by type and skill type, and labels in the asked language', async () => {
    const page = expectOk<Page>(
      await person.get('/api/v1/classification/concepts?q=kortti&skillType=certificate&lang=en'),
    )
    expect(page.items.length).toBeGreaterThan(2)
    expect(page.items.every((i) => i.skillType === 'certificate')).toBe(true)
    expect(page.items.map((i) => i.label)).toContain('occupational safety card')
    const occupations = expectOk<Page>(
      await person.get('/api/v1/classification/concepts?type=occupation&limit=50'),
    )
    expect(occupations.items.length).toBeGreaterThanOrEqual(30)
    expect(occupations.items.every((i) => i.type === 'occupation')).toBe(true)
  })

  it('needs a sign-in and refuses bad input with a problem', async () => {
    expectProblem(await t.anonymous.get('/api/v1/classification/concepts?q=a'), 401)
    expectProblem(await person.get('/api/v1/classification/concepts?type=animal'), 400)
    // Operators of the text-search syntax are only characters.
    const odd = expectOk<Page>(
      await person.get(`/api/v1/classification/concepts?q=${encodeURIComponent("a & ! :* ' (")}`),
    )
    expect(Array.isArray(odd.items)).toBe(true)
  })
})

describe('the ESCO importer', () => {
  const skills = `conceptType,conceptUri,skillType,reuseLevel,preferredLabel,altLabels
KnowledgeSkillCompetence,http://data.europa.eu/esco/skill/test-1,skill/competence,transversal,"juggle, with care","keep balls in the air
juggling"
KnowledgeSkillCompetence,http://data.europa.eu/esco/skill/test-2,knowledge,,circus history,
`
  const occupations = `conceptType,conceptUri,iscoGroup,preferredLabel,altLabels
Occupation,http://data.europa.eu/esco/occupation/test-1,2659,juggler,
`
  const relations = `occupationUri,relationType,skillType,skillUri
http://data.europa.eu/esco/occupation/test-1,essential,skill/competence,http://data.europa.eu/esco/skill/test-1
http://data.europa.eu/esco/occupation/test-1,optional,knowledge,http://data.europa.eu/esco/skill/test-2
`

  it('reads the official columns, quoted fields and multi-line alternative labels', async () => {
    const summary = await importEsco(t.db, {
      skills: { en: skills },
      occupations: { en: occupations },
      relations: [relations],
    })
    expect(summary).toEqual({ concepts: 3, relations: 2 })
    const [found] = await searchConcepts(t.db, { q: 'juggling', lang: 'fi', limit: 1 })
    // No Finnish file: the English label stands in.
    expect(found).toMatchObject({
      uri: 'http://data.europa.eu/esco/skill/test-1',
      label: 'juggle, with care',
      skillType: 'skill',
      reuseLevel: 'transversal',
    })
    expect(found!.altLabels).toEqual([])
    // Again, with a Finnish file: updated by URI, not duplicated.
    const fi = skills.replace('"juggle, with care"', 'jongleeraus')
    await importEsco(t.db, {
      skills: { en: skills, fi },
      occupations: { en: occupations },
      relations: [relations],
    })
    const again = await searchConcepts(t.db, { q: 'jongleeraus', lang: 'fi', limit: 5 })
    expect(again.map((c) => c.label)).toEqual(['jongleeraus'])
  })

  it('stores nothing from files with an error, and names each line', async () => {
    const bad = `${skills}KnowledgeSkillCompetence,not a uri,skill/competence,,x,\nKnowledgeSkillCompetence,http://x/y,weird,,y,\n`
    const error = await importEsco(t.db, {
      skills: { en: bad },
      occupations: {},
      relations: ['occupationUri,relationType,skillUri\nhttp://nowhere,essential,http://x/y\n'],
    }).catch((e: unknown) => e)
    expect(error).toBeInstanceOf(ClassificationImportError)
    expect((error as ClassificationImportError).problems).toEqual([
      'skills_en.csv line 5: conceptUri is not a URI',
      'skills_en.csv line 6: unknown skillType "weird"',
    ])
    expect(
      await searchConcepts(t.db, { q: 'y', lang: 'en', limit: 50 }).then((c) =>
        c.some((x) => x.uri === 'http://x/y'),
      ),
    ).toBe(false)
  })

  it('parses CSV records with their starting lines', () => {
    const table = parseCsv('a;b\n1;"two\nlines"\n\n3;4\n')
    expect(table.records).toEqual([
      { line: 2, values: { a: '1', b: 'two\nlines' } },
      { line: 5, values: { a: '3', b: '4' } },
    ])
  })
})
