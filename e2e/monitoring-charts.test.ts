import type { Browser, Locator } from 'playwright-core'
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

/** The bars' titles (a tooltip and each bar's accessible name). */
const titles = (svg: Locator): Promise<string[]> => svg.locator('title').allTextContents()

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
      expect(await titles(flows)).not.toContainEqual(
        expect.stringContaining(`${month}, ${endedWord}`),
      )
      expect(await flows.textContent()).toContain(hidden)
      expect(await flows.getAttribute('aria-description')).toContain(hidden)
      // The share of successful endings follows its hidden counts: Aino's 100 % is not drawn.
      const successful = dashboard.chart('successful')
      expect(await titles(successful)).not.toContainEqual(expect.stringContaining(month))
      expect(await successful.textContent()).toContain(share)
      expect(await successful.getAttribute('aria-description')).not.toContain(`${month}: 100`)
      expect(await axeViolations(page)).toEqual([])
    }
    expect(refusals).toEqual([])
    await context.close()
  }, 120_000)

  test('shown figures are drawn as bars, each titled with its figure', async () => {
    const { context, page } = await ownSession(browser, app.url)
    await (await new SignInPage(page).open()).submit('coordinator1', DEMO_PASSWORD)
    await page.waitForURL(/\/network$/)
    // The small test network hides everything; larger figures stand in for this month's totals.
    type Figure = { suppressed: boolean; value?: number; reason?: string }
    type Row = { cells: Figure[]; total: Figure; derived: Figure[] }
    await page.route(/\/api\/v1\/monitoring\/report\?/, async (route) => {
      const response = await route.fetch()
      const report = (await response.json()) as {
        current: { tables: { id: string; total: Row }[] }
      }
      const shown = (value: number): Figure => ({ suppressed: false, value })
      const total = (id: string) => report.current.tables.find((x) => x.id === id)!.total
      total('customersAtMonthEnd').total = shown(42)
      total('started').cells = [shown(7), shown(9)]
      const ended = total('ended')
      ended.cells = ended.cells.map((_, j) =>
        j === 0 ? shown(6) : j === 1 ? shown(0) : ended.cells[j]!,
      )
      ended.derived = [shown(60)]
      await route.fulfill({ response, json: report })
    })
    const dashboard = await new MonitoringPage(page).open()
    // The language chosen earlier stays with the user.
    if ((await new Header(page).htmlLang()) !== 'fi') await new Header(page).switchLanguage('fi')
    await dashboard.chart('customers').waitFor()
    const month = thisMonthName('fi')
    await dashboard.chart('customers').waitFor()
    expect(await titles(dashboard.chart('customers'))).toContain(`${month}: 42`)
    const flows = await titles(dashboard.chart('flows'))
    expect(flows).toContain(`${month}, Alkaneet, Pitkäaikaistyöttömät: 7`)
    expect(flows).toContain(`${month}, Alkaneet, Muut: 9`)
    expect(flows).toContain(`${month}, Päättyneet, Työllistyi avoimille työmarkkinoille: 6`)
    // A zero is shown in the table but needs no bar.
    expect(flows.filter((x) => x.startsWith(`${month}, Päättyneet`))).toHaveLength(1)
    expect(await titles(dashboard.chart('successful'))).toContain(`${month}: 60`)
    expect(await axeViolations(page)).toEqual([])
    await context.close()
  }, 120_000)
})
