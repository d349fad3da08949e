import type { Browser, BrowserContext, Page } from 'playwright-core'
import { afterAll, beforeAll, describe, expect, test } from 'vitest'
import { PublicSitePage } from './pages/PublicSitePage'
import { axeViolations } from './support/axe'
import { baseUrl, chromiumAvailable, launchBrowser, scrollsHorizontally } from './support/browser'

/**
 * The open jobs of the public website with JavaScript turned off, on a 360 px phone: a visitor
 * narrows the list with the plain GET form, opens a job and finds how to apply. Each page is
 * axe-clean (axe runs in a second context, as it needs JavaScript).
 */
describe.skipIf(!chromiumAvailable)('open jobs on the public website without JavaScript', () => {
  let browser: Browser
  let context: BrowserContext
  let page: Page
  let axeContext: BrowserContext
  let axePage: Page

  beforeAll(async () => {
    browser = await launchBrowser()
    const options = {
      baseURL: baseUrl(),
      viewport: { width: 360, height: 740 },
      locale: 'fi-FI',
      timezoneId: 'Europe/Helsinki',
    }
    context = await browser.newContext({ ...options, javaScriptEnabled: false })
    page = await context.newPage()
    axeContext = await browser.newContext(options)
    axePage = await axeContext.newPage()
  })
  afterAll(async () => {
    await browser?.close()
  })

  const checked = async (path: string) => {
    await axePage.goto(path)
    expect(await scrollsHorizontally(axePage), `${path} scrolls sideways`).toBe(false)
    expect(await axeViolations(axePage), path).toEqual([])
    expect(await page.locator('script:not([type="application/ld+json"])').count(), path).toBe(0)
  }

  test('a visitor follows the job filters and opens a job page', async () => {
    const site = new PublicSitePage(page)
    expect(await site.open('/en/')).toBe(200)
    await page.locator('nav.nav a', { hasText: 'Open jobs' }).click()
    expect(new URL(page.url()).pathname).toBe('/en/jobs')
    await checked('/en/jobs')
    const all = await page.locator('[data-qa="job-list"] > li').count()
    expect(all).toBeGreaterThan(0)

    const form = page.locator('[data-qa="job-filters"]')
    await form.locator('#job-municipality').selectOption('raahe')
    await form.locator('#job-time').selectOption('full_time')
    await form.locator('button[type="submit"]').click()
    await page.waitForURL(/municipality=raahe/)
    const url = new URL(page.url())
    expect(url.pathname).toBe('/en/jobs')
    expect(url.searchParams.get('time')).toBe('full_time')
    expect(await site.heading().textContent()).toBe('Open jobs: Raahe')
    const items = page.locator('[data-qa="job-list"] > li')
    const shown = await items.count()
    expect(shown).toBeGreaterThan(0)
    for (const text of await items.locator('p.meta:first-of-type').allTextContents()) {
      expect(text).toContain('Raahe')
      expect(text).toContain('Full-time')
    }
    await checked(url.pathname + url.search)

    await items.first().locator('h3 a').click()
    expect(new URL(page.url()).pathname).toMatch(/^\/en\/job\/[0-9a-f-]{36}$/)
    expect(await page.locator('html').getAttribute('lang')).toBe('en')
    const jsonLd = JSON.parse(
      (await page.locator('script[type="application/ld+json"]').textContent()) ?? '{}',
    ) as Record<string, unknown>
    expect(jsonLd['@type']).toBe('JobPosting')
    expect(await page.locator('main h2', { hasText: 'How to apply' }).count()).toBe(1)
    await checked(new URL(page.url()).pathname)

    await site.languageLink('fi').click()
    expect(new URL(page.url()).pathname).toMatch(/^\/tyopaikka\/[0-9a-f-]{36}$/)
  }, 120_000)

  test('the Finnish list pages with plain links', async () => {
    const site = new PublicSitePage(page)
    expect(await site.open('/tyopaikat')).toBe(200)
    await page.locator('nav.pager a', { hasText: 'Lisää' }).click()
    expect(new URL(page.url()).searchParams.get('after')).toBeTruthy()
    expect(await page.locator('[data-qa="job-list"] > li').count()).toBeGreaterThan(0)
    await checked(new URL(page.url()).pathname + new URL(page.url()).search)
  }, 60_000)
})
