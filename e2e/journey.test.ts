import fs from 'node:fs'
import type { Browser } from 'playwright-core'
import { afterAll, beforeAll, describe, expect, test } from 'vitest'
import { CustomerListPage } from './pages/CustomerListPage'
import { CustomerSummaryPage } from './pages/CustomerSummaryPage'
import { MyPage } from './pages/MyPage'
import { signIn } from './pages/SignInPage'
import { chromiumAvailable, launchBrowser, newSession } from './support/browser'

/**
 * Consent in action: a Kela worker sees only those who consented to Kela; when Aino withdraws
 * her consent, Kela loses access on its very next request, and Aino sees that Kela had looked.
 */
describe.skipIf(!chromiumAvailable)('consent withdrawal takes effect on the next request', () => {
  let browser: Browser

  beforeAll(async () => {
    browser = await launchBrowser()
  })
  afterAll(async () => {
    await browser?.close()
  })

  test('Kela loses access to Aino as soon as she withdraws, and Aino sees who looked', async () => {
    // The Kela worker's list: only customers with a valid consent to Kela.
    const worker = await newSession(browser)
    await signIn(worker.page, 'kela1')
    const list = new CustomerListPage(worker.page)
    await list.waitForList()
    expect(await list.names()).toEqual(['Aaltonen, Aino', 'Honkanen, Helmi', 'Salo, Sofia'])

    // The earlier view: Aino's summary, with the consent Kela holds.
    await list.openCustomer('Aaltonen, Aino')
    const summaryUrl = worker.page.url()
    const summary = new CustomerSummaryPage(worker.page)
    await expect(summary.heading().textContent()).resolves.toBe('Aino Aaltonen')
    const identityCode = (await summary.identityCode().textContent()) ?? ''
    expect(identityCode).toMatch(/^\d{6}[-+A-FU-Y]\d{3}[0-9A-Y]$/)
    expect(summaryUrl).not.toContain(identityCode)
    expect(await summary.heldConsents().count()).toBe(1)

    // Aino, in her own browser, withdraws her consent to Kela after confirming.
    const person = await newSession(browser)
    await signIn(person.page, 'aino')
    const myPage = new MyPage(person.page)
    await myPage.waitForContent()
    await myPage.openWithdrawDialog('kela')
    await myPage.confirmWithdraw()
    await myPage.consent('kela', 'withdrawn').waitFor()
    expect(await myPage.consent('kela', 'given').count()).toBe(0)
    expect(await myPage.withdrawButton('kela').count()).toBe(0)
    await expect.poll(() => myPage.liveRegion().textContent()).toContain('Kela')

    // The receipt now records the withdrawal.
    const [download] = await Promise.all([
      person.page.waitForEvent('download'),
      myPage.receiptLink('kela', 'withdrawn').click(),
    ])
    const receipt = JSON.parse(fs.readFileSync(await download.path(), 'utf8')) as {
      status: string
      events: { event_state: string }[]
    }
    expect(receipt.status).toBe('withdrawn')
    expect(receipt.events.map((e) => e.event_state)).toEqual(['given', 'withdrawn'])

    // Kela's next requests: Aino is gone from the list, and her summary is out of reach.
    await list.open()
    expect(await list.names()).toEqual(['Honkanen, Helmi', 'Salo, Sofia'])
    await new CustomerSummaryPage(worker.page).open(summaryUrl)
    await summary.notFound().waitFor()
    expect(await summary.identityCode().count()).toBe(0)

    // "Who has seen my data" lists Kela's earlier view of Aino's summary.
    await myPage.open()
    const kelaViews = myPage
      .accessLogRows()
      .filter({ hasText: 'Kela' })
      .and(person.page.locator('[data-qa-actions~="customer.read"]'))
    await expect.poll(() => kelaViews.count()).toBeGreaterThanOrEqual(1)
    await expect(kelaViews.first().textContent()).resolves.toContain(
      'katsoi yhteenvetoa tiedoistasi',
    )

    await worker.context.close()
    await person.context.close()
  })
})
