import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { loadDemoData } from '../demo/demo-data'
import { testApp, type TestApp } from '../platform/testing/app'

/** The public website over HTTP: languages, alternates, no scripts, caching, old app links. */
describe('the public website', () => {
  let t: TestApp

  beforeAll(async () => {
    t = await testApp({ config: { PUBLIC_URL: 'https://saumaton.test' } })
    await loadDemoData(t.db, new Date('2026-03-01T08:00:00Z'))
  })
  afterAll(() => t?.close())

  const get = (url: string, headers: Record<string, string> = {}) =>
    t.app.inject({ method: 'GET', url, headers })

  const pages = [
    ['/', 'fi'],
    ['/sv/', 'sv'],
    ['/en/', 'en'],
    ['/oulu', 'fi'],
    ['/sv/oulu', 'sv'],
    ['/en/pudasjarvi', 'en'],
    ['/raahe/palvelut', 'fi'],
    ['/sv/raahe/tjanster-for-arbetsgivare', 'sv'],
    ['/en/accessibility-statement', 'en'],
    ['/tietosuoja', 'fi'],
    ['/sv/respons', 'sv'],
  ] as const

  it.each(pages)('serves %s in its language, with alternates and no script', async (url, lang) => {
    const res = await get(url)
    expect(res.statusCode, url).toBe(200)
    expect(res.headers['content-type']).toBe('text/html; charset=utf-8')
    expect(res.body).toMatch(new RegExp(`^<!doctype html><html lang="${lang}">`))
    for (const l of ['fi', 'sv', 'en', 'x-default']) {
      expect(res.body).toContain(`rel="alternate" hrefLang="${l}"`.replace('hrefLang', 'hrefLang'))
    }
    expect(res.body).toContain('<link rel="canonical" href="https://saumaton.test/')
    expect(res.body).toContain('property="og:title"')
    expect(res.body).toContain('href="#main"')
    expect(res.body).toContain('href="/app/"')
    // No executable script: only JSON-LD data blocks are allowed.
    expect(res.body.replace(/<script type="application\/ld\+json">.*?<\/script>/g, '')).not.toMatch(
      /<script/i,
    )
    expect(res.headers['set-cookie']).toBeUndefined()
    expect(res.headers['cache-control']).toBe('public, max-age=60, stale-while-revalidate=600')
    expect(res.headers['etag']).toBeTruthy()
  })

  it('switches language on the same page', async () => {
    const res = await get('/sv/oulu/tjanster')
    expect(res.body).toContain('href="/oulu/palvelut" lang="fi" hrefLang="fi"')
    expect(res.body).toContain('href="/en/oulu/services" lang="en" hrefLang="en"')
    expect(res.body).toContain('Uleåborg')
  })

  it('lists the municipality services of the tray and links each to its HSDS record', async () => {
    const list = await get('/oulu/palvelut')
    const ids = [...list.body.matchAll(/href="\/palvelu\/([0-9a-f-]{36})"/g)].map((m) => m[1])
    expect(ids.length).toBeGreaterThan(0)
    const one = await get(`/en/service/${ids[0]}`)
    expect(one.statusCode).toBe(200)
    expect(one.body).toContain(`/api/hsds/services/${ids[0]}?lang=en`)
    expect(one.body).toContain('How to apply')
    expect((await get('/en/service/00000000-0000-4000-8000-000000000000')).statusCode).toBe(404)
  })

  it('answers 304 to a matching ETag or an unchanged Last-Modified', async () => {
    const first = await get('/oulu')
    const etag = String(first.headers['etag'])
    expect((await get('/oulu', { 'if-none-match': etag })).statusCode).toBe(304)
    const lastModified = first.headers['last-modified']
    expect(lastModified).toBeTruthy()
    expect((await get('/oulu', { 'if-modified-since': String(lastModified) })).statusCode).toBe(304)
    expect((await get('/oulu', { 'if-none-match': '"other"' })).statusCode).toBe(200)
  })

  it('compresses pages for clients that accept it', async () => {
    const res = await get('/', { 'accept-encoding': 'gzip, br' })
    expect(res.headers['content-encoding']).toBe('br')
    expect(res.headers['vary']).toContain('Accept-Encoding')
  })

  it('serves the stylesheet for a year under its hash', async () => {
    const page = await get('/')
    const href = /<link rel="stylesheet" href="([^"]+)"/.exec(page.body)![1]!
    const css = await get(href)
    expect(css.statusCode).toBe(200)
    expect(css.headers['cache-control']).toContain('immutable')
    expect(css.body.length).toBeLessThan(8000)
  })

  it('sends old app links on to /app, query string and all', async () => {
    for (const url of ['/customers', '/customers/1?x=2', '/coordinator/network', '/my']) {
      const res = await get(url)
      expect(res.statusCode, url).toBe(302)
      expect(res.headers.location).toBe(`/app${url}`)
    }
    expect((await get('/app')).headers.location).toBe('/app/')
    expect((await get('/api/v1/nothing')).statusCode).toBe(404)
    expect((await get('/sv/no-such-page')).statusCode).toBe(404)
  })

  it('lists every page in every language in the sitemap, and robots.txt points to it', async () => {
    const map = await get('/sitemap.xml')
    expect(map.statusCode).toBe(200)
    for (const loc of [
      'https://saumaton.test/',
      'https://saumaton.test/sv/',
      'https://saumaton.test/en/oulu',
      'https://saumaton.test/raahe/palvelut',
      'https://saumaton.test/en/accessibility-statement',
    ]) {
      expect(map.body).toContain(`<loc>${loc}</loc>`)
    }
    const robots = await get('/robots.txt')
    expect(robots.body).toContain('Sitemap: https://saumaton.test/sitemap.xml')
  })
})
