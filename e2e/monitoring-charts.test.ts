import type { Browser } from 'playwright-core'
import { afterAll, beforeAll, describe, expect, test } from 'vitest'
import { DEMO_PASSWORD } from '../src/demo/demo-data'
import { Header } from './pages/Header'
import { MonitoringPage } from './pages/SurveyPages'
import { SignInPage } from './pages/SignInPage'
import { axeViolations } from './support/axe'
import { chromiumAvailable, launchBrowser } from './support/browser'
import { recordRefusals } from './support/csp-refusals'
import { endAinosCase } from './support/end-case'
import { freePort, ownSession, startOwnApp, type OwnApp } from './support/own-app'

/** The month's name as the charts write it (e.g. "joulukuu 2026"). */
function thisMonthName(lang: string): string {
  const now = new Date()
  return new Date(Date.UTC(now.getUTCFullYear(), now.getUTCMonth(), 1)).toLocaleDateString(lang, {
    month: 'long',
    year: 'numeric',
    timeZone: 'UTC',
  })
}

/**
 * The dashboard's charts: accessible SVG (aria-label, aria-description), drawn under the
 * Content-Security-Policy, and a figure hidden by disclosure control is a gap with its note,
 * never a bar or a number.
 */
describe.skipIf(!chromiumAvailable)('the monitoring charts', () => {
  let browser: Browser
  let app: OwnApp

  beforeAll(async () => {
    app = await startOwnApp(await freePort(), {})
    browser = await launchBrowser()
    // One ending this month: fewer than 5, so hidden.
    await endAinosCase(app.url)
  }, 120_000)
  afterAll(async () => {
    await browser?.close()
    await app?.close()
  })

  test('the charts are accessible SVG, drawn under the CSP, with hidden figures as gaps', async () => {
    const { context, page } = await ownSession(browser, app.url)
    const refusals = await recordRefusals(page)
    await (await new SignInPage(page).open()).submit('coordinator1', DEMO_PASSWORD)
    await page.waitForURL(/\/network$/)
    const dashboard = await new MonitoringPage(page).open()
    expect(await dashboard.grandTotal('ended').textContent()).toBe('alle 5')

    for (const [lang, hidden, share, endedWord] of [
      ['fi', 'alle 5', 'piilotettu', 'Päättyneet'],
      ['sv', 'färre än 5', 'dold', 'Avslutade'],
      ['en', 'fewer than 5', 'hidden', 'Ended'],
    ] as const) {
      if (lang !== 'fi') await new Header(page).switchLanguage(lang)
      const month = thisMonthName(lang)
      const flows = dashboard.chart('flows')
      await flows.waitFor()
      await expect.poll(() => flows.getAttribute('aria-label')).toMatch(/\S/)
      for (const id of ['customers', 'flows', 'successful']) {
        const svg = dashboard.chart(id)
        expect(await svg.getAttribute('aria-label')).toBeTruthy()
        expect(await svg.getAttribute('aria-description')).toBeTruthy()
      }
      // This month's ending is hidden: no bar of it, the note stands in its place.
      expect(await flows.locator(`[aria-label^="${month}, ${endedWord}"]`).count()).toBe(0)
      expect(await flows.textContent()).toContain(hidden)
      expect(await flows.getAttribute('aria-description')).toContain(hidden)
      // The share of successful endings follows its hidden counts: Aino's 100 % is not drawn.
      const successful = dashboard.chart('successful')
      expect(await successful.locator(`[aria-label^="${month}"]`).count()).toBe(0)
      expect(await successful.textContent()).toContain(share)
      expect(await successful.getAttribute('aria-description')).not.toContain(`${month}: 100`)
      expect(await axeViolations(page)).toEqual([])
    }
    expect(refusals).toEqual([])
    await context.close()
  }, 120_000)
})
