import type { Browser } from 'playwright-core'
import { afterAll, beforeAll, describe, expect, test } from 'vitest'
import { CasePage } from './pages/CasePage'
import { CustomerListPage } from './pages/CustomerListPage'
import { Header, type Lang } from './pages/Header'
import { PlanPage } from './pages/PlanPage'
import { qa } from './pages/qa'
import { signIn } from './pages/SignInPage'
import { WorkQueuePage } from './pages/WorkQueuePage'
import { restoreLocale } from './support/api'
import { axeViolations } from './support/axe'
import { chromiumAvailable, launchBrowser, newSession } from './support/browser'

interface Run {
  lang: Lang
  te: string
  oulu: string
}

const runs: Run[] = [
  { lang: 'fi', te: 'te2', oulu: 'oulu2' },
  { lang: 'sv', te: 'te5', oulu: 'oulu3' },
  { lang: 'en', te: 'te6', oulu: 'oulu4' },
]

const indicator = {
  fi: 'Ohjaus opintoihin',
  sv: 'Vägledning till studier',
  en: 'Guidance to studies',
}
/** What the Oulu step says to the young person, and its instruction that only workers see. */
const ouluStep = {
  customer: {
    fi: 'Saat apua opiskelupaikan hakemiseen.',
    sv: 'Du får hjälp att söka en studieplats.',
    en: 'You get help applying for a study place.',
  },
  instruction: {
    fi: 'Nuorten ohjaus: tue hakemuksen teossa.',
    sv: 'Ungdomsvägledning: stöd ansökan.',
    en: 'Youth guidance: support the application.',
  },
}
const underWay = { fi: 'Käynnissä', sv: 'Pågår', en: 'Under way' }

/**
 * Journey 2: a TE worker raises "guidance to studies" on Aino (closing the active one first, to
 * which raising it again points) and opens the offered card; the
 * Oulu step reaches Oulu's work queue, where the demo case's overdue steps stand out; an Oulu
 * worker starts the step; Aino sees one plan in plain language.
 */
describe.skipIf(!chromiumAvailable)('journey 2: indicator → event card → steps', () => {
  let browser: Browser

  beforeAll(async () => {
    browser = await launchBrowser()
  })
  afterAll(async () => {
    await browser?.close()
  })

  test.each(runs)('in $lang: $te raises, $oulu works the step, Aino sees it', async (run) => {
    // The TE worker raises the indicator and opens the card on Aino's case.
    const te = await newSession(browser)
    await signIn(te.page, run.te)
    await new Header(te.page).switchLanguage(run.lang)
    const list = new CustomerListPage(te.page)
    await list.waitForList()
    await list.openCustomer('Aaltonen, Aino')
    const ainoId = te.page.url().split('/').pop()!
    const casePage = new CasePage(te.page)
    await casePage.waitForCase()
    const ouluBefore = await casePage.actionIds('oulu')
    // The indicator is active on Aino's case already (the demo's, or the previous run's): the
    // refusal points to it, and once it is closed it can be raised anew.
    const active = await casePage.raiseActiveIndicator(indicator[run.lang])
    expect(await casePage.raisedIndicator(active).getAttribute('data-qa-active')).toBe('true')
    expect(await axeViolations(te.page)).toEqual([])
    await casePage.closeIndicator(active)
    await casePage.raiseIndicator(indicator[run.lang])
    await casePage.offeredCard('guidance_to_studies').waitFor()
    await casePage.openCard('guidance_to_studies', 3)
    const newOulu = (await casePage.actionIds('oulu')).filter((id) => !ouluBefore.includes(id))
    expect(newOulu).toHaveLength(1)
    const stepId = newOulu[0]!
    expect(await casePage.action(stepId).getAttribute('data-qa-overdue')).toBe('false')
    // Only the owner organisation gets status buttons for the step.
    expect(await qa(casePage.action(stepId), 'action-in_progress').count()).toBe(0)
    await te.context.close()

    // The Oulu worker finds the step in the organisation's queue; overdue ones stand out.
    const oulu = await newSession(browser)
    await signIn(oulu.page, run.oulu)
    await new Header(oulu.page).switchLanguage(run.lang)
    const queue = await new WorkQueuePage(oulu.page).openFromNavigation()
    const row = queue.row(stepId)
    await row.waitFor()
    expect(await row.getAttribute('data-overdue')).toBe('false')
    expect(await qa(row, 'overdue').count()).toBe(0)
    const overdue = queue.overdueRows().first()
    await overdue.waitFor()
    expect(await qa(overdue, 'overdue').textContent()).toMatch(/\d/)
    const background = (l: typeof row) => l.evaluate((el) => getComputedStyle(el).backgroundColor)
    expect(await background(overdue)).not.toBe(await background(row))
    await queue.toggleOverdueOnly()
    await row.waitFor({ state: 'detached' })
    expect(await queue.overdueRows().count()).toBeGreaterThan(0)
    expect(await queue.rows().count()).toBe(await queue.overdueRows().count())
    await queue.toggleOverdueOnly()

    // From the queue to Aino's case: the worker starts the step and makes it their own.
    await qa(queue.row(stepId), 'queue-customer-link').click()
    const ouluCase = new CasePage(oulu.page)
    await ouluCase.waitForCase()
    expect(oulu.page.url()).toContain(ainoId)
    await ouluCase.setStatus(stepId, 'in_progress')
    await ouluCase.takeOver(stepId)
    const mine = await new WorkQueuePage(oulu.page).open('?scope=mine')
    await mine.row(stepId).waitFor()
    await oulu.context.close()

    // Aino sees one plan: plain-language steps from every organisation, no instructions.
    const person = await newSession(browser)
    try {
      await signIn(person.page, 'aino')
      await new Header(person.page).switchLanguage(run.lang)
      await qa(person.page, 'nav-plan').click()
      const plan = new PlanPage(person.page)
      await plan.waitForPlan()
      const texts = await plan.stepTexts()
      expect(texts).toContain(ouluStep.customer[run.lang])
      expect(texts.join(' ')).not.toContain(ouluStep.instruction[run.lang])
      expect(texts.length).toBeGreaterThanOrEqual(3)
      const started = plan.step(stepId)
      expect(await started.getAttribute('data-qa-status')).toBe('in_progress')
      expect(await started.textContent()).toContain(underWay[run.lang])
      expect(await started.textContent()).toContain(ouluStep.customer[run.lang])
      await qa(person.page, 'print-plan').waitFor()
      // On paper: whose plan, when printed, and the contacts; no buttons.
      const name = (await qa(person.page, 'user-name').textContent())!.trim()
      await person.page.emulateMedia({ media: 'print' })
      await qa(person.page, 'plan-printed-for').waitFor()
      expect(await qa(person.page, 'plan-printed-for').textContent()).toContain(name)
      expect(await qa(person.page, 'plan-contact').first().isVisible()).toBe(true)
      expect(await qa(person.page, 'print-plan').isVisible()).toBe(false)
      await person.page.emulateMedia({ media: 'screen' })
    } finally {
      await person.context.close()
      // Other tests read Aino's pages in Finnish.
      await restoreLocale('aino')
    }
  })
})
