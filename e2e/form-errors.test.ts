import type { Browser, Page } from 'playwright-core'
import { afterAll, beforeAll, describe, expect, test } from 'vitest'
import { syntheticIdentityCode } from '../src/demo/identity-codes'
import { EnrolPage } from './pages/EnrolPage'
import { Header } from './pages/Header'
import { qa } from './pages/qa'
import { signIn } from './pages/SignInPage'
import { chromiumAvailable, launchBrowser, newSession } from './support/browser'

const tooLong = 'Å'.repeat(101)
const swedishTooLong = 'Skriv högst 100 tecken.'

/**
 * A Swedish-speaking worker hears what is wrong in Swedish, on the field itself and in a summary
 * that links to it: whether the form's own check caught it or the server did.
 */
describe.skipIf(!chromiumAvailable)('form errors in the user’s language', () => {
  let browser: Browser

  beforeAll(async () => {
    browser = await launchBrowser()
  })
  afterAll(async () => {
    await browser?.close()
  })

  async function checkedEnrolment(page: Page, serial: number): Promise<EnrolPage> {
    await signIn(page, 'te9')
    await new Header(page).switchLanguage('sv')
    const enrol = await new EnrolPage(page).openFromNavigation()
    await enrol.check({
      identityCode: syntheticIdentityCode('2003-06-07', serial),
      municipality: 'Brahestad',
      qualification: 'vocational',
    })
    return enrol
  }

  const activeQa = (page: Page) =>
    page.evaluate(() => document.activeElement?.getAttribute('data-qa') ?? null)

  test('the form’s own check refuses a too-long name in Swedish, before anything is sent', async () => {
    const { context, page } = await newSession(browser)
    const enrol = await checkedEnrolment(page, 81)
    const firstName = qa(page, 'first-name')
    expect(await firstName.getAttribute('maxlength')).toBe('100')
    // Past the input's own limit, as a pasted or scripted value could be.
    await firstName.evaluate((el) => el.removeAttribute('maxlength'))
    await enrol.fillPerson({ firstName: tooLong, lastName: 'Lind' })
    const sent: string[] = []
    page.on('request', (r) => {
      if (r.url().endsWith('/api/v1/enrolments')) sent.push(r.url())
    })
    await enrol.submit()

    await qa(page, 'first-name-error').waitFor()
    expect(await qa(page, 'first-name-error').textContent()).toBe(swedishTooLong)
    expect(await firstName.getAttribute('aria-invalid')).toBe('true')
    // Focus moves to the summary, whose link leads to the field.
    await expect.poll(() => activeQa(page)).toBe('enrol-errors')
    const link = qa(page, 'enrol-errors').getByRole('link')
    expect(await link.textContent()).toBe(`Förnamn: ${swedishTooLong}`)
    await link.click()
    expect(await activeQa(page)).toBe('first-name')
    expect(sent).toEqual([])
    await context.close()
  })

  test('the server’s refusal is shown in Swedish on the field it names', async () => {
    const { context, page } = await newSession(browser)
    const enrol = await checkedEnrolment(page, 82)
    // The form's check passes; the request is lengthened on the way, so the server decides.
    await page.route('**/api/v1/enrolments', async (route) => {
      const body = route.request().postDataJSON() as Record<string, unknown>
      await route.continue({ postData: JSON.stringify({ ...body, firstName: tooLong }) })
    })
    const answered = page.waitForResponse((r) => r.url().endsWith('/api/v1/enrolments'))
    await enrol.fillPerson({ firstName: 'Lisa', lastName: 'Lind' })
    await enrol.submit()
    const res = await answered
    expect(res.status()).toBe(400)
    expect(await res.json()).toMatchObject({
      code: 'validation_failed',
      fields: [{ field: 'body.firstName', code: 'too_long', params: { max: 100 } }],
    })

    await qa(page, 'first-name-error').waitFor()
    expect(await qa(page, 'first-name-error').textContent()).toBe(swedishTooLong)
    await expect.poll(() => activeQa(page)).toBe('enrol-errors')
    // The server's English detail never reaches the page.
    expect(await page.locator('main').textContent()).not.toContain('invalid values')
    await context.close()
  })

  test('a mistyped identity code is told as a wrong check character, in Swedish', async () => {
    const { context, page } = await newSession(browser)
    await signIn(page, 'te9')
    await new Header(page).switchLanguage('sv')
    await new EnrolPage(page).openFromNavigation()
    const valid = syntheticIdentityCode('2003-06-07', 83)
    await qa(page, 'identity-code-input').fill(
      `${valid.slice(0, 10)}${valid[10] === 'A' ? 'B' : 'A'}`,
    )
    await qa(page, 'check-eligibility').click()
    await qa(page, 'identity-code-input-error').waitFor()
    expect(await qa(page, 'identity-code-input-error').textContent()).toContain(
      'kontrolltecken stämmer inte',
    )
    await context.close()
  })
})
