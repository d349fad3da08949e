import type { Browser, Locator } from 'playwright-core'
import { afterAll, beforeAll, describe, expect, test } from 'vitest'
import { CustomerListPage } from './pages/CustomerListPage'
import { qa } from './pages/qa'
import { SignInPage } from './pages/SignInPage'
import { chromiumAvailable, launchBrowser, newSession } from './support/browser'

/** The texts that `field`'s aria-describedby points at. */
async function description(field: Locator): Promise<string> {
  return field.evaluate((el) =>
    (el.getAttribute('aria-describedby') ?? '')
      .split(/\s+/)
      .map((id) => document.getElementById(id)?.textContent ?? '')
      .join(' '),
  )
}

describe.skipIf(!chromiumAvailable)('signing in', () => {
  let browser: Browser

  beforeAll(async () => {
    browser = await launchBrowser()
  })
  afterAll(async () => {
    await browser?.close()
  })

  test('missing fields are reported on the fields themselves', async () => {
    const { context, page } = await newSession(browser)
    const signInPage = await new SignInPage(page).open()
    await qa(page, 'sign-in-submit').click()
    await expect.poll(() => description(signInPage.username())).toContain('Anna käyttäjätunnus.')
    expect(await description(signInPage.password())).toContain('Anna salasana.')
    expect(await signInPage.username().getAttribute('aria-invalid')).toBe('true')
    // Focus goes to the first field to fix.
    expect(await signInPage.username().evaluate((el) => el === document.activeElement)).toBe(true)
    await context.close()
  })

  test('a wrong password is told plainly; too many attempts are rate limited', async () => {
    const { context, page } = await newSession(browser)
    const signInPage = await new SignInPage(page).open()
    await signInPage.submit('raahe5', 'wrong-password')
    await expect
      .poll(() => signInPage.error().textContent())
      .toBe('Käyttäjätunnus tai salasana on väärin.')
    // The server allows five failures in its window; the sixth attempt is refused outright.
    for (let i = 0; i < 5; i++) {
      const answered = page.waitForResponse((r) => r.url().endsWith('/api/v1/session'))
      await signInPage.submit('raahe5', 'wrong-password')
      await answered
    }
    await expect.poll(() => signInPage.error().textContent()).toMatch(/^Liian monta/)
    await context.close()
  })

  test('when the session ends, the next request leads to sign-in with a notice', async () => {
    const { context, page } = await newSession(browser)
    const signInPage = await new SignInPage(page).open()
    await signInPage.signInAs('te4')
    const list = new CustomerListPage(page)
    await list.waitForList()
    // As if the session had timed out on the server.
    await context.clearCookies()
    await list.search('a')
    await signInPage.notice().waitFor()
    expect(await signInPage.notice().textContent()).toContain('Istuntosi päättyi')
    // Signing in again returns to where the user was.
    await signInPage.signInAs('te4')
    await page.waitForURL(/\/customers$/)
    await context.close()
  })
})
