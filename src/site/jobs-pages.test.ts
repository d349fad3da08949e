import { and, eq } from 'drizzle-orm'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { loadDemoData } from '../demo/demo-data'
import { classificationConcept } from '../domain/classification/schema'
import { importFeed } from '../domain/jobs/feed'
import { feedPosting, occupation } from '../domain/jobs/fixtures'
import { openJobOccupations } from '../domain/jobs/postings'
import { jobPosting } from '../domain/jobs/schema'
import { testApp, type TestApp } from '../platform/testing/app'

const jsonLdOf = (html: string): Record<string, unknown>[] =>
  [...html.matchAll(/<script type="application\/ld\+json">(.*?)<\/script>/g)].map(
    (m) => JSON.parse(m[1]!) as Record<string, unknown>,
  )

/** The public website's open jobs: the list and its filters, a job's page, its JSON-LD, 410. */
describe('open jobs on the public website', () => {
  let t: TestApp
  const ids: Record<string, string> = {}

  beforeAll(async () => {
    t = await testApp({ config: { PUBLIC_URL: 'https://saumaton.test' } })
    await loadDemoData(t.db, new Date('2026-03-01T08:00:00Z'))
    t.clock.set(new Date('2026-03-02T08:00:00Z'))
    await t.db
      .insert(classificationConcept)
      .values({
        uri: occupation('cook'),
        type: 'occupation',
        labelFi: 'kokki',
        labelSv: 'kock',
        labelEn: 'cook',
        searchText: 'kokki kock cook',
      })
      .onConflictDoNothing()
    const report = await importFeed(
      t.db,
      {
        source: 'sitetest',
        postings: [
          feedPosting('cook', {
            title: 'Kokki </script><b>',
            description: 'Lounasravintola etsii kokkia. </script><script>alert(1)</script>',
          }),
          feedPosting('summer', {
            title: 'Kesätyöntekijä satamaan',
            description: 'Laiturityötä kesäksi, sana: mustikkamaa.',
            municipalityCode: '678',
            employmentType: 'summer_job',
            workingTime: 'part_time',
            validThrough: '2026-03-03T10:00:00Z',
          }),
        ],
      },
      t.clock(),
    )
    expect(report.rejected).toEqual([])
    for (const sourceId of ['cook', 'summer']) {
      const [row] = await t.db
        .select({ id: jobPosting.id })
        .from(jobPosting)
        .where(and(eq(jobPosting.source, 'sitetest'), eq(jobPosting.sourceId, sourceId)))
      ids[sourceId] = row!.id
    }
  })
  afterAll(() => t?.close())

  const get = (url: string) => t.app.inject({ method: 'GET', url })
  const withoutJsonLd = (html: string) =>
    html.replace(/<script type="application\/ld\+json">.*?<\/script>/g, '')

  it.each([
    ['/tyopaikat', 'fi'],
    ['/sv/lediga-jobb', 'sv'],
    ['/en/jobs', 'en'],
  ])(
    'lists open jobs at %s in its language, with the filter form and no script',
    async (url, lang) => {
      const res = await get(url)
      expect(res.statusCode).toBe(200)
      expect(res.body).toMatch(new RegExp(`^<!doctype html><html lang="${lang}">`))
      expect(res.body).toMatch(/<form [^>]*method="get"/)
      for (const name of ['q', 'municipality', 'occupation', 'type', 'time']) {
        expect(res.body).toContain(`name="${name}"`)
      }
      expect(withoutJsonLd(res.body)).not.toMatch(/<script/i)
      expect(res.headers['cache-control']).toBe('public, max-age=60, stale-while-revalidate=600')
      expect(res.headers['etag']).toBeTruthy()
      // "Open jobs" is in the main navigation.
      expect(res.body).toContain(`href="${url}"`)
    },
  )

  it('narrows the list by the filters and pages with plain links', async () => {
    const all = await get('/en/jobs')
    expect(all.body).toContain('?after=')
    const narrowed = await get(
      '/en/jobs?municipality=raahe&type=summer_job&time=part_time&q=mustikkamaa',
    )
    expect(narrowed.statusCode).toBe(200)
    expect(narrowed.body).toContain(`href="/en/job/${ids.summer}"`)
    expect(narrowed.body).not.toContain(`href="/en/job/${ids.cook}"`)
    const jobLinks = [...narrowed.body.matchAll(/href="\/en\/job\//g)]
    expect(jobLinks).toHaveLength(1)
    const none = await get('/en/jobs?municipality=oulu&q=mustikkamaa')
    expect(none.body).toContain('No open jobs with these choices.')
    // A value that names nothing is left out, and a foreign cursor starts from the beginning.
    expect((await get('/en/jobs?type=nonsense&after=xyz&occupation=%00')).statusCode).toBe(200)
  })

  it('gives each job a page with a JobPosting in JSON-LD, < escaped', async () => {
    const res = await get(`/en/job/${ids.cook}`)
    expect(res.statusCode).toBe(200)
    expect(res.body).toMatch(/^<!doctype html><html lang="en">/)
    expect(withoutJsonLd(res.body)).not.toMatch(/<script/i)
    expect(res.body).not.toContain('<script>alert')
    expect(res.body).toContain('\\u003c/script>')
    const [ld] = jsonLdOf(res.body)
    expect(ld).toMatchObject({
      '@context': 'https://schema.org',
      '@type': 'JobPosting',
      title: 'Kokki </script><b>',
      validThrough: '2026-04-30T21:00:00.000Z',
      hiringOrganization: {
        '@type': 'Organization',
        name: 'Ravintola Esimerkki Oy',
        identifier: { '@type': 'PropertyValue', value: '1572860-0' },
      },
      jobLocation: {
        '@type': 'Place',
        address: { addressLocality: 'Oulu', addressCountry: 'FI' },
      },
      employmentType: ['FULL_TIME'],
      identifier: { '@type': 'PropertyValue', value: ids.cook },
      directApply: false,
    })
    for (const key of ['description', 'datePosted']) expect(ld![key]).toBeTruthy()
    expect(
      (ld!.jobLocation as { address: { addressRegion?: string } }).address.addressRegion,
    ).toBeTruthy()
    const summer = jsonLdOf((await get(`/job/${ids.summer}`.replace('/job/', '/en/job/'))).body)[0]
    expect(summer!.employmentType).toEqual(['PART_TIME', 'TEMPORARY'])
    const fi = await get(`/tyopaikka/${ids.cook}`)
    expect(fi.body).toMatch(/^<!doctype html><html lang="fi">/)
    expect(fi.body).toContain(`href="/sv/jobb/${ids.cook}" lang="sv" hrefLang="sv"`)
  })

  it('answers 410 for a job whose deadline passed, 404 for an unknown one', async () => {
    expect((await get(`/sv/jobb/${ids.summer}`)).statusCode).toBe(200)
    t.clock.set(new Date('2026-03-03T10:00:01Z'))
    try {
      const gone = await get(`/sv/jobb/${ids.summer}`)
      expect(gone.statusCode).toBe(410)
      expect(gone.body).toContain('Jobbet går inte längre att söka')
      expect(jsonLdOf(gone.body)).toEqual([])
      const list = await get('/sv/lediga-jobb?municipality=raahe&q=mustikkamaa')
      expect(list.body).not.toContain(ids.summer)
      const map = await get('/sitemap.xml')
      expect(map.body).not.toContain(ids.summer)
    } finally {
      t.clock.set(new Date('2026-03-02T08:00:00Z'))
    }
    expect((await get('/en/job/00000000-0000-4000-8000-000000000000')).statusCode).toBe(404)
    expect((await get('/en/job/not-an-id')).statusCode).toBe(404)
  })

  it('lists every job page in every language in the sitemap, with alternates', async () => {
    const map = await get('/sitemap.xml')
    for (const loc of [`/tyopaikka/${ids.cook}`, `/sv/jobb/${ids.cook}`, `/en/job/${ids.cook}`]) {
      expect(map.body).toContain(`<loc>https://saumaton.test${loc}</loc>`)
    }
    expect(map.body).toContain(`hreflang="en" href="https://saumaton.test/en/job/${ids.cook}"`)
    expect(map.body).toContain('<loc>https://saumaton.test/sv/lediga-jobb</loc>')
  })

  it('names the occupation from the classification and the municipality in Finnish', async () => {
    const res = await get('/tyopaikat')
    expect(res.body).toContain('<option value="cook">kokki</option>')
    expect(withoutJsonLd(res.body)).toContain('Raahe')
    expect(withoutJsonLd(res.body)).not.toContain(' 678 ')
  })

  it("offers the open jobs' occupations in the filter, each once, in order", async () => {
    // The skip scan of the occupation index gives what a plain distinct over open jobs gives.
    const rows = await t.db.select().from(jobPosting)
    const open = rows.filter((r) => r.state === 'published' && r.validThrough > t.clock())
    const expected = [...new Set(open.map((r) => r.occupationUri).filter((u) => u !== null))]
    expect(expected.length).toBeGreaterThan(1)
    expect(await openJobOccupations(t.db, t.clock())).toEqual(
      expected.sort((a, b) => (a < b ? -1 : a > b ? 1 : 0)),
    )
    // Once every job of an occupation is past its deadline, it is no longer offered.
    const later = new Date('2026-04-10T00:00:00Z')
    const stillOpen = rows.filter((r) => r.state === 'published' && r.validThrough > later)
    expect(stillOpen.length).toBeGreaterThan(0)
    expect(stillOpen.length).toBeLessThan(open.length)
    expect(await openJobOccupations(t.db, later)).toEqual(
      [...new Set(stillOpen.map((r) => r.occupationUri).filter((u) => u !== null))].sort(),
    )
  })

  it('shows the newest jobs on a municipality page and links to its filtered list', async () => {
    const res = await get('/en/raahe')
    expect(res.body).toContain('href="/en/jobs?municipality=raahe"')
    expect(res.body).toMatch(/href="\/en\/job\/[0-9a-f-]{36}"/)
  })

  it('links the employers to the job-posting form on the website', async () => {
    const res = await get('/sv/oulu/for-arbetsgivare')
    expect(res.body).toContain('href="/sv/for-arbetsgivare/anmal-jobb?municipality=oulu"')
    expect(res.body).toContain('Lämna en jobbannons')
  })
})
