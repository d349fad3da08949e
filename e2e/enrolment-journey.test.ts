import type { Browser } from 'playwright-core'
import { afterAll, beforeAll, describe, expect, test } from 'vitest'
import { syntheticIdentityCode } from '../src/demo/identity-codes'
import { CasePage } from './pages/CasePage'
import { CustomerListPage } from './pages/CustomerListPage'
import { EnrolPage } from './pages/EnrolPage'
import { Header, type Lang } from './pages/Header'
import { qa } from './pages/qa'
import { signIn } from './pages/SignInPage'
import { apiSession, customerId } from './support/api'
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
})
