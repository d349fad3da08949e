import type { Browser } from 'playwright-core'
import { afterAll, beforeAll, describe, expect, test } from 'vitest'
import { MyPage } from './pages/MyPage'
import { qa } from './pages/qa'
import { signIn } from './pages/SignInPage'
import { chromiumAvailable, launchBrowser, newSession } from './support/browser'

describe.skipIf(!chromiumAvailable)('giving a consent', () => {
  let browser: Browser

  beforeAll(async () => {
    browser = await launchBrowser()
  })
  afterAll(async () => {
    await browser?.close()
  })

  test('Leo, with no consents yet, gives one to Raahe including health data', async () => {
    const { context, page } = await newSession(browser)
    await signIn(page, 'leo')
    const myPage = new MyPage(page)
    await myPage.waitForContent()
    await qa(qa(page, 'my-consents'), 'empty-state').waitFor()

    // Partners only: the coordinator is not offered; the basic data is preselected.
    const offered = await myPage.offeredOrganisations()
    expect(offered).toContain('Raahen kaupunki')
    expect(offered).not.toContain('Pohjois-Pohjanmaan ELY-keskus')
    expect(await myPage.category('identity_and_contact').isChecked()).toBe(true)
    expect(await myPage.category('employment_and_plan').isChecked()).toBe(true)
    expect(await myPage.category('health').isChecked()).toBe(false)
    // Health is a special category: its checkbox explains that it needs explicit consent.
    const healthHint = await myPage
      .category('health')
      .evaluate(
        (el) => document.getElementById(el.getAttribute('aria-describedby') ?? '')?.textContent,
      )
    expect(healthHint).toContain('erityinen henkilötietoryhmä')

    // Errors are told on the fields: no organisation, no categories.
    await myPage.toggleCategory('identity_and_contact')
    await myPage.toggleCategory('employment_and_plan')
    await qa(page, 'give-consent-submit').click()
    await qa(page, 'consent-organisation-error').waitFor()
    expect(await myPage.organisationSelect().getAttribute('aria-invalid')).toBe('true')
    expect(await isFocused(myPage)).toBe(true)
    await myPage.toggleCategory('identity_and_contact')

    await myPage.giveConsent({
      organisation: 'Raahen kaupunki',
      add: ['health'],
      validUntil: '2030-12-31',
    })
    const given = myPage.consent('raahe')
    await given.waitFor()
    expect(await qa(given, 'valid-until').textContent()).toBe('31.12.2030')
    expect(
      await given
        .locator('[data-qa-category]')
        .evaluateAll((els) => els.map((e) => e.getAttribute('data-qa-category'))),
    ).toEqual(['identity_and_contact', 'health'])
    // An organisation with a valid consent is no longer offered.
    await expect.poll(() => myPage.offeredOrganisations()).not.toContain('Raahen kaupunki')
    await context.close()
  })
})

function isFocused(myPage: MyPage): Promise<boolean> {
  return myPage.organisationSelect().evaluate((el) => el === document.activeElement)
}
