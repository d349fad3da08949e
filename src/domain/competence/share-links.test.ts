import { sql } from 'drizzle-orm'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { queryRows } from '../../platform/db/database'
import type { CustomerId } from '../../platform/ids'
import { testApp, type Agent, type TestApp } from '../../platform/testing/app'
import { expectOk, expectProblem } from '../../platform/testing/expect'
import { demoConceptUri } from '../classification/importer'
import { municipality, region } from '../organisations/schema'
import type { ProfileContent } from './content'

let t: TestApp
let young: Agent
let youngId: CustomerId
let youngLogin: { username: string }
const base = () => `/api/v1/customers/${youngId}/competence`

interface Link {
  id: string
  token: string
  path: string
  status: string
}
interface Shared {
  sections: string[]
  content: ProfileContent
  concepts: { uri: string; label: string }[]
  municipalities: { code: string; name: string }[]
}

beforeAll(async () => {
  t = await testApp()
  const person = await t.fixtures.customer().save()
  youngId = person.id
  youngLogin = person
  young = await t.signIn(person)
  expectOk(
    await young.request({
      method: 'PUT',
      url: base(),
      body: {
        baseVersion: 0,
        content: {
          skills: [{ conceptUri: demoConceptUri('skill', 'barista') }],
          certificates: [{ conceptUri: demoConceptUri('skill', 'hygiene-passport') }],
          interests: ['kahvi'],
          wishedMunicipalities: ['564'],
        },
      },
    }),
  )
})
afterAll(() => t?.close())

const create = async (sections: string[], validDays = 7) =>
  expectOk<Link>(
    await young.post(`${base()}/share-links`, { sections, validDays, label: 'Kahvila Testi' }),
    201,
  )

describe('a share link for an employer', () => {
  it('opens without signing in, shows only the chosen sections, and keeps only a hash', async () => {
    const link = await create(['skills', 'certificates'])
    expect(link.token).toMatch(/^[A-Za-z0-9_-]{43}$/)
    expect(link.path).toBe(`/competence/share/${link.token}`)
    const shared = expectOk<Shared>(
      await t.anonymous.get(`/api/v1/competence-shares/${link.token}?lang=en`),
    )
    expect(shared.sections).toEqual(['skills', 'certificates'])
    expect(shared.content.skills).toEqual([{ conceptUri: demoConceptUri('skill', 'barista') }])
    expect(shared.content.interests).toEqual([])
    expect(shared.content.wishedMunicipalities).toEqual([])
    expect(shared.municipalities).toEqual([])
    expect(shared.concepts.map((c) => c.label).sort()).toEqual([
      'hygiene passport',
      'make coffee drinks',
    ])
    const stored = await queryRows<{ token_hash: string }>(
      t.db,
      sql`select token_hash from competence_share_link`,
    )
    expect(stored.map((r) => r.token_hash)).not.toContain(link.token)
    expect((await young.get(`${base()}/share-links`)).body).not.toContain(link.token)
  })

  it('names the wished municipalities in the reader\u2019s language', async () => {
    const [reg] = await t.db
      .insert(region)
      .values({ code: 'share-r', nameFi: 'Alue', nameSv: 'Region', nameEn: 'Region' })
      .returning({ id: region.id })
    await t.db.insert(municipality).values({
      code: '564',
      regionId: reg!.id,
      nameFi: 'Oulu',
      nameSv: 'Uleåborg',
      nameEn: 'Oulu (en)',
    })
    const link = await create(['wishedMunicipalities'])
    const open = async (lang: string) =>
      expectOk<Shared>(
        await t.anonymous.get(`/api/v1/competence-shares/${link.token}?lang=${lang}`),
      )
    const sv = await open('sv')
    expect(sv.content.wishedMunicipalities).toEqual(['564'])
    expect(sv.municipalities).toEqual([{ code: '564', name: 'Uleåborg' }])
    expect((await open('en')).municipalities).toEqual([{ code: '564', name: 'Oulu (en)' }])
    expect((await open('fi')).municipalities).toEqual([{ code: '564', name: 'Oulu' }])
  })

  it('records every opening in the young person\u2019s access log as opened through their link', async () => {
    const link = await create(['interests'])
    expectOk(await t.anonymous.get(`/api/v1/competence-shares/${link.token}`))
    t.clock.advanceMinutes(5)
    expectOk(await t.anonymous.get(`/api/v1/competence-shares/${link.token}`))
    const [row] = await queryRows<{ n: number }>(
      t.db,
      sql`select count(*)::int as n from audit_event
          where action = 'competence.share_link.open' and person_ids @> array[${youngId}::uuid]`,
    )
    expect(row!.n).toBeGreaterThanOrEqual(3)
    young = await t.signIn(youngLogin)
    const log = expectOk<{
      items: { organisation: unknown; actions: string[]; purposes: string[] }[]
    }>(await young.get(`/api/v1/customers/${youngId}/access-log`))
    const openings = log.items.filter((e) => e.actions.includes('competence.share_link.open'))
    expect(openings.length).toBeGreaterThanOrEqual(2)
    expect(
      openings.every((e) => e.organisation === null && e.purposes.includes('job_search_support')),
    ).toBe(true)
  })

  it('stops working the moment it is revoked, and when it expires', async () => {
    const link = await create(['skills'], 1)
    const revoked = expectOk<Link>(await young.post(`${base()}/share-links/${link.id}/revoke`))
    expect(revoked.status).toBe('revoked')
    expect(
      expectProblem(await t.anonymous.get(`/api/v1/competence-shares/${link.token}`), 410).code,
    ).toBe('share_link_revoked')
    const expiring = await create(['skills'], 1)
    expectOk(await t.anonymous.get(`/api/v1/competence-shares/${expiring.token}`))
    t.clock.advanceMinutes(24 * 60 + 1)
    expect(
      expectProblem(await t.anonymous.get(`/api/v1/competence-shares/${expiring.token}`), 410).code,
    ).toBe('share_link_expired')
    expectProblem(await t.anonymous.get(`/api/v1/competence-shares/${'A'.repeat(43)}`), 404)
  })

  it('is made, listed and revoked only by the young person', async () => {
    const org = await t.fixtures.organisation().save()
    const other = await t.fixtures.customer().withConsent(org, ['competence']).save()
    const worker = await t.signIn(await t.fixtures.worker(org).save())
    const url = `/api/v1/customers/${other.id}/competence/share-links`
    expectProblem(await worker.post(url, { sections: ['skills'], validDays: 7 }), 404)
    expectProblem(await worker.get(url), 404)
    // Moved past the sessions' idle time above: sign in again.
    young = await t.signIn(youngLogin)
    const stranger = await t.signIn(other)
    expectProblem(
      await stranger.post(`${base()}/share-links`, { sections: ['skills'], validDays: 7 }),
      404,
    )
    expectProblem(await young.post(`${base()}/share-links`, { sections: [], validDays: 7 }), 400)
    expectProblem(
      await young.post(`${base()}/share-links`, { sections: ['skills'], validDays: 365 }),
      400,
    )
  })
})
