import type { Browser } from 'playwright-core'
import { afterAll, beforeAll, describe, expect, test } from 'vitest'
import { CustomerListPage } from './pages/CustomerListPage'
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
    expect(await list.totalCount().textContent()).toMatch(/^Näytetään \d+ \/ \d+$/)

    await list.search('hon')
    await expect.poll(() => list.names()).toEqual(['Honkanen, Helmi'])
    await list.search('zzz')
    await qa(page, 'empty-state').waitFor()
    expect(await qa(page, 'empty-state').textContent()).toContain('Ehtoja vastaavia')

    await qa(page, 'customer-search-clear').click()
    await expect.poll(async () => (await list.names()).length).toBeGreaterThanOrEqual(5)
    await context.close()
  })
})
