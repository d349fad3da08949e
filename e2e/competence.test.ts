import type { Browser } from 'playwright-core'
import { afterAll, beforeAll, describe, expect, test } from 'vitest'
import { CompetencePage } from './pages/CompetencePage'
import { Header, type Lang } from './pages/Header'
import { qa } from './pages/qa'
import { signIn } from './pages/SignInPage'
import { apiSession, customerId, restoreLocale } from './support/api'
import { axeViolations } from './support/axe'
import { chromiumAvailable, launchBrowser, newSession } from './support/browser'

const concept = (type: string, slug: string) => `https://saumaton.fi/classification/${type}/${slug}`

const mapping = [
  'section;label;conceptUri;level;code',
  `skill;;${concept('skill', 'barista')};;`,
  `certificate;;${concept('skill', 'first-aid-certificate')};;`,
  'language;;;B1;sv',
].join('\n')
const badMapping = ['section;label;conceptUri;level;code', 'language;;;Z9;sv', `skil;x;;;`].join(
  '\n',
)

const texts: Record<Lang, { line: string; skills: string; barista: string; forklift: string }> = {
  fi: { line: 'Rivi 2', skills: 'Taidot', barista: 'kahvinvalmistus', forklift: 'trukkikortti' },
  sv: { line: 'Rad 2', skills: 'Färdigheter', barista: 'kaffeberedning', forklift: 'truckkort' },
  en: {
    line: 'Line 2',
    skills: 'Skills',
    barista: 'make coffee drinks',
    forklift: 'forklift licence',
  },
}

/**
 * Key journey 5, the young person's part: Aino imports a mapping (a bad file first), adds a card
 * through the concept search, sets a language's level and her availability, makes a share link; the page and the shared page are axe clean in
 * fi, sv and en. The TE office (whose statute covers competence) sees her profile; Kela (whose
 * consent does not name the category) sees nothing of it.
 */
describe.skipIf(!chromiumAvailable)('my competence', () => {
  let browser: Browser

  beforeAll(async () => {
    browser = await launchBrowser()
  })
  afterAll(async () => {
    await browser?.close()
    await restoreLocale('aino')
  })

  test('import, edit and share; the network sees it by the data category', async () => {
    const { context, page } = await newSession(browser)
    await signIn(page, 'aino')
    // Her language is remembered per account, and other journeys change it.
    await new Header(page).switchLanguage('fi')
    const competence = await new CompetencePage(page).open()
    await competence.importFile('bad.csv', badMapping)
    await competence.importErrors().waitFor()
    expect(await competence.importErrors().textContent()).toContain(texts.fi.line)
    await competence.importFile('mapping.csv', mapping)
    await competence.imported().waitFor()
    await competence.addConcept('trukki', texts.fi.forklift)
    await competence.setLanguage('de', 'B1')
    await expect.poll(() => competence.profile().textContent()).toContain('DE B1')
    await competence.setAvailability('2027-01-15', 'part_time')
    await expect.poll(() => competence.profile().textContent()).toContain('osa-aikatyö')
    const shareUrl = await competence.createShareLink()
    expect(shareUrl).toMatch(/\/competence\/share\/[A-Za-z0-9_-]{43}$/)

    const header = new Header(page)
    for (const lang of ['fi', 'sv', 'en'] as const) {
      if (lang !== 'fi') await header.switchLanguage(lang)
      await expect.poll(() => competence.profile().textContent()).toContain(texts[lang].barista)
      expect(await competence.profile().textContent()).toContain(texts[lang].forklift)
      expect(await axeViolations(page), `my competence in ${lang}`).toEqual([])
    }
    await context.close()

    const visitor = await newSession(browser)
    await visitor.page.goto(shareUrl)
    const shared = new CompetencePage(visitor.page)
    await shared.profile().waitFor()
    const visitorHeader = new Header(visitor.page)
    for (const lang of ['fi', 'sv', 'en'] as const) {
      if (lang !== 'fi') await visitorHeader.switchLanguage(lang)
      await expect.poll(() => shared.profile().textContent()).toContain(texts[lang].skills)
      expect(await axeViolations(visitor.page), `shared page in ${lang}`).toEqual([])
    }
    await visitor.context.close()

    const te = await apiSession('te1')
    const aino = await customerId(te, 'Aaltonen')
    await te.close()
    const worker = await newSession(browser)
    await signIn(worker.page, 'te1')
    await new Header(worker.page).switchLanguage('fi')
    await worker.page.goto(`/customers/${aino}`)
    await qa(worker.page, 'customer-competence').waitFor()
    expect(await qa(worker.page, 'customer-competence').textContent()).toContain(texts.fi.barista)
    expect(await axeViolations(worker.page), 'worker view').toEqual([])
    await worker.context.close()

    const kela = await newSession(browser)
    await signIn(kela.page, 'kela1')
    await kela.page.goto(`/customers/${aino}`)
    await qa(kela.page, 'case').or(qa(kela.page, 'no-case')).first().waitFor()
    await kela.page.waitForLoadState('networkidle')
    expect(await qa(kela.page, 'customer-competence').count()).toBe(0)
    await kela.context.close()
  }, 180_000)
})
