import type { Browser } from 'playwright-core'
import { afterAll, beforeAll, describe, expect, test } from 'vitest'
import { CustomerListPage } from './pages/CustomerListPage'
import { signIn } from './pages/SignInPage'
import { chromiumAvailable, launchBrowser, newSession } from './support/browser'
import { recordRefusals } from './support/csp-refusals'

describe.skipIf(!chromiumAvailable)('the content security policy', () => {
  let browser: Browser

  beforeAll(async () => {
    browser = await launchBrowser()
  })
  afterAll(async () => {
    await browser?.close()
  })

  test("the worker's pages work under it and the browser refuses nothing", async () => {
    const { context, page } = await newSession(browser)
    const refusals = await recordRefusals(page)
    await signIn(page, 'oulu1')
    const list = new CustomerListPage(page)
    await list.waitForList()
    const [first] = await list.names()
    expect(first).toBeTruthy()
    await list.openCustomer(first!)
    expect(refusals).toEqual([])
    await context.close()
  })

  test("the coordinator's catalogue works under it", async () => {
    const { context, page } = await newSession(browser)
    const refusals = await recordRefusals(page)
    await signIn(page, 'coordinator1')
    await page.goto('/catalogue/event-cards')
    await page.locator('[data-qa="card-version"]').first().waitFor()
    expect(refusals).toEqual([])
    await context.close()
  })

  test('the API documentation renders its operations under it', async () => {
    const { context, page } = await newSession(browser)
    const refusals = await recordRefusals(page)
    await page.goto('/api/docs')
    await page.locator('.swagger-ui .opblock').first().waitFor()
    // What this guards is the policy: the page's scripts run and render operations. (How many
    // Swagger UI shows at first varies with the document's size.)
    await expect
      .poll(() => page.locator('.swagger-ui .opblock').count(), { timeout: 15_000 })
      .toBeGreaterThan(3)
    expect(refusals).toEqual([])
    await context.close()
  })
})
