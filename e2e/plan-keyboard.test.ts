import type { Browser, Page } from 'playwright-core'
import { afterAll, beforeAll, describe, expect, test } from 'vitest'
import { MyPage } from './pages/MyPage'
import { PlanPage } from './pages/PlanPage'
import { qa } from './pages/qa'
import { SignInPage } from './pages/SignInPage'
import { apiSession, customerId } from './support/api'
import {
  chromiumAvailable,
  DEMO_PASSWORD,
  launchBrowser,
  newSession,
  tabTo,
} from './support/browser'

const isFocused = (page: Page, selector: string): Promise<boolean> =>
  page.evaluate((s) => document.activeElement?.matches(s) ?? false, selector)

/** The team asks Eetu to consent to Raahe, so that he has a request to answer. */
async function requestRaaheConsent(): Promise<void> {
  const te = await apiSession('te1')
  const eetu = await customerId(te, 'Eskola')
  const { items } = await te.get<{ items: { id: string; code: string }[] }>('/api/v1/organisations')
  await te.send('POST', `/api/v1/customers/${eetu}/consent-requests`, {
    organisationId: items.find((o) => o.code === 'raahe')!.id,
    dataCategories: ['identity_and_contact', 'employment_and_plan'],
  })
  await te.close()
}

describe.skipIf(!chromiumAvailable)('the young person, keyboard only', () => {
  let browser: Browser

  beforeAll(async () => {
    browser = await launchBrowser()
    await requestRaaheConsent()
  })
  afterAll(async () => {
    await browser?.close()
  })

  test('Eetu accepts a consent request, reads his plan and writes to his team', async () => {
    const { context, page } = await newSession(browser)
    await new SignInPage(page).open()
    const keyboard = page.keyboard
    await tabTo(page, '[data-qa="username"]')
    await keyboard.type('eetu')
    await keyboard.press('Tab')
    await keyboard.type(DEMO_PASSWORD)
    await keyboard.press('Enter')
    await new MyPage(page).waitForContent()

    // To the plan through the main navigation.
    await tabTo(page, '[data-qa="nav-plan"]')
    await keyboard.press('Enter')
    const plan = new PlanPage(page)
    await plan.waitForPlan()
    await expect.poll(() => isFocused(page, 'main h1')).toBe(true)

    // The plan reads in order: steps with dates, and the print button is reachable.
    expect(await plan.steps().count()).toBeGreaterThanOrEqual(1)
    await tabTo(page, '[data-qa="print-plan"]', 10)

    // Accepting the request: focus then rests on the requests' heading, not lost.
    await tabTo(page, '[data-qa-org-code="raahe"] [data-qa="accept-request"]')
    await keyboard.press('Enter')
    await plan.answeredRequests('accepted').first().waitFor()
    expect(await plan.openRequest('raahe').count()).toBe(0)
    await expect.poll(() => isFocused(page, '#plan-requests')).toBe(true)

    // A message to the team, written and sent from the keyboard.
    const before = await plan.messages().count()
    await tabTo(page, '[data-qa="plan-messages-body"]')
    await keyboard.type('Hei! Pääsenkö CV-pajaan jo tällä viikolla?')
    await keyboard.press('Tab')
    expect(await isFocused(page, '[data-qa="plan-messages-send"]')).toBe(true)
    await keyboard.press('Enter')
    await expect.poll(() => plan.messages().count()).toBe(before + 1)
    expect(await qa(plan.messages().last(), 'message-body').textContent()).toBe(
      'Hei! Pääsenkö CV-pajaan jo tällä viikolla?',
    )
    await context.close()
  })
})
