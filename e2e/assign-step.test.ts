import type { Browser, Page } from 'playwright-core'
import { afterAll, beforeAll, describe, expect, test } from 'vitest'
import { syntheticIdentityCode } from '../src/demo/identity-codes'
import { Header, type Lang } from './pages/Header'
import { qa } from './pages/qa'
import { signIn } from './pages/SignInPage'
import { StepPage } from './pages/StepPage'
import { WorkQueuePage } from './pages/WorkQueuePage'
import { apiSession, restoreLocale } from './support/api'
import { axeViolations } from './support/axe'
import { chromiumAvailable, launchBrowser, newSession } from './support/browser'

const GIVER = 'te6'
const COLLEAGUE = 'te2'

async function expectAccessible(page: Page, label: string): Promise<void> {
  const violations = await axeViolations(page)
  if (violations.length > 0) console.error(`axe violations on ${label}:\n${violations.join('\n')}`)
  expect(violations, label).toEqual([])
}

/**
 * The TE office enrols a young person of its own and the giver opens the job-application card:
 * its TE step is the giver's. Returns the step's id.
 */
async function stepOfGiver(serial: number, lastName: string): Promise<string> {
  const te = await apiSession(GIVER)
  const { items } = await te.get<{
    items: { id: string; municipalities: { id: string; code: string }[] }[]
  }>('/api/v1/programmes')
  const programme = items[0]!
  const { customerId } = await te.send<{ customerId: string }>('POST', '/api/v1/enrolments', {
    identityCode: syntheticIdentityCode('2002-02-02', serial),
    programmeId: programme.id,
    municipalityId: programme.municipalities.find((m) => m.code === '564')!.id,
    qualification: 'vocational',
    firstName: 'Ilona',
    lastName,
  })
  const cards = await te.get<{ items: { id: string; code: string; status: string }[] }>(
    '/api/v1/event-cards',
  )
  const card = cards.items.find((c) => c.code === 'job_application' && c.status === 'published')!
  const opened = await te.send<{ serviceActions: { id: string; ownerUserId: string | null }[] }>(
    'POST',
    `/api/v1/customers/${customerId}/case/event-cards`,
    { eventCardVersionId: card.id },
  )
  await te.close()
  return opened.serviceActions.find((s) => s.ownerUserId === te.userId)!.id
}

/**
 * Issue 7: a step given to a colleague appears in the colleague's own work queue, and their
 * header and notices tell them so.
 */
describe.skipIf(!chromiumAvailable)('giving a step to a colleague', () => {
  let browser: Browser
  let colleagueId: string
  let colleagueName: string

  beforeAll(async () => {
    browser = await launchBrowser()
    const colleague = await apiSession(COLLEAGUE)
    colleagueId = colleague.userId
    colleagueName = (await colleague.get<{ user: { displayName: string } }>('/api/v1/me')).user
      .displayName
    await colleague.close()
  })
  afterAll(async () => {
    await browser?.close()
    await restoreLocale(GIVER)
    await restoreLocale(COLLEAGUE)
  })

  const runs: [Lang, number, string][] = [
    ['fi', 91, 'Annettava'],
    ['sv', 92, 'Givande'],
    ['en', 93, 'Giving'],
  ]
  test.each(runs)('in %s', async (lang, serial, lastName) => {
    const stepId = await stepOfGiver(serial, lastName)

    const giver = await newSession(browser)
    await signIn(giver.page, GIVER)
    await new Header(giver.page).switchLanguage(lang)
    const queue = await new WorkQueuePage(giver.page).open('?scope=mine')
    await queue.row(stepId).waitFor()
    await expectAccessible(giver.page, `work queue (${lang})`)
    await queue.openStep(stepId)
    const step = new StepPage(giver.page)
    await expectAccessible(giver.page, `step page (${lang})`)
    await step.giveTo(colleagueId)
    await expect.poll(() => step.assignee().textContent()).toBe(colleagueName)
    // The step is no longer the giver's: it has left their own queue.
    await new WorkQueuePage(giver.page).open('?scope=mine')
    expect(await queue.row(stepId).count()).toBe(0)
    await giver.context.close()

    const colleague = await newSession(browser)
    await signIn(colleague.page, COLLEAGUE)
    await new Header(colleague.page).switchLanguage(lang)
    // The header says there is news; the notices list tells what.
    await qa(colleague.page, 'notices-unread').waitFor()
    await qa(colleague.page, 'notices-link').click()
    await colleague.page
      .locator('[data-qa="notice-row"][data-qa-kind="service_action_assigned"][data-unread="true"]')
      .first()
      .waitFor()
    await expectAccessible(colleague.page, `notices (${lang})`)
    const theirs = await new WorkQueuePage(colleague.page).open('?scope=mine')
    await theirs.row(stepId).waitFor()
    expect(await qa(theirs.row(stepId), 'queue-customer-link').textContent()).toBe(
      `${lastName}, Ilona`,
    )
    await expectAccessible(colleague.page, `colleague's work queue (${lang})`)
    await theirs.openStep(stepId)
    await new StepPage(colleague.page).markDone('Valmis')
    await expectAccessible(colleague.page, `done step (${lang})`)
    await colleague.context.close()
  })
})
