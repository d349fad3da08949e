import type { Browser } from 'playwright-core'
import { afterAll, beforeAll, describe, expect, test } from 'vitest'
import { Header } from './pages/Header'
import { qa } from './pages/qa'
import { SignInPage } from './pages/SignInPage'
import { chromiumAvailable, launchBrowser, newSession } from './support/browser'

describe.skipIf(!chromiumAvailable)('the chosen language is remembered', () => {
  let browser: Browser

  beforeAll(async () => {
    browser = await launchBrowser()
  })
  afterAll(async () => {
    await browser?.close()
  })

  test('before signing in, in this browser', async () => {
    const { context, page } = await newSession(browser)
    const signInPage = await new SignInPage(page).open()
    await signInPage.header.switchLanguage('en')
    expect(await qa(page, 'page-heading').textContent()).toBe('Sign in')
    await page.reload()
    await signInPage.form().waitFor()
    expect(await signInPage.header.htmlLang()).toBe('en')
    expect(await page.title()).toBe('Sign in – Saumaton')
    await context.close()
  })

  test('when signed in, on the account: after reload and after signing out and in', async () => {
    const first = await newSession(browser)
    const signInPage = await new SignInPage(first.page).open()
    await signInPage.signInAs('te3')
    const header = new Header(first.page)
    expect(await header.htmlLang()).toBe('fi')
    await header.switchLanguage('sv')
    expect(await qa(first.page, 'page-heading').textContent()).toBe('Gemensamma kunder')
    expect(await header.languageButton('sv').getAttribute('aria-pressed')).toBe('true')

    await first.page.reload()
    await qa(first.page, 'page-heading').waitFor()
    expect(await header.htmlLang()).toBe('sv')
    expect(await qa(first.page, 'page-heading').textContent()).toBe('Gemensamma kunder')

    await header.signOut()
    expect(await header.htmlLang()).toBe('sv')
    await first.context.close()

    // Another browser knows nothing of the choice; the account does.
    const second = await newSession(browser)
    const again = await new SignInPage(second.page).open()
    expect(await again.header.htmlLang()).toBe('fi')
    await again.signInAs('te3')
    await expect.poll(() => new Header(second.page).htmlLang()).toBe('sv')
    expect(await qa(second.page, 'page-heading').textContent()).toBe('Gemensamma kunder')
    await second.context.close()
  })
})
