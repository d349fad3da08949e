import type { Browser, Page } from 'playwright-core'
import { afterAll, beforeAll, describe, expect, test } from 'vitest'
import { Header } from './pages/Header'
import { qa } from './pages/qa'
import { signIn } from './pages/SignInPage'
import { axeViolations } from './support/axe'
import { chromiumAvailable, launchBrowser, newSession } from './support/browser'

/**
 * The coordinator answers the website's feedback (Act 306/2019: within 14 days) at
 * `/app/site-feedback`: a visitor's message sent on the public site is on the list of open
 * feedback, the coordinator records the answer, and the item leaves the open list; in Finnish and
 * in Swedish, axe-clean at each step.
 */
describe.skipIf(!chromiumAvailable)("the coordinator's feedback screen", () => {
  let browser: Browser

  beforeAll(async () => {
    browser = await launchBrowser()
  })
  afterAll(async () => {
    await browser?.close()
  })

  /** Sends feedback on the public site's form, as a visitor. */
  async function sendFeedback(page: Page, path: string, message: string) {
    await page.goto(path)
    await page.locator('#feedback-message').fill(message)
    await page.locator('[data-qa="feedback-form"] button[type="submit"]').click()
    await qa(page, 'feedback-sent').waitFor()
  }

  const row = (page: Page, message: string) => qa(page, 'feedback-row').filter({ hasText: message })

  /** Opens an item from the open list, records an answer and waits until it is saved. */
  async function answer(
    page: Page,
    message: string,
    text: string,
    saved: string,
    lang: 'fi' | 'sv',
  ) {
    await page.goto('/app/site-feedback')
    await row(page, message).waitFor()
    // Other browser tests sign in as coordinator1 too and may have changed its language since.
    if ((await page.evaluate(() => document.documentElement.lang)) !== lang) {
      await new Header(page).switchLanguage(lang)
    }
    expect(await axeViolations(page)).toEqual([])
    await row(page, message).locator('[data-qa="feedback-link"]').click()
    await qa(page, 'feedback-item').waitFor()
    expect(await qa(page, 'feedback-message').textContent()).toBe(message)
    expect(await axeViolations(page)).toEqual([])
    await page.locator('textarea[data-qa="feedback-answer"]').fill(text)
    await qa(page, 'feedback-save').click()
    await expect.poll(() => qa(page, 'live-region').textContent()).toContain(saved)
    expect(await axeViolations(page)).toEqual([])
  }

  test('a visitor’s feedback is answered in Finnish and in Swedish', async () => {
    const stamp = Date.now()
    const finnish = `Kartan linkki on vaikea löytää (${stamp}).`
    const swedish = `Kontrasten på knapparna är för svag (${stamp}).`
    const { context, page } = await newSession(browser)
    const visitor = await context.newPage()
    await sendFeedback(visitor, '/palaute', finnish)
    await sendFeedback(visitor, '/sv/respons', swedish)
    await visitor.close()

    await signIn(page, 'coordinator1')
    await answer(
      page,
      finnish,
      'Vastattu sähköpostilla: linkki lisätty etusivulle.',
      'Vastaus tallennettu.',
      'fi',
    )
    expect(await qa(page, 'feedback-status').textContent()).toContain('Vastattu')
    // An empty answer is not recorded: the field says what is missing.
    await page.locator('textarea[data-qa="feedback-answer"]').fill('')
    await qa(page, 'feedback-save').click()
    await page.getByText('Kirjoita vastaus.').waitFor()
    expect(await axeViolations(page)).toEqual([])

    // Answered, it leaves the list of open feedback; the Swedish one is still there.
    await qa(page, 'feedback-back').click()
    await row(page, swedish).waitFor()
    // (The list shown first may be the one kept from before; it is fetched again at once.)
    await expect.poll(() => row(page, finnish).count()).toBe(0)

    const header = new Header(page)
    await header.switchLanguage('sv')
    try {
      await answer(
        page,
        swedish,
        'Besvarat per e-post: kontrasten rättas.',
        'Svaret har sparats.',
        'sv',
      )
      expect(await qa(page, 'feedback-status').textContent()).toContain('Besvarad')
      // "Show all" lists the answered ones too, marked answered.
      await page.goto('/app/site-feedback')
      await qa(page, 'feedback-filter').click()
      for (const message of [finnish, swedish]) {
        await row(page, message).waitFor()
        expect(await row(page, message).textContent()).toContain('Besvarad')
      }
      expect(await axeViolations(page)).toEqual([])
    } finally {
      await header.switchLanguage('fi')
    }
    await context.close()
  })
})
