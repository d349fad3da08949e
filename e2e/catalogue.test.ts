import type { Browser } from 'playwright-core'
import { afterAll, beforeAll, describe, expect, test } from 'vitest'
import { EventCardsPage, IndicatorsPage } from './pages/CataloguePages'
import { Header } from './pages/Header'
import { qa } from './pages/qa'
import { signIn } from './pages/SignInPage'
import { axeViolations } from './support/axe'
import { chromiumAvailable, launchBrowser, newSession } from './support/browser'

const t3 = (fi: string, sv: string, en: string) => ({ fi, sv, en })

/** The coordinator keeps the catalogue: indicators, and event cards through their versions. */
describe.skipIf(!chromiumAvailable)('the coordinator’s catalogue', () => {
  let browser: Browser

  beforeAll(async () => {
    browser = await launchBrowser()
  })
  afterAll(async () => {
    await browser?.close()
  })

  test('an indicator is added, renamed, deactivated and activated again', async () => {
    const { context, page } = await newSession(browser)
    await signIn(page, 'coordinator2')
    await new Header(page).switchLanguage('sv')
    const indicators = await new IndicatorsPage(page).open()
    await indicators.add({
      code: 'e2e_mentoring',
      name: t3('Mentorointi', 'Mentorskap', 'Mentoring'),
      category: 'competence',
    })
    const row = indicators.row('e2e_mentoring')
    expect(await qa(row, 'cell-name').textContent()).toContain('Mentorskap')

    await indicators.edit('e2e_mentoring')
    await qa(page, 'indicator-name-sv').fill('Mentorskap för unga')
    await qa(page, 'indicator-save').click()
    await expect.poll(() => qa(row, 'cell-name').textContent()).toContain('Mentorskap för unga')

    await indicators.toggle('e2e_mentoring', false)
    expect(await qa(row, 'cell-state').textContent()).toContain('Inte i bruk')
    await indicators.toggle('e2e_mentoring', true)
    await context.close()
  })

  test('an event card is drafted with ordered steps, published, versioned and retired', async () => {
    const { context, page } = await newSession(browser)
    await signIn(page, 'coordinator2')
    await new Header(page).switchLanguage('en')
    const cards = await new EventCardsPage(page).open()
    await qa(page, 'new-card').click()
    await cards.form().waitFor()
    await cards.fillCard({
      code: 'e2e_work_trial',
      name: t3('Työkokeilu', 'Arbetsprövning', 'Work trial'),
      ways: t3('Kaupunki etsii paikan.', 'Staden söker en plats.', 'The city finds a place.'),
    })
    await page.locator('label[for="card-indicator-job_application"]').click()
    const step = (fi: string, en: string) => t3(fi, en, en)
    await cards.fillStep(0, {
      organisation: 'City of Oulu',
      days: 14,
      instruction: step('Etsi työkokeilupaikka.', 'Find a work-trial place.'),
      customerText: step('Etsimme sinulle työkokeilupaikan.', 'We find you a work trial.'),
    })
    await qa(page, 'add-step').click()
    await cards.fillStep(1, {
      organisation: 'North Ostrobothnia TE Office',
      days: 3,
      instruction: step('Tee työkokeilusopimus.', 'Make the work-trial agreement.'),
      customerText: step('Sovimme työkokeilusta.', 'We agree on the work trial.'),
    })
    // The TE office's step comes first: moved up, focus follows it.
    await qa(cards.steps().nth(1), 'step-up').click()
    expect(await qa(cards.steps().nth(0), 'step-organisation').inputValue()).not.toBe('')
    await expect
      .poll(() => page.evaluate(() => document.activeElement?.getAttribute('data-qa')))
      .toBe('step-organisation')
    await qa(page, 'save-draft').click()
    await page.waitForURL(/\/catalogue\/event-cards\/[0-9a-f-]{36}$/)
    await qa(page, 'publish-draft').waitFor()
    // Publishing is asked first; Escape leaves the draft as it is, with focus back on the button.
    await qa(page, 'publish-draft').click()
    await cards.answer(false)
    await expect
      .poll(() => page.evaluate(() => document.activeElement?.getAttribute('data-qa')))
      .toBe('publish-draft')
    expect(await qa(page, 'read-only').count()).toBe(0)
    await qa(page, 'publish-draft').click()
    await cards.answer(true)
    await qa(page, 'read-only').waitFor()
    const stepTitles = await qa(page, 'card-step').allTextContents()
    expect(stepTitles[0]).toContain('North Ostrobothnia TE Office')
    expect(stepTitles[1]).toContain('City of Oulu')

    // A new version starts from the published one, as a draft of its own.
    await qa(page, 'new-version').click()
    await qa(page, 'publish-draft').waitFor()
    expect(await qa(page, 'page-heading').textContent()).toBe('Work trial, version 2')
    await qa(page, 'card-name-en').fill('Work trial (paid)')
    await qa(page, 'save-draft').click()
    await expect
      .poll(() => qa(page, 'page-heading').textContent())
      .toBe('Work trial (paid), version 2')

    await cards.open()
    expect(await cards.statusOf('e2e_work_trial', 1)).toBe('published')
    expect(await cards.statusOf('e2e_work_trial', 2)).toBe('draft')
    expect(await qa(cards.card('e2e_work_trial'), 'new-version').count()).toBe(0)
    await qa(cards.version('e2e_work_trial', 2), 'publish-version').click()
    await cards.answer(true)
    await expect.poll(() => cards.statusOf('e2e_work_trial', 1)).toBe('retired')
    expect(await cards.statusOf('e2e_work_trial', 2)).toBe('published')
    await qa(cards.version('e2e_work_trial', 2), 'retire-version').click()
    await cards.answer(true)
    await expect.poll(() => cards.statusOf('e2e_work_trial', 2)).toBe('retired')
    await context.close()
  })

  test('a card step refers to a purchased service, chosen in the editor', async () => {
    const { context, page } = await newSession(browser)
    await signIn(page, 'coordinator2')
    await new Header(page).switchLanguage('sv')
    const cards = await new EventCardsPage(page).open()
    await qa(page, 'new-card').click()
    await cards.form().waitFor()
    await cards.fillCard({
      code: 'e2e_referral_step',
      name: t3('Ohjaus valmennukseen', 'Hänvisning till coachning', 'Referral to coaching'),
      ways: t3('Ohjataan palveluun.', 'Hänvisas till tjänsten.', 'Referred to the service.'),
    })
    await cards.fillStep(0, {
      organisation: 'FPA',
      days: 10,
      instruction: t3('Tee ohjaus.', 'Gör hänvisningen.', 'Make the referral.'),
      customerText: t3('Sinut ohjataan.', 'Du hänvisas.', 'You are referred.'),
    })
    const step = cards.steps().nth(0)
    expect(await step.getByRole('radio', { name: 'Uppgift' }).isChecked()).toBe(true)
    await step.locator('label', { hasText: 'Hänvisning till en köpt tjänst' }).click()
    // Without the service the step is not saved: the message is in Swedish, focus on the field.
    await qa(page, 'save-draft').click()
    await qa(step, 'step-0-refer-to-error').waitFor()
    expect(await qa(step, 'step-0-refer-to-error').textContent()).toBe(
      'Välj den köpta tjänst som steget hänvisar till.',
    )
    await expect
      .poll(() => page.evaluate(() => document.activeElement?.getAttribute('data-qa')))
      .toBe('step-0-refer-to')
    expect(await axeViolations(page), 'card editor with a referral step').toEqual([])
    await qa(step, 'step-0-refer-to').selectOption({
      label: 'Ramavtal för sysselsättning (ramavtal)',
    })
    await qa(page, 'save-draft').click()
    await page.waitForURL(/\/catalogue\/event-cards\/[0-9a-f-]{36}$/)
    // Opened again, the draft's step still refers to the framework arrangement.
    await page.reload()
    const saved = cards.steps().nth(0)
    await qa(saved, 'step-0-refer-to').waitFor()
    expect(
      await saved.getByRole('radio', { name: 'Hänvisning till en köpt tjänst' }).isChecked(),
    ).toBe(true)
    await expect.poll(() => qa(saved, 'step-0-refer-to').inputValue()).toMatch(/^fw:/)
    expect(await axeViolations(page), 'saved card with a referral step').toEqual([])
    // Back to a task: the service choice goes away and the step is saved as a task.
    await saved.locator('label', { hasText: 'Uppgift' }).click()
    expect(await qa(saved, 'step-0-refer-to').count()).toBe(0)
    await context.close()
  })

  test('a draft is saved in Finnish alone; publishing asks for Swedish and English', async () => {
    const { context, page } = await newSession(browser)
    await signIn(page, 'coordinator2')
    await new Header(page).switchLanguage('fi')
    const cards = await new EventCardsPage(page).open()
    await qa(page, 'new-card').click()
    await cards.form().waitFor()
    await cards.fillCard({
      code: 'e2e_finnish_first',
      name: t3('Suomeksi ensin', '', ''),
      ways: t3('Käännökset myöhemmin.', '', ''),
    })
    await cards.fillStep(0, {
      organisation: 'Kela',
      days: 5,
      instruction: t3('Soita nuorelle.', '', ''),
      customerText: t3('Sinulle soitetaan.', '', ''),
    })
    await qa(page, 'save-draft').click()
    await page.waitForURL(/\/catalogue\/event-cards\/[0-9a-f-]{36}$/)
    await qa(page, 'publish-draft').click()
    // Not asked: the missing translations are named first, and focus goes to the first one.
    await qa(page, 'card-form-errors').waitFor()
    expect(await cards.confirmDialog().count()).toBe(0)
    await expect
      .poll(() => page.evaluate(() => document.activeElement?.getAttribute('data-qa')))
      .toBe('card-name-sv')
    await cards.open()
    expect(await cards.statusOf('e2e_finnish_first', 1)).toBe('draft')
    await context.close()
  })

  test('lead times show the network’s figures for a chosen period', async () => {
    const { context, page } = await newSession(browser)
    await signIn(page, 'coordinator2')
    await new Header(page).switchLanguage('fi')
    await qa(page, 'nav-lead-times').click()
    await qa(page, 'lead-organisation').first().waitFor()
    expect(Number(await qa(page, 'figure-enrolments').textContent())).toBeGreaterThanOrEqual(2)
    // A period before the pilot has nothing in it.
    await qa(page, 'lead-from').fill('2015-01-01')
    await qa(page, 'lead-to').fill('2015-12-31')
    await qa(page, 'lead-show').click()
    await expect.poll(() => qa(page, 'figure-enrolments').textContent()).toBe('0')
    await qa(page, 'empty-state').waitFor()
    await context.close()
  })
})
