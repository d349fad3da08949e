import type { Browser } from 'playwright-core'
import { afterAll, beforeAll, describe, expect, test } from 'vitest'
import { syntheticIdentityCode } from '../src/demo/identity-codes'
import { CasePage } from './pages/CasePage'
import { CustomerListPage } from './pages/CustomerListPage'
import { EnrolPage } from './pages/EnrolPage'
import { Header, type Lang } from './pages/Header'
import { MyPage } from './pages/MyPage'
import { qa } from './pages/qa'
import { signIn } from './pages/SignInPage'
import { apiSession, customerId } from './support/api'
import { axeViolations } from './support/axe'
import { chromiumAvailable, launchBrowser, newSession } from './support/browser'

interface Run {
  lang: Lang
  birthDate: string
  serial: number
  firstName: string
  lastName: string
  municipality: string
  qualification: 'none' | 'vocational'
}

/** One young person per language; in Swedish the qualification rule fails and is overridden. */
const runs: Run[] = [
  {
    lang: 'fi',
    birthDate: '2001-02-03',
    serial: 61,
    firstName: 'Iida',
    lastName: 'Ikonen',
    municipality: 'Oulu',
    qualification: 'vocational',
  },
  {
    lang: 'sv',
    birthDate: '2002-03-04',
    serial: 62,
    firstName: 'Jonas',
    lastName: 'Juslin',
    municipality: 'Brahestad',
    qualification: 'none',
  },
  {
    lang: 'en',
    birthDate: '2000-04-05',
    serial: 63,
    firstName: 'Kalle',
    lastName: 'Kivelä',
    municipality: 'Pudasjärvi',
    qualification: 'vocational',
  },
]

const teOffice = {
  fi: 'Pohjois-Pohjanmaan TE-toimisto',
  sv: 'TE-byrån i Norra Österbotten',
  en: 'North Ostrobothnia TE Office',
}
const oulu = { fi: 'Oulun kaupunki', sv: 'Uleåborgs stad', en: 'City of Oulu' }

/**
 * Journey 1: a TE worker checks eligibility, enrols a new young person (with a recorded reason
 * when a rule fails) and lands on the case with the TE office in the team; a consent given in
 * person lets the chosen partner see the young person from then on.
 */
describe.skipIf(!chromiumAvailable)('journey 1: enrolment', () => {
  let browser: Browser

  beforeAll(async () => {
    browser = await launchBrowser()
  })
  afterAll(async () => {
    await browser?.close()
  })

  test.each(runs)('a TE worker enrols $firstName in $lang', async (run) => {
    const { context, page } = await newSession(browser)
    await signIn(page, 'te9')
    await new Header(page).switchLanguage(run.lang)
    const enrol = await new EnrolPage(page).openFromNavigation()
    const identityCode = syntheticIdentityCode(run.birthDate, run.serial)

    await enrol.check({
      identityCode,
      municipality: run.municipality,
      qualification: run.qualification,
    })
    const failing = run.qualification === 'none'
    expect(await enrol.rules()).toEqual({
      age: true,
      qualification: !failing,
      municipality: true,
      programme_period: true,
    })
    // The identity code never goes into the address.
    expect(page.url()).not.toContain(identityCode)
    await enrol.fillPerson({ firstName: run.firstName, lastName: run.lastName })

    if (failing) {
      // The failing rule is told in words and a reason becomes required.
      await expect(enrol.ruleText('qualification').textContent()).resolves.toContain(
        'uppfylls inte',
      )
      await enrol.submit()
      await qa(page, 'override-reason-error').waitFor()
      expect(await enrol.overrideReason().getAttribute('aria-invalid')).toBe('true')
      await enrol.overrideReason().fill('Yrkesexamen pågår, klar i maj.')
    } else {
      expect(await enrol.overrideReason().count()).toBe(0)
    }
    const newCustomerId = await enrol.enrol()

    const casePage = new CasePage(page)
    expect(await qa(page, 'page-heading').textContent()).toBe(`${run.firstName} ${run.lastName}`)
    expect(await casePage.teamCodes()).toEqual(['te-office'])
    expect(await qa(page, 'case-enrolled-by').textContent()).toBe(teOffice[run.lang])
    // The enrolling worker is the TE office's contact person.
    await qa(casePage.teamMember('te-office'), 'contact-name').waitFor()
    await expect.poll(() => casePage.timelineKinds()).toContain('enrolled')

    if (run.lang === 'fi') {
      // The young person consents in the meeting to Oulu; Oulu sees them on its next request.
      await casePage.consent(oulu.fi, 'record')
      await expect
        .poll(() => qa(page, 'live-region').textContent())
        .toBe(`Suostumus kirjattu: ${oulu.fi}.`)
      const partner = await newSession(browser)
      await signIn(partner.page, 'oulu8')
      const list = new CustomerListPage(partner.page)
      await list.waitForList()
      expect(await list.names()).toContain(`${run.lastName}, ${run.firstName}`)
      await list.openCustomer(`${run.lastName}, ${run.firstName}`)
      expect(partner.page.url()).toContain(newCustomerId)
      await partner.context.close()
    }
    await context.close()
  })

  test('checking someone already enrolled says so and offers no enrolment', async () => {
    const te = await apiSession('te9')
    const aino = await customerId(te, 'Aaltonen')
    const { identityCode } = await te.get<{ identityCode: string }>(`/api/v1/customers/${aino}`)
    await te.close()

    const { context, page } = await newSession(browser)
    await signIn(page, 'te9')
    await new Header(page).switchLanguage('en')
    const enrol = await new EnrolPage(page).open()
    await enrol.check({ identityCode, municipality: 'Oulu', qualification: 'vocational' })
    await qa(page, 'already-enrolled').waitFor()
    expect(await qa(page, 'already-enrolled').textContent()).toContain(
      'joint customer in this programme already',
    )
    expect(await qa(page, 'enrol-submit').count()).toBe(0)
    await qa(page, 'existing-customer-link').click()
    await new CasePage(page).waitForCase()
    expect(await qa(page, 'page-heading').textContent()).toBe('Aino Aaltonen')
    await context.close()
  })

  test('enrolling a known person shows nothing stored until they confirm it themselves', async () => {
    // Onni is a customer already; Pudasjärvi has no basis for him (no enrolment, no consent).
    const onniApi = await apiSession('onni')
    const onniId = onniApi.customerId!
    const { identityCode } = await onniApi.get<{ identityCode: string }>(
      `/api/v1/customers/${onniId}`,
    )
    await onniApi.close()

    const worker = await newSession(browser)
    await signIn(worker.page, 'pudasjarvi4')
    await new Header(worker.page).switchLanguage('en')
    const enrol = await new EnrolPage(worker.page).openFromNavigation()
    await enrol.check({ identityCode, municipality: 'Pudasjärvi', qualification: 'vocational' })
    // The check tells nothing of his existence to an organisation without a basis.
    expect(await qa(worker.page, 'existing-customer').count()).toBe(0)
    expect(await qa(worker.page, 'already-enrolled').count()).toBe(0)
    await enrol.fillPerson({ firstName: 'Typed', lastName: 'Name' })
    await enrol.submit()
    const outcome = qa(worker.page, 'enrol-outcome')
    await outcome.waitFor()
    expect(await outcome.locator('h2').getAttribute('data-qa-outcome')).toBe(
      'awaiting_confirmation',
    )
    const text = await qa(worker.page, 'enrol-outcome-text').textContent()
    expect(text).toContain('Typed Name is a customer already')
    expect(await outcome.textContent()).not.toContain('Ojala')
    expect(await axeViolations(worker.page)).toEqual([])
    const pudasjarvi = await apiSession('pudasjarvi4')
    expect(await pudasjarvi.status(`/api/v1/customers/${onniId}`)).toBe(404)

    // Onni is told in his own view, and confirms the new joint customership there.
    const young = await newSession(browser)
    await signIn(young.page, 'onni')
    const myPage = new MyPage(young.page)
    await myPage.waitForContent()
    const pending = qa(young.page, 'enrolment-confirmation')
    await pending.waitFor()
    expect(await pending.textContent()).toContain('Pudasjärven kaupunki')
    expect(await axeViolations(young.page)).toEqual([])
    await qa(pending, 'confirm-enrolment').click()
    await expect
      .poll(() => myPage.liveRegion().textContent())
      .toBe('Yhteisasiakkuus vahvistettu: Pudasjärven kaupunki.')
    await qa(young.page, 'enrolment-confirmations').waitFor({ state: 'detached' })
    expect(await pudasjarvi.status(`/api/v1/customers/${onniId}`)).toBe(200)
    await pudasjarvi.close()

    // Now Pudasjärvi works with him, and records a consent he gives in a meeting, health included.
    const list = await new CustomerListPage(worker.page).open()
    await list.openCustomer('Ojala, Onni')
    const casePage = new CasePage(worker.page)
    await casePage.waitForCase()
    await worker.page.locator('label[for="case-consent-category-health"]').click()
    await casePage.consent('Town of Raahe', 'record')
    await expect
      .poll(() => qa(worker.page, 'live-region').textContent())
      .toContain('Consent recorded: Town of Raahe. Special categories take effect once')
    // It leaves a trace on the case timeline, naming the worker who recorded it.
    await expect.poll(() => casePage.timelineKinds()).toContain('consent_recorded')
    const recordedRow = worker.page.locator(
      '[data-qa="timeline-row"][data-qa-kind="consent_recorded"]',
    )
    expect(await recordedRow.textContent()).toContain('Town of Raahe, recorded by')

    // Onni sees how and by whom it was recorded; it awaits his confirmation, then takes effect.
    await myPage.open()
    const card = myPage.consent('raahe', 'awaiting_confirmation')
    await card.waitFor()
    expect(await qa(card, 'consent-method').textContent()).toContain('Tapaamisessa, kirjasi')
    expect(await qa(card, 'withdraw-consent').count()).toBe(1)
    expect(await axeViolations(young.page)).toEqual([])
    await qa(card, 'confirm-consent').click()
    await myPage.consent('raahe').waitFor()
    await expect
      .poll(() => myPage.liveRegion().textContent())
      .toBe('Suostumus vahvistettu: Raahen kaupunki.')
    await worker.context.close()
    await young.context.close()
  })
})
