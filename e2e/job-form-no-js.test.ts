import type { Browser, BrowserContext, Page } from 'playwright-core'
import { afterAll, beforeAll, describe, expect, test } from 'vitest'
import { PublicSitePage } from './pages/PublicSitePage'
import { axeViolations } from './support/axe'
import { baseUrl, chromiumAvailable, launchBrowser } from './support/browser'

/** A date some weeks ahead (YYYY-MM-DD), so the posting's last day is in the future. */
const ahead = (days: number) => new Date(Date.now() + days * 86_400_000).toISOString().slice(0, 10)

const cases = [
  {
    lang: 'fi',
    path: '/tyonantajille/ilmoita-tyopaikka',
    missing: 'Tämä tieto puuttuu.',
    sent: /Kiitos! Ilmoitus menee nyt tarkistettavaksi/,
  },
  {
    lang: 'sv',
    path: '/sv/for-arbetsgivare/anmal-jobb',
    missing: 'Denna uppgift saknas.',
    sent: /Tack! Annonsen granskas nu/,
  },
] as const

/**
 * The employer's job-posting form with JavaScript turned off: a mistake comes back with its
 * message beside the field and the other values kept; corrected, the posting goes to moderation.
 */
describe.skipIf(!chromiumAvailable)('posting a job without JavaScript', () => {
  let browser: Browser
  let context: BrowserContext
  let page: Page
  // axe needs JavaScript: the same form is sent in a second, ordinary context for it.
  let axeContext: BrowserContext
  let axePage: Page

  beforeAll(async () => {
    browser = await launchBrowser()
    const options = { baseURL: baseUrl(), locale: 'fi-FI', timezoneId: 'Europe/Helsinki' }
    context = await browser.newContext({ ...options, javaScriptEnabled: false })
    page = await context.newPage()
    axeContext = await browser.newContext(options)
    axePage = await axeContext.newPage()
  })
  afterAll(async () => {
    await browser?.close()
  })

  /** Everything but the title, which the test leaves out first. */
  async function fillAllButTitle(p: Page, n: string) {
    await p.locator('#job-description').fill(`Kahvila etsii kesätyöntekijää ${n}.`)
    await p.locator('#job-employerName').fill(`Kahvila Esimerkki ${n} Oy`)
    await p.locator('#job-businessId').fill('1572860-0')
    await p.locator('#job-municipality').selectOption('564')
    await p.locator('#job-employmentType').selectOption('summer_job')
    await p.locator('#job-workingTime').selectOption('part_time')
    await p.locator('#job-validThrough').fill(ahead(30))
    await p.locator('#job-applyEmail').fill('rekry@example.fi')
    await p.locator('#job-languages-fi').check()
    await p.locator('#job-contactEmail').fill('tyonantaja@example.fi')
  }

  for (const c of cases) {
    test(`${c.lang}: an error is shown beside the field, corrected, and sent to moderation`, async () => {
      const site = new PublicSitePage(page)
      expect(await site.open(c.path)).toBe(200)
      expect(await page.locator('html').getAttribute('lang')).toBe(c.lang)
      await fillAllButTitle(page, c.lang)
      await page.locator('[data-qa="job-form-send"]').click()

      // The same page again, without JavaScript: the message beside the title, values kept.
      await page.locator('[data-qa="job-form-errors"]').waitFor()
      expect(await page.locator('[data-qa="error-title"]').textContent()).toBe(c.missing)
      expect(await page.locator('#job-title').getAttribute('aria-invalid')).toBe('true')
      expect(await page.locator('#job-title').getAttribute('aria-describedby')).toContain(
        'title-error',
      )
      expect(await page.locator('#job-employerName').inputValue()).toBe(
        `Kahvila Esimerkki ${c.lang} Oy`,
      )
      expect(await page.locator('#job-municipality').inputValue()).toBe('564')
      expect(await page.locator('#job-languages-fi').isChecked()).toBe(true)
      expect(await page.locator('[data-qa="error-employerName"]').count()).toBe(0)

      // axe on the form with its errors (the same mistake, in a context that runs JavaScript).
      await axePage.goto(c.path)
      await fillAllButTitle(axePage, `${c.lang}-axe`)
      await axePage.locator('[data-qa="job-form-send"]').click()
      await axePage.locator('[data-qa="job-form-errors"]').waitFor()
      expect(await axeViolations(axePage)).toEqual([])

      await page.locator('#job-title').fill('Kesätyöntekijä')
      await page.locator('[data-qa="job-form-send"]').click()
      const sent = page.locator('[data-qa="job-form-sent"]')
      await sent.waitFor()
      expect(await sent.textContent()).toMatch(c.sent)
      expect(await page.locator('script:not([type="application/ld+json"])').count()).toBe(0)
      await axePage.goto(new URL(page.url()).pathname + new URL(page.url()).search)
      expect(await axeViolations(axePage)).toEqual([])
    }, 120_000)
  }
})
