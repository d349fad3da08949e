import type { Browser, Page } from 'playwright-core'
import { afterAll, beforeAll, describe, expect, test } from 'vitest'
import { syntheticIdentityCode } from '../src/demo/identity-codes'
import { CasePage } from './pages/CasePage'
import { CustomerListPage } from './pages/CustomerListPage'
import { EnrolPage } from './pages/EnrolPage'
import { Header, type Lang } from './pages/Header'
import { PlanPage } from './pages/PlanPage'
import { qa } from './pages/qa'
import { signIn } from './pages/SignInPage'
import { WorkQueuePage } from './pages/WorkQueuePage'
import { axeViolations } from './support/axe'
import {
  chromiumAvailable,
  launchBrowser,
  newSession,
  scrollsHorizontally,
} from './support/browser'

const languages: Lang[] = ['fi', 'sv', 'en']
const oulu: Record<Lang, string> = { fi: 'Oulu', sv: 'Uleåborg', en: 'Oulu' }

async function expectAccessible(page: Page, label: string): Promise<void> {
  const violations = await axeViolations(page)
  if (violations.length > 0) console.error(`axe violations on ${label}:\n${violations.join('\n')}`)
  expect(violations, label).toEqual([])
}

/** Every page of the joint customership, with its forms' error and result states, passes axe. */
describe.skipIf(!chromiumAvailable)('joint customership pages pass axe (WCAG 2.1 A and AA)', () => {
  let browser: Browser

  beforeAll(async () => {
    browser = await launchBrowser()
  })
  afterAll(async () => {
    await browser?.close()
  })

  test.each(languages)('worker: enrolment, case, end dialog and work queue in %s', async (lang) => {
    const { context, page } = await newSession(browser)
    await signIn(page, 'te11')
    await new Header(page).switchLanguage(lang)

    const enrol = await new EnrolPage(page).open()
    await qa(page, 'check-eligibility').click()
    await qa(page, 'identity-code-input-error').waitFor()
    await expectAccessible(page, `enrolment with errors (${lang})`)
    // A failing rule: the result and the required reason field.
    const code = syntheticIdentityCode('2003-05-06', 70)
    await enrol.check({ identityCode: code, municipality: oulu[lang], qualification: 'none' })
    await enrol.overrideReason().waitFor()
    await expectAccessible(page, `enrolment check result (${lang})`)

    const list = await new CustomerListPage(page).open()
    await list.openCustomer('Eskola, Eetu')
    const casePage = new CasePage(page)
    await casePage.root().waitFor()
    await qa(page, 'timeline-row').first().waitFor()
    await expectAccessible(page, `case (${lang})`)
    await casePage.askToEnd('moved_away')
    await expectAccessible(page, `end dialog (${lang})`)
    await qa(page, 'cancel-end').click()
    await casePage.endDialog().waitFor({ state: 'hidden' })

    await new WorkQueuePage(page).open()
    await expectAccessible(page, `work queue (${lang})`)
    await context.close()
  })

  test.each(languages)('young person: the plan, also printed, in %s', async (lang) => {
    const { context, page } = await newSession(browser)
    await signIn(page, 'eetu')
    await new Header(page).switchLanguage(lang)
    await new PlanPage(page).open()
    await qa(page, 'plan-step').first().waitFor()
    await expectAccessible(page, `plan (${lang})`)
    // Printed, the plan stands alone: no navigation, no buttons, no messages.
    await page.emulateMedia({ media: 'print' })
    expect(await page.getByRole('banner').isVisible()).toBe(false)
    expect(await qa(page, 'print-plan').isVisible()).toBe(false)
    expect(await qa(page, 'plan-messages').isVisible()).toBe(false)
    expect(await qa(page, 'plan-next').isVisible()).toBe(true)
    await context.close()
  })

  test.each(languages)('coordinator: catalogue and lead times in %s', async (lang) => {
    const { context, page } = await newSession(browser)
    await signIn(page, 'coordinator1')
    await new Header(page).switchLanguage(lang)

    await qa(page, 'nav-indicators').click()
    await qa(page, 'indicator-row').first().waitFor()
    await qa(page, 'indicator-save').click()
    await qa(page, 'indicator-code-error').waitFor()
    await expectAccessible(page, `indicators with form errors (${lang})`)
    await qa(qa(page, 'indicator-row').first(), 'edit-indicator').click()
    await qa(page, 'indicator-cancel').waitFor()
    await expectAccessible(page, `indicator being edited (${lang})`)

    await qa(page, 'nav-event-cards').click()
    await qa(page, 'event-card').first().waitFor()
    await expectAccessible(page, `event cards (${lang})`)
    // A published version (drafts of other tests open as a form instead).
    await page
      .locator('[data-qa="card-version"][data-qa-status="published"] [data-qa="version-link"]')
      .first()
      .click()
    await qa(page, 'card-step').first().waitFor()
    await expectAccessible(page, `published event card (${lang})`)
    await page.goto('/catalogue/event-cards/new')
    await qa(page, 'save-draft').click()
    await qa(page, 'card-form-errors').waitFor()
    await expectAccessible(page, `new event card with errors (${lang})`)

    await qa(page, 'nav-lead-times').click()
    await qa(page, 'lead-organisation').first().waitFor()
    await expectAccessible(page, `lead times (${lang})`)
    await context.close()
  })

  test('on a 360 px phone screen the new pages do not scroll sideways and pass axe', async () => {
    const pages: { user: string; path: string; ready: string }[] = [
      { user: 'te11', path: '/enrol', ready: 'enrol-form' },
      { user: 'te11', path: '/work-queue', ready: 'queue-row' },
      { user: 'eetu', path: '/plan', ready: 'plan-step' },
      { user: 'coordinator1', path: '/catalogue/indicators', ready: 'indicator-row' },
      { user: 'coordinator1', path: '/catalogue/event-cards', ready: 'card-version' },
      { user: 'coordinator1', path: '/catalogue/event-cards/new', ready: 'step-editor' },
      { user: 'coordinator1', path: '/lead-times', ready: 'lead-organisation' },
    ]
    for (const p of pages) {
      const { context, page } = await newSession(browser, { width: 360 })
      await signIn(page, p.user)
      await page.goto(p.path)
      await qa(page, p.ready).first().waitFor()
      expect(await scrollsHorizontally(page), `${p.path} scrolls sideways`).toBe(false)
      await expectAccessible(page, `${p.path} at 360 px`)
      await context.close()
    }
    // The case, long and full of controls, on a phone.
    const { context, page } = await newSession(browser, { width: 360 })
    await signIn(page, 'te11')
    const list = await new CustomerListPage(page).open()
    await list.openCustomer('Eskola, Eetu')
    await new CasePage(page).root().waitFor()
    await qa(page, 'timeline-row').first().waitFor()
    expect(await scrollsHorizontally(page), 'the case scrolls sideways').toBe(false)
    await expectAccessible(page, 'case at 360 px')
    await context.close()
  })
})
