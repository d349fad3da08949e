import type { Browser, BrowserContext, Page } from 'playwright-core'
import { afterAll, beforeAll, describe, expect, test } from 'vitest'
import { PublicSitePage, sitemapPaths } from './pages/PublicSitePage'
import { axeViolations } from './support/axe'
import { baseUrl, chromiumAvailable, launchBrowser, scrollsHorizontally } from './support/browser'

/**
 * The public website in a browser with JavaScript turned off, on a 360 px phone: every page the
 * sitemap lists, in all three languages, loads, has one h1, does not scroll sideways and has no
 * axe violations. The feedback form is sent without JavaScript.
 */
describe.skipIf(!chromiumAvailable)('the public website without JavaScript', () => {
  let browser: Browser
  let context: BrowserContext
  let page: Page
  // axe itself needs JavaScript: it runs in a second, ordinary context on the same pages.
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

  test('every sitemap page in fi, sv and en works and passes axe at 360 px', async () => {
    // Job pages all share one template: a few of them stand for the rest here (the demo has
    // hundreds); e2e/public-jobs.test.ts walks the jobs themselves.
    const jobPath = /^(\/(sv|en))?\/(tyopaikka|jobb|job)\//
    const allPaths = await sitemapPaths(page, baseUrl())
    const paths = [
      ...allPaths.filter((p) => !jobPath.test(p)),
      ...allPaths.filter((p) => jobPath.test(p)).slice(0, 3),
    ]
    expect(paths).toContain('/')
    expect(paths).toContain('/sv/')
    expect(paths).toContain('/en/oulu')
    expect(paths.some((p) => p.startsWith('/en/event/'))).toBe(true)
    const site = new PublicSitePage(page)
    const failures: string[] = []
    for (const path of paths) {
      const status = await site.open(path)
      if (status !== 200) failures.push(`${path}: ${status}`)
      expect(await site.heading().count(), path).toBe(1)
      expect(await page.locator('script:not([type="application/ld+json"])').count(), path).toBe(0)
      await axePage.goto(path)
      expect(await scrollsHorizontally(axePage), `${path} scrolls sideways`).toBe(false)
      const violations = await axeViolations(axePage)
      if (violations.length > 0) failures.push(`${path}:\n${violations.join('\n')}`)
    }
    expect(failures).toEqual([])
  }, 600_000)

  test('the language switch keeps the page, and sign-in leads to the app', async () => {
    const site = new PublicSitePage(page)
    await site.open('/oulu/palvelut')
    await site.languageLink('sv').click()
    expect(new URL(page.url()).pathname).toBe('/sv/oulu/tjanster')
    expect(await page.locator('html').getAttribute('lang')).toBe('sv')
    await site.languageLink('en').click()
    expect(new URL(page.url()).pathname).toBe('/en/oulu/services')
    expect(await site.signInLink().count()).toBe(1)
    await site.skipLink().focus()
    expect(await site.skipLink().getAttribute('href')).toBe('#main')
  })

  test('a visitor sends feedback without JavaScript', async () => {
    const site = new PublicSitePage(page)
    await site.open('/en/feedback')
    await page.locator('#feedback-message').fill('The map link is hard to find.')
    await page.locator('[data-qa="feedback-form"] button[type="submit"]').click()
    await page.locator('[data-qa="feedback-sent"]').waitFor()
    expect(new URL(page.url()).search).toBe('?sent=1')
  })
})
