import type { Browser } from 'playwright-core'
import { afterAll, beforeAll, describe, expect, test } from 'vitest'
import { CustomerListPage } from './pages/CustomerListPage'
import { MyPage } from './pages/MyPage'
import { qa } from './pages/qa'
import { signIn } from './pages/SignInPage'
import { chromiumAvailable, launchBrowser, newSession } from './support/browser'

describe.skipIf(!chromiumAvailable)('lists: search, empty states and paging', () => {
  let browser: Browser

  beforeAll(async () => {
    browser = await launchBrowser()
  })
  afterAll(async () => {
    await browser?.close()
  })

  test('a TE worker searches joint customers by the start of a name', async () => {
    const { context, page } = await newSession(browser)
    await signIn(page, 'te7')
    const list = new CustomerListPage(page)
    await list.waitForList()
    expect((await list.names()).length).toBeGreaterThanOrEqual(5)
    expect(await qa(page, 'total-count').textContent()).toMatch(/riviä yhteensä$/)

    await list.search('hon')
    await expect.poll(() => list.names()).toEqual(['Honkanen, Helmi'])
    await list.search('zzz')
    await qa(page, 'empty-state').waitFor()
    expect(await qa(page, 'empty-state').textContent()).toContain('zzz')

    await qa(page, 'customer-search-clear').click()
    await expect.poll(async () => (await list.names()).length).toBeGreaterThanOrEqual(5)
    await context.close()
  })

  test('the access log pages ten at a time', async () => {
    // Each list of TE's customers is an access to Helmi's data: make more than a page of them.
    const worker = await newSession(browser)
    await signIn(worker.page, 'te8')
    for (let i = 0; i < 11; i++) {
      const response = await worker.context.request.get('/api/v1/customers')
      expect(response.status()).toBe(200)
    }
    await worker.context.close()

    const { context, page } = await newSession(browser)
    await signIn(page, 'helmi')
    const myPage = new MyPage(page)
    await myPage.waitForContent()
    const log = qa(page, 'access-log')
    expect(await myPage.accessLogRows().count()).toBe(10)
    expect(await qa(log, 'page-indicator').textContent()).toMatch(/^Sivu 1 \/ [2-9]\d*$/)
    expect(await qa(log, 'previous-page').isDisabled()).toBe(true)

    await qa(log, 'next-page').click()
    await expect.poll(() => qa(log, 'page-indicator').textContent()).toMatch(/^Sivu 2 \//)
    expect(await qa(log, 'previous-page').isDisabled()).toBe(false)
    await context.close()
  })
})
