import type { Browser, Page } from 'playwright-core'
import { afterAll, beforeAll, describe, expect, test } from 'vitest'
import { CustomerListPage } from './pages/CustomerListPage'
import { Header, type Lang } from './pages/Header'
import { MyPage } from './pages/MyPage'
import { NetworkPage } from './pages/NetworkPage'
import { qa } from './pages/qa'
import { SignInPage, signIn } from './pages/SignInPage'
import { axeViolations } from './support/axe'
import { chromiumAvailable, launchBrowser, newSession } from './support/browser'

const languages: Lang[] = ['fi', 'sv', 'en']

/** Asserts zero axe violations, printing each one (rule, targets) so that it can be fixed. */
async function expectAccessible(page: Page, label: string): Promise<void> {
  const violations = await axeViolations(page)
  if (violations.length > 0) console.error(`axe violations on ${label}:\n${violations.join('\n')}`)
  expect(violations, label).toEqual([])
}

describe.skipIf(!chromiumAvailable)('every page passes axe (WCAG 2.1 A and AA)', () => {
  let browser: Browser

  beforeAll(async () => {
    browser = await launchBrowser()
  })
  afterAll(async () => {
    await browser?.close()
  })

  test.each(languages)('sign-in page, also with its errors, in %s', async (lang) => {
    const { context, page } = await newSession(browser)
    const signInPage = await new SignInPage(page).open()
    await signInPage.header.switchLanguage(lang)
    await expectAccessible(page, `sign-in (${lang})`)
    await signInPage.submit('nobody', 'wrong-password')
    await signInPage.error().waitFor()
    await expectAccessible(page, `sign-in with an error (${lang})`)
    await context.close()
  })

  test.each(languages)('worker: customer list and summary in %s', async (lang) => {
    const { context, page } = await newSession(browser)
    await signIn(page, 'kela2')
    await new Header(page).switchLanguage(lang)
    const list = new CustomerListPage(page)
    await list.waitForList()
    await expectAccessible(page, `customer list (${lang})`)
    await list.openCustomer('Salo, Sofia')
    await expectAccessible(page, `customer summary (${lang})`)
    await context.close()
  })

  test.each(languages)('young person: my page, form errors and the dialog in %s', async (lang) => {
    const { context, page } = await newSession(browser)
    await signIn(page, 'sofia')
    await new Header(page).switchLanguage(lang)
    const myPage = new MyPage(page)
    await myPage.waitForContent()
    await expectAccessible(page, `my page (${lang})`)

    await qa(page, 'give-consent-submit').click()
    await qa(page, 'consent-organisation-error').waitFor()
    await expectAccessible(page, `give-consent form with errors (${lang})`)

    await myPage.openWithdrawDialog('te-office')
    await expectAccessible(page, `withdraw dialog (${lang})`)
    await myPage.cancelWithdraw()
    await context.close()
  })

  test.each(languages)('coordinator: network page in %s', async (lang) => {
    const { context, page } = await newSession(browser)
    await signIn(page, 'coordinator1')
    await new Header(page).switchLanguage(lang)
    await new NetworkPage(page).open()
    await expectAccessible(page, `network (${lang})`)
    await context.close()
  })

  test('on a 360 px phone screen nothing scrolls sideways and axe still passes', async () => {
    const pages: { user: string | null; path: string; ready: string }[] = [
      { user: null, path: '/signin', ready: 'sign-in-form' },
      // Opens on "my customers", with the search of the whole organisation beside it.
      { user: 'kela3', path: '/customers', ready: 'customer-search' },
      { user: 'sofia', path: '/app/', ready: 'access-log-row' },
      { user: 'coordinator2', path: '/network', ready: 'network-organisation' },
    ]
    for (const p of pages) {
      const { context, page } = await newSession(browser, { width: 360 })
      if (p.user) await signIn(page, p.user)
      await page.goto(p.path)
      await qa(page, p.ready).first().waitFor()
      const overflow = await page.evaluate(
        () => document.documentElement.scrollWidth - document.documentElement.clientWidth,
      )
      expect(overflow, `${p.path} scrolls sideways by ${overflow}px`).toBeLessThanOrEqual(0)
      await expectAccessible(page, `${p.path} at 360 px`)
      await context.close()
    }
  })
})
