import { readdirSync, readFileSync } from 'node:fs'
import { join } from 'node:path'
import { Ajv2020, type ValidateFunction } from 'ajv/dist/2020.js'
import addFormatsModule from 'ajv-formats'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { DEMO_PASSWORD, loadDemoData } from '../../demo/demo-data'
import { testApp, type Agent, type TestApp } from '../../platform/testing/app'
import { expectOk, expectProblem } from '../../platform/testing/expect'

/**
 * Every object the public HSDS API answers with, nested ones included, validates against the
 * official HSDS 3.0 JSON schemas (shared/standards/hsds-3.0), and every page against the Page of
 * its openapi.json.
 */
/** The official schemas, copied unchanged into the repository (standards/hsds-3.0/README.md). */
const schemaDir = join(import.meta.dirname, '../../../standards/hsds-3.0')
const addFormats = addFormatsModule as unknown as (ajv: Ajv2020) => Ajv2020

interface OpenApi {
  paths: Record<
    string,
    { get: { responses: { 200: { content: Record<string, { schema: object }> } } } }
  >
  components: { schemas: { Page: object } }
}

let ajv: Ajv2020
let openapi: OpenApi
let t: TestApp
let coordinator: Agent
const validators = new Map<string, ValidateFunction>()

function expectValid(kind: string, value: unknown) {
  const validate = validators.get(kind)!
  const ok = validate(value)
  expect(ok ? [] : validate.errors, `${kind} ${JSON.stringify(value).slice(0, 200)}`).toEqual([])
}

/** A page: the openapi.json Page, then each item against its own schema. */
function expectPage(kind: string, page: { contents: unknown[] }) {
  expectValid('Page', page)
  for (const item of page.contents) expectValid(kind, item)
}

beforeAll(async () => {
  const dir = schemaDir
  ajv = addFormats(new Ajv2020({ strict: false, allErrors: true }))
  for (const file of readdirSync(dir).filter((f) => f.endsWith('.json') && f !== 'openapi.json')) {
    ajv.addSchema(JSON.parse(readFileSync(join(dir, file), 'utf8')) as object, file)
  }
  for (const kind of ['service', 'organization', 'taxonomy', 'taxonomy_term'])
    validators.set(kind, ajv.getSchema(`${kind}.json`)!)
  openapi = JSON.parse(readFileSync(join(dir, 'openapi.json'), 'utf8')) as OpenApi
  validators.set('Page', ajv.compile(openapi.components.schemas.Page))
  validators.set(
    'meta',
    ajv.compile(openapi.paths['/']!.get.responses[200].content['application/json']!.schema),
  )
  t = await testApp()
  await loadDemoData(t.db, t.clock())
  coordinator = await t.signIn('coordinator1', DEMO_PASSWORD)
})
afterAll(() => t?.close())

type Page<T> = { contents: T[]; total_items: number; total_pages: number; last_page: boolean }
interface Service {
  id: string
  name: string
  organization_id: string
  attributes: { taxonomy_term_id: string }[]
}

describe('the public HSDS API', () => {
  it('serves the paths of the HSDS API reference, to anyone', () => {
    const ours = [
      '/',
      '/services',
      '/services/{id}',
      '/organizations',
      '/organizations/{id}',
      '/taxonomies',
      '/taxonomy_terms',
    ]
    expect(ours.filter((p) => !(p in openapi.paths))).toEqual([])
  })

  it('has a validator that refuses what the schemas refuse', () => {
    const validate = validators.get('service')!
    expect(validate({ id: 'not-a-uuid', status: 'open' })).toBe(false)
    expect(validate.errors!.map((e) => e.keyword)).toEqual(
      expect.arrayContaining(['required', 'format', 'enum']),
    )
    expect(
      validators.get('service')!({
        id: '5a1e0000-0000-4000-8000-000000000001',
        name: 'x',
        status: 'active',
        service_areas: [{ name: 'no id' }],
      }),
    ).toBe(false)
  })

  it('tells its version and profile', async () => {
    const meta = expectOk<{ version: string }>(await t.anonymous.get('/api/hsds/'))
    expectValid('meta', meta)
    expect(meta.version).toBe('3.0')
  })

  it('answers only valid HSDS objects, nested ones included, in every language', async () => {
    for (const lang of ['fi', 'sv', 'en']) {
      const services = expectOk<Page<Service>>(
        await t.anonymous.get(`/api/hsds/services?per_page=100&lang=${lang}`),
      )
      expect(services.total_items).toBe(10)
      expectPage('service', services)
      for (const s of services.contents) {
        expectValid(
          'service',
          expectOk(await t.anonymous.get(`/api/hsds/services/${s.id}?lang=${lang}`)),
        )
      }
      const orgs = expectOk<Page<{ id: string }>>(
        await t.anonymous.get(`/api/hsds/organizations?per_page=100&lang=${lang}`),
      )
      expectPage('organization', orgs)
      for (const o of orgs.contents)
        expectValid(
          'organization',
          expectOk(await t.anonymous.get(`/api/hsds/organizations/${o.id}?lang=${lang}`)),
        )
      expectPage('taxonomy', expectOk(await t.anonymous.get(`/api/hsds/taxonomies?lang=${lang}`)))
      expectPage(
        'taxonomy_term',
        expectOk(await t.anonymous.get(`/api/hsds/taxonomy_terms?lang=${lang}`)),
      )
    }
  })

  it('nests organisation, locations with addresses and hours, contacts, phones, areas and languages', async () => {
    const page = expectOk<Page<Record<string, unknown>>>(
      await t.anonymous.get('/api/hsds/services?search=Ohjaamo&lang=sv'),
    )
    expect(page.contents).toHaveLength(1)
    const s = page.contents[0] as {
      name: string
      organization: { name: string }
      service_at_locations: {
        location: { addresses: { city: string }[] }
        schedules: { byday: string }[]
      }[]
      contacts: { phones: unknown[] }[]
      phones: unknown[]
      service_areas: { name: string }[]
      languages: { code: string }[]
    }
    expect(s.name).toBe('Ohjaamo Uleåborg')
    expect(s.organization.name).toBe('Uleåborgs stad')
    expect(s.service_at_locations[0]!.location.addresses[0]!.city).toBe('Uleåborg')
    expect(s.service_at_locations[0]!.schedules[0]!.byday).toBe('MO,TU,WE,TH,FR')
    expect(s.contacts[0]!.phones).toHaveLength(1)
    expect(s.phones).toHaveLength(1)
    expect(s.service_areas.map((a) => a.name)).toEqual(['Uleåborg'])
    expect(s.languages.map((l) => l.code)).toContain('ar')
  })

  it('pages, and filters by taxonomy term, organisation, text and modification time', async () => {
    const first = expectOk<Page<Service>>(await t.anonymous.get('/api/hsds/services?per_page=4'))
    const third = expectOk<Page<Service>>(
      await t.anonymous.get('/api/hsds/services?per_page=4&page=3'),
    )
    expect([first.contents.length, third.contents.length, first.total_pages]).toEqual([4, 2, 3])
    expect(third.last_page).toBe(true)
    const terms = expectOk<Page<{ id: string; code: string }>>(
      await t.anonymous.get('/api/hsds/taxonomy_terms'),
    )
    const employers = terms.contents.find((term) => term.code === 'employers')!
    const forEmployers = expectOk<Page<Service>>(
      await t.anonymous.get(`/api/hsds/services?taxonomy_term_id=${employers.id}`),
    )
    expect(forEmployers.contents.map((s) => s.name).sort()).toEqual([
      'Nuorten työnhakijoiden palvelut',
      'Tehostetusti työhön',
    ])
    const orgId = forEmployers.contents.find(
      (s) => s.name === 'Tehostetusti työhön',
    )!.organization_id
    const byOrg = expectOk<Page<Service>>(
      await t.anonymous.get(`/api/hsds/services?organization_id=${orgId}`),
    )
    expect(byOrg.contents.map((s) => s.name)).toEqual(['Tehostetusti työhön'])
    // Finnish stemming: the plural finds the singular's service.
    const stemmed = expectOk<Page<Service>>(
      await t.anonymous.get('/api/hsds/services?search=vastavalmistuneet'),
    )
    expect(stemmed.contents.map((s) => s.name)).toContain('Opinnoista työhön')
    const future = new Date(t.clock().getTime() + 86_400_000).toISOString()
    const none = expectOk<Page<Service>>(
      await t.anonymous.get(`/api/hsds/services?modified_after=${encodeURIComponent(future)}`),
    )
    expect(none).toMatchObject({ total_items: 0, contents: [] })
    expectValid('Page', none)
  })

  it('shows no drafts or retired services, nor an organisation with none published', async () => {
    const orgs = expectOk<{ items: { id: string; code: string }[] }>(
      await coordinator.get('/api/v1/organisations'),
    )
    const ely = orgs.items.find((o) => o.code === 'ely-centre')!
    const draft = expectOk<{ id: string; version: number }>(
      await coordinator.post('/api/v1/service-tray', {
        organisationId: ely.id,
        name: { fi: 'Luonnos vain' },
        description: { fi: 'Ei vielä julki.' },
      }),
      201,
    )
    expectProblem(await t.anonymous.get(`/api/hsds/services/${draft.id}`), 404)
    expectProblem(await t.anonymous.get(`/api/hsds/organizations/${ely.id}`), 404)
    const all = expectOk<Page<Service>>(await t.anonymous.get('/api/hsds/services?per_page=100'))
    expect(all.contents.map((s) => s.id)).not.toContain(draft.id)
  })

  it('refuses bad parameters with a problem', async () => {
    expectProblem(await t.anonymous.get('/api/hsds/services?per_page=1000'), 400)
    expectProblem(await t.anonymous.get('/api/hsds/services?modified_after=yesterday'), 400)
    expectProblem(await t.anonymous.get('/api/hsds/services?lang=de'), 400)
  })
})
