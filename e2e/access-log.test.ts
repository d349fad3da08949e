import type { Browser } from 'playwright-core'
import { afterAll, beforeAll, describe, expect, test } from 'vitest'
import { CustomerSummaryPage } from './pages/CustomerSummaryPage'
import { Header, type Lang } from './pages/Header'
import { MyPage } from './pages/MyPage'
import { qa } from './pages/qa'
import { signIn } from './pages/SignInPage'
import { apiSession, customerId, restoreLocale } from './support/api'
import { axeViolations } from './support/axe'
import { chromiumAvailable, launchBrowser, newSession } from './support/browser'

const texts: Record<Lang, { te: string; summary: string; listed: RegExp; why: string }> = {
  fi: {
    te: 'Pohjois-Pohjanmaan TE-toimisto',
    summary: 'katsoi yhteenvetoa tiedoistasi',
    listed: /\d+ kertaa päivän aikana/,
    why: 'yhteisasiakkuutesi palveluiden yhteensovittaminen',
  },
  sv: {
    te: 'TE-byrån i Norra Österbotten',
    summary: 'tittade på sammandraget av dina uppgifter',
    listed: /\d+ gånger under dagen/,
    why: 'att samordna tjänsterna i ditt samkundskap',
  },
  en: {
    te: 'North Ostrobothnia TE Office',
    summary: 'viewed the summary of your data',
    listed: /\d+ times during the day/,
    why: 'coordinating the services of your joint customership',
  },
}

describe.skipIf(!chromiumAvailable)('who has seen my data', () => {
  let browser: Browser

  beforeAll(async () => {
    browser = await launchBrowser()
  })
  afterAll(async () => {
    await browser?.close()
    await restoreLocale('helmi')
  })

  test('a worker’s page view is one readable row; list pages one row per day', async () => {
    const te = await apiSession('te8')
    const helmi = await customerId(te, 'Honk')
    // Eleven list pages that include Helmi, then one look at her summary and case.
    for (let i = 0; i < 11; i++) await te.get('/api/v1/customers')
    await te.close()
    const worker = await newSession(browser)
    await signIn(worker.page, 'te8')
    const displayName = (await new Header(worker.page).userName().textContent())!.trim()
    await new CustomerSummaryPage(worker.page).open(`/customers/${helmi}`)
    await qa(worker.page, 'case').or(qa(worker.page, 'no-case')).first().waitFor()
    await worker.page.waitForLoadState('networkidle')
    await worker.context.close()

    const { context, page } = await newSession(browser)
    await signIn(page, 'helmi')
    const myPage = new MyPage(page)
    await myPage.waitForContent()
    const header = new Header(page)
    const views = myPage.accessLogRows().filter({ hasText: displayName })
    // Today's list pages of TE (any worker's, also other tests') gather into one row.
    const listsOf = (organisation: string) =>
      myPage
        .accessLogRows()
        .and(page.locator('[data-qa-kind="list"]'))
        .filter({ has: page.locator('[data-qa="access-organisation"]', { hasText: organisation }) })
    for (const lang of ['fi', 'sv', 'en'] as const) {
      if (lang !== 'fi') await header.switchLanguage(lang)
      // The summary page asks several routes at once: still one row, naming the worker.
      await expect.poll(() => views.count()).toBe(1)
      const row = views.first()
      expect(await row.getAttribute('data-qa-kind')).toBe('view')
      expect(await qa(row, 'access-worker').textContent()).toBe(`${displayName}, Asiantuntija`)
      expect(await qa(row, 'cell-what').textContent()).toContain(texts[lang].summary)
      expect(await qa(row, 'cell-why').textContent()).toContain(texts[lang].why)
      const teLists = listsOf(texts[lang].te)
      expect(await teLists.count()).toBe(1)
      expect(await qa(teLists, 'cell-time').textContent()).toMatch(texts[lang].listed)
      const violations = await axeViolations(page)
      expect(violations, `access log in ${lang}`).toEqual([])
    }
    await context.close()
  })
})
