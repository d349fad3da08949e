import type { Browser, Page } from 'playwright-core'
import { afterAll, beforeAll, describe, expect, test } from 'vitest'
import { MyPage } from './pages/MyPage'
import { SignInPage } from './pages/SignInPage'
import {
  chromiumAvailable,
  DEMO_PASSWORD,
  launchBrowser,
  newSession,
  tabTo,
} from './support/browser'

/** Whether the focused element matches `selector`. */
const isFocused = (page: Page, selector: string): Promise<boolean> =>
  page.evaluate((s) => document.activeElement?.matches(s) ?? false, selector)

describe.skipIf(!chromiumAvailable)('keyboard only', () => {
  let browser: Browser

  beforeAll(async () => {
    browser = await launchBrowser()
  })
  afterAll(async () => {
    await browser?.close()
  })

  test('a young person signs in and withdraws a consent with Tab, Enter and Space', async () => {
    const { context, page } = await newSession(browser)
    const signInPage = await new SignInPage(page).open()
    const keyboard = page.keyboard

    // The skip link is the first stop and takes focus to the main content.
    await keyboard.press('Tab')
    expect(await isFocused(page, 'a[href="#main"]')).toBe(true)
    await keyboard.press('Enter')
    expect(await isFocused(page, 'main#main')).toBe(true)

    await tabTo(page, '[data-qa="username"]')
    await keyboard.type('eetu')
    await keyboard.press('Tab')
    await keyboard.type(DEMO_PASSWORD)
    await keyboard.press('Enter')
    const myPage = new MyPage(page)
    await myPage.waitForContent()
    expect(await signInPage.form().count()).toBe(0)

    await tabTo(page, '[data-qa-org-code="oulu"] [data-qa="withdraw-consent"]')
    await keyboard.press('Enter')
    await myPage.dialog().waitFor()
    // Cancel first: the dialog closes and focus returns to the button that opened it.
    await tabTo(page, '[data-qa="cancel-withdraw"]', 10)
    await keyboard.press('Enter')
    await myPage.dialog().waitFor({ state: 'hidden' })
    await expect
      .poll(() => isFocused(page, '[data-qa-org-code="oulu"] [data-qa="withdraw-consent"]'))
      .toBe(true)

    await keyboard.press('Enter')
    await myPage.dialog().waitFor()
    await tabTo(page, '[data-qa="confirm-withdraw"]', 10)
    await keyboard.press('Space')
    await myPage.consent('oulu', 'withdrawn').waitFor()
    expect(await myPage.consent('oulu', 'given').count()).toBe(0)
    // Focus lands on the withdrawn consent, not lost to the top of the page.
    await expect.poll(() => isFocused(page, '[data-qa-org-code="oulu"] h3')).toBe(true)
    await context.close()
  })
})
