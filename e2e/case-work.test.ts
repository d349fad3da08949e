import type { Browser } from 'playwright-core'
import { afterAll, beforeAll, describe, expect, test } from 'vitest'
import { syntheticIdentityCode } from '../src/demo/identity-codes'
import { CasePage } from './pages/CasePage'
import { Header } from './pages/Header'
import { qa } from './pages/qa'
import { signIn } from './pages/SignInPage'
import { apiSession, customerId } from './support/api'
import { chromiumAvailable, launchBrowser, newSession } from './support/browser'

/** Raahe enrols young people of its own for these tests; nobody else works on them. */
async function enrol(firstName: string, lastName: string, serial: number): Promise<string> {
  const raahe = await apiSession('raahe1')
  const { items } = await raahe.get<{
    items: { id: string; municipalities: { id: string; code: string }[] }[]
  }>('/api/v1/programmes')
  const programme = items[0]!
  const result = await raahe.send<{ customerId: string }>('POST', '/api/v1/enrolments', {
    identityCode: syntheticIdentityCode('1999-09-09', serial),
    programmeId: programme.id,
    municipalityId: programme.municipalities.find((m) => m.code === '678')!.id,
    qualification: 'vocational',
    firstName,
    lastName,
  })
  await raahe.close()
  return result.customerId
}

/** The team's everyday work on a case: contacts, notes, messages, requests, ending, conflicts. */
describe.skipIf(!chromiumAvailable)('working on a case', () => {
  let browser: Browser
  let liisa: string
  let mikko: string

  beforeAll(async () => {
    browser = await launchBrowser()
    liisa = await enrol('Liisa', 'Lumme', 71)
    mikko = await enrol('Mikko', 'Mänty', 72)
  })
  afterAll(async () => {
    await browser?.close()
  })

  test('notes, both threads, a consent request and a colleague named as contact', async () => {
    const { context, page } = await newSession(browser)
    await signIn(page, 'raahe1')
    await new Header(page).switchLanguage('fi')
    const casePage = await new CasePage(page).open(liisa)
    // The enrolling worker is the contact already, so there is nothing to name.
    expect(await qa(page, 'name-me-contact').count()).toBe(0)

    await casePage.addNote('Liisa toivoo iltapäiväaikoja.')
    await casePage.sendMessage('team-messages', 'Kela, voitteko katsoa opintotuen?')
    await casePage.sendMessage('customer-messages', 'Hei Liisa, tervetuloa mukaan!')
    expect(await qa(qa(page, 'team-messages'), 'message').count()).toBe(1)
    expect(await qa(qa(page, 'customer-messages'), 'message').count()).toBe(1)
    expect(await qa(qa(page, 'note'), 'note-category').textContent()).toBe(
      'Työnhaku ja suunnitelma',
    )

    await casePage.consent('Oulun kaupunki', 'request')
    await page.locator('[data-qa="consent-request"][data-qa-status="requested"]').waitFor()
    await expect.poll(() => casePage.timelineKinds()).toContain('note_added')
    expect(await casePage.timelineKinds()).toContain('message_sent')
    await context.close()

    // A colleague takes over as the contact person.
    const colleague = await newSession(browser)
    await signIn(colleague.page, 'raahe2')
    await new Header(colleague.page).switchLanguage('fi')
    const theirCase = await new CasePage(colleague.page).open(liisa)
    await theirCase.nameMeAsContact()
    await expect
      .poll(() => qa(theirCase.teamMember('raahe'), 'contact').textContent())
      .toContain('(sinä)')
    await colleague.context.close()
  })

  test('ending asks for confirmation, then the case can only be read', async () => {
    const { context, page } = await newSession(browser)
    await signIn(page, 'raahe3')
    await new Header(page).switchLanguage('sv')
    const casePage = await new CasePage(page).open(mikko)
    // Cancelling changes nothing.
    await casePage.askToEnd('education')
    expect(await casePage.endDialog().textContent()).toContain('Började studera')
    await qa(page, 'cancel-end').click()
    await casePage.endDialog().waitFor({ state: 'hidden' })
    expect(await casePage.root().getAttribute('data-qa-can-write')).toBe('true')

    await casePage.askToEnd('education')
    await qa(page, 'confirm-end').click()
    await qa(page, 'case-ended').waitFor()
    expect(await casePage.root().getAttribute('data-qa-can-write')).toBe('false')
    expect(await qa(page, 'case-state').textContent()).toContain('Började studera')
    for (const form of ['raise-form', 'consent-form', 'note-form', 'end-form']) {
      expect(await qa(page, form).count(), form).toBe(0)
    }
    expect(await qa(page, 'customer-messages-send').count()).toBe(0)
    await expect.poll(() => casePage.timelineKinds()).toContain('ended')
    await context.close()
  })

  test('a step changed meanwhile in another tab is not overwritten', async () => {
    const te = await apiSession('te1')
    const eetu = await customerId(te, 'Eskola')
    await te.close()
    const first = await newSession(browser)
    await signIn(first.page, 'te1')
    await new Header(first.page).switchLanguage('en')
    const second = await first.context.newPage()
    const a = await new CasePage(first.page).open(eetu)
    const b = await new CasePage(second).open(eetu)
    const [stepId] = await a.actionIds('te-office')
    await qa(a.action(stepId!), 'action-done').waitFor()

    await a.setStatus(stepId!, 'done')
    // The second tab still shows the step open: its change is refused, and it says why.
    await qa(b.action(stepId!), 'action-cancelled').click()
    await qa(b.action(stepId!), 'action-error').waitFor()
    expect(await qa(b.action(stepId!), 'action-error').textContent()).toContain(
      'Someone changed this meanwhile',
    )
    await qa(b.action(stepId!), 'reload').click()
    await second.locator(`[data-qa-id="${stepId!}"][data-qa-status="done"]`).waitFor()
    await first.context.close()
  })

  test('a health indicator shows partners only that support is needed', async () => {
    const te = await newSession(browser)
    await signIn(te.page, 'te1')
    await new Header(te.page).switchLanguage('fi')
    const ainoId = await (async () => {
      const s = await apiSession('te1')
      const id = await customerId(s, 'Aaltonen')
      await s.close()
      return id
    })()
    const teCase = await new CasePage(te.page).open(ainoId)
    const before = await qa(te.page, 'raised-indicator').count()
    await teCase.raiseIndicator('Terveydellinen haaste')
    await expect.poll(() => qa(te.page, 'raised-indicator').count()).toBe(before + 1)
    // The raising organisation sees what it raised.
    expect(await qa(te.page, 'raised-indicator').last().textContent()).toContain(
      'Terveydellinen haaste',
    )
    await te.context.close()

    const oulu = await newSession(browser)
    await signIn(oulu.page, 'oulu6')
    await new Header(oulu.page).switchLanguage('en')
    await new CasePage(oulu.page).open(ainoId)
    const withheld = oulu.page.locator('[data-qa="raised-indicator"][data-qa-withheld="true"]')
    await withheld.first().waitFor()
    expect(await withheld.first().textContent()).toContain('Support needed (details not shared)')
    const raised = await qa(oulu.page, 'raised-indicator').allTextContents()
    expect(raised.join(' ')).not.toContain('Health problem')
    await oulu.context.close()
  })
})
