import type { Browser } from 'playwright-core'
import { afterAll, beforeAll, describe, expect, test } from 'vitest'
import { Header } from './pages/Header'
import { qa } from './pages/qa'
import { ServicesPage, ServiceTrayPage } from './pages/ServiceTrayPages'
import { signIn } from './pages/SignInPage'
import { axeViolations } from './support/axe'
import {
  chromiumAvailable,
  launchBrowser,
  newSession,
  scrollsHorizontally,
} from './support/browser'

const t3 = (fi: string, sv: string, en: string) => ({ fi, sv, en })

/** The coordinator adds a service to the tray and publishes it; a worker finds it to refer. */
describe.skipIf(!chromiumAvailable)('the service tray', () => {
  let browser: Browser

  beforeAll(async () => {
    browser = await launchBrowser()
  })
  afterAll(async () => {
    await browser?.close()
  })

  test('a coordinator drafts and publishes a service; a worker finds it', async () => {
    const { context, page } = await newSession(browser)
    await signIn(page, 'coordinator2')
    await new Header(page).switchLanguage('sv')
    const tray = await new ServiceTrayPage(page).open()
    expect(await axeViolations(page), 'service tray list').toEqual([])
    await qa(page, 'new-service').click()
    await qa(page, 'service-form').waitFor()

    // Saving without a name shows the field's error, and nothing is saved.
    await qa(page, 'service-save').click()
    await expect
      .poll(() => page.evaluate(() => document.activeElement?.getAttribute('aria-invalid')))
      .toBe('true')

    await qa(page, 'service-organisation').selectOption({ label: 'Brahestads stad' })
    await tray.fillLocalised(
      'service-name',
      t3('Nuorten työpaja Raahe', 'Ungdomsverkstad Brahestad', 'Youth workshop Raahe'),
    )
    await tray.fillLocalised(
      'service-description',
      t3(
        'Työpajatoimintaa nuorille.',
        'Verkstadsverksamhet för unga.',
        'Workshops for young people.',
      ),
    )
    await tray.tick('Brahestad')
    await tray.tick('Unga')
    await tray.fillLocalised('location-name', t3('Työpaja', 'Verkstad', 'Workshop'))
    await qa(page, 'location-street').fill('Pajakatu 1')
    await qa(page, 'location-postal-code').fill('92100')
    await qa(page, 'location-municipality').selectOption({ label: 'Brahestad' })
    await tray.tick('Måndag')
    await tray.tick('Tisdag')
    await qa(page, 'location-opens-at').fill('08:00')
    await qa(page, 'location-closes-at').fill('15:00')
    await tray.fillLocalised(
      'contact-title',
      t3('Pajaohjaaja', 'Verkstadshandledare', 'Workshop instructor'),
    )
    await qa(page, 'contact-phone').fill('+358 00 000 9999')
    expect(await axeViolations(page), 'service form').toEqual([])

    // Publishing is asked first; Escape leaves it unpublished.
    await qa(page, 'service-publish').click()
    await tray.answer(false)
    await qa(page, 'service-publish').click()
    await tray.answer(true)
    await page.waitForURL(/\/service-tray\/[0-9a-f-]{36}$/)
    await expect.poll(() => qa(page, 'service-status').textContent()).toBe('Publicerad')
    expect(await qa(page, 'service-publish').count()).toBe(0)

    await tray.open()
    await expect
      .poll(() => tray.row('Ungdomsverkstad Brahestad').getAttribute('data-qa-status'))
      .toBe('published')
    await new Header(page).switchLanguage('fi')
    await context.close()

    const worker = await newSession(browser)
    await signIn(worker.page, 'pudasjarvi3')
    const services = await new ServicesPage(worker.page).open()
    await services.search('työpaja', 'Raahe')
    await expect
      .poll(() => qa(worker.page, 'service-card').allTextContents())
      .toEqual([expect.stringContaining('Nuorten työpaja Raahe')])
    const card = qa(worker.page, 'service-card').first()
    expect(await card.textContent()).toContain('Pajakatu 1, 92100 Raahe')
    expect(await card.textContent()).toContain('ma, ti 08:00–15:00')
    expect(await axeViolations(worker.page), 'worker service list').toEqual([])
    // The worker reads; the tray's upkeep is not theirs.
    expect(await qa(worker.page, 'nav-service-tray').count()).toBe(0)
    // On a narrow phone the list reflows instead of scrolling sideways (WCAG 1.4.10).
    await worker.page.setViewportSize({ width: 320, height: 700 })
    expect(await scrollsHorizontally(worker.page), 'the service list scrolls sideways').toBe(false)
    await worker.context.close()
  })
})
