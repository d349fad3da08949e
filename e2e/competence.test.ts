import type { Browser } from 'playwright-core'
import { afterAll, beforeAll, describe, expect, test } from 'vitest'
import { CompetencePage } from './pages/CompetencePage'
import { Header, type Lang } from './pages/Header'
import { qa } from './pages/qa'
import { signIn } from './pages/SignInPage'
import { apiSession, restoreLocale } from './support/api'
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

const texts: Record<
  Lang,
  { line: string; skills: string; barista: string; forklift: string; required: string }
> = {
  fi: {
    line: 'Rivi 2',
    skills: 'Taidot',
    barista: 'kahvinvalmistus',
    forklift: 'trukkikortti',
    required: 'Täytä tämä kenttä.',
  },
  sv: {
    line: 'Rad 2',
    skills: 'Färdigheter',
    barista: 'kaffeberedning',
    forklift: 'truckkort',
    required: 'Fyll i detta fält.',
  },
  en: {
    line: 'Line 2',
    skills: 'Skills',
    barista: 'make coffee drinks',
    forklift: 'forklift licence',
    required: 'Fill in this field.',
  },
}

/**
 * Key journey 5: Aino imports a mapping (a bad file first), adds a card through the concept
 * search, fills in every kind of section through its form (validation in her language, focus on
 * the first error), edits and removes items, sets a language's level and her availability, makes
 * a share link, and gives the City of Oulu the competence consent for job search support in her
 * own view. The page and the shared page are axe clean in fi, sv and en. Oulu's worker then sees
 * her profile; Kela (whose consent does not name the category) sees nothing of it.
 */
describe.skipIf(!chromiumAvailable)('my competence', () => {
  let browser: Browser

  beforeAll(async () => {
    browser = await launchBrowser()
  })
  afterAll(async () => {
    await browser?.close()
    await restoreLocale('aino')
    await restoreLocale('oulu1')
    await withdrawCompetenceConsents()
  })

  test('import, edit and share; the network sees it by the data category', async () => {
    const aino = (await ownId()) ?? ''
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

    // A qualification: nothing is sent until level and name are given; the first error has focus.
    await competence.openAdd('qualifications')
    await competence.save('qualifications', true)
    expect(await competence.fieldError('qualifications', 'level').textContent()).toBe(
      'Valitse jokin vaihtoehto.',
    )
    expect(await competence.fieldError('qualifications', 'title').textContent()).toBe(
      texts.fi.required,
    )
    await expect
      .poll(() =>
        competence.field('qualifications', 'level').evaluate((el) => el === document.activeElement),
      )
      .toBe(true)
    await competence.field('qualifications', 'level').selectOption('vocational')
    await competence
      .field('qualifications', 'title')
      .fill('Ravintola- ja catering-alan perustutkinto')
    await competence.field('qualifications', 'field').fill('ravintola-ala')
    await competence.save('qualifications')
    await expect
      .poll(() => competence.section('qualifications').textContent())
      .toContain('Ammatillinen perustutkinto, ravintola-ala')

    // Work experience with an occupation from the classification; an end before the start is refused.
    await competence.openAdd('workExperience')
    await competence.field('workExperience', 'title').fill('Salaattibaarin työntekijä')
    await competence.field('workExperience', 'employer').fill('Ravintola Esimerkki')
    await competence.pickConcept('workExperience', 'occupationUri', 'kokk', /: kokki$/)
    await competence.field('workExperience', 'from').fill('2024-05')
    await competence.field('workExperience', 'to').fill('2023-08')
    await competence.save('workExperience', true)
    expect(await competence.fieldError('workExperience', 'to').textContent()).toBe(
      'Päättymiskuukausi ei voi olla ennen alkamiskuukautta.',
    )
    await competence.field('workExperience', 'to').fill('2024-08')
    await competence.save('workExperience')
    await competence.edit('workExperience', 'Salaattibaarin työntekijä')
    await competence.field('workExperience', 'title').fill('Kokkiharjoittelija')
    await competence.save('workExperience')
    await expect
      .poll(() => competence.section('workExperience').textContent())
      .toContain('Kokkiharjoittelija, Ravintola Esimerkki, kokki, 2024-05–2024-08')

    // A skill in her own words, an interest removed after a question, a wished municipality.
    await competence.openAdd('skills')
    await competence.field('skills', 'label').fill('Asiakaspalvelu kahvilassa')
    await competence.save('skills')
    // By keyboard alone: Enter on the add button opens the form with focus in its field, Enter
    // saves, and focus is back on the add button.
    await qa(page, 'competence-interests-add').focus()
    await page.keyboard.press('Enter')
    await competence.form('interests').waitFor()
    await page.keyboard.type('Lautapelit')
    await page.keyboard.press('Enter')
    await competence.item('interests', 'Lautapelit').waitFor()
    await expect
      .poll(() =>
        qa(page, 'competence-interests-add').evaluate((el) => el === document.activeElement),
      )
      .toBe(true)
    await competence.remove('interests', 'Lautapelit')
    await competence.openAdd('wishedMunicipalities')
    await competence.field('wishedMunicipalities', 'value').selectOption({ label: 'Raahe' })
    await competence.save('wishedMunicipalities')
    await competence.item('wishedMunicipalities', 'Raahe').waitFor()

    // She shares the profile with the City of Oulu in her own view: a consent naming competence.
    await competence.shareWithOrganisation('Oulun kaupunki')
    // The employer also sees where she wishes to work.
    await page.locator('fieldset.plain-fieldset label', { hasText: 'Toivotut kunnat' }).click()
    const shareUrl = await competence.createShareLink()
    expect(shareUrl).toMatch(/\/competence\/share\/[A-Za-z0-9_-]{43}$/)

    const header = new Header(page)
    for (const lang of ['fi', 'sv', 'en'] as const) {
      if (lang !== 'fi') await header.switchLanguage(lang)
      await expect.poll(() => competence.profile().textContent()).toContain(texts[lang].barista)
      expect(await competence.profile().textContent()).toContain(texts[lang].forklift)
      // Validation speaks her language; the open form with its errors is checked by axe too.
      await competence.openAdd('interests')
      await competence.save('interests', true)
      expect(await competence.fieldError('interests', 'value').textContent()).toBe(
        texts[lang].required,
      )
      expect(await axeViolations(page), `my competence in ${lang}`).toEqual([])
      await qa(page, 'competence-interests-cancel').click()
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
      // The wished municipality by its name in the reader's language, not its code.
      const wished = await shared.section('wishedMunicipalities').textContent()
      expect(wished).toContain(lang === 'sv' ? 'Brahestad' : 'Raahe')
      expect(wished).not.toContain('678')
      expect(await axeViolations(visitor.page), `shared page in ${lang}`).toEqual([])
    }
    await visitor.context.close()

    const worker = await newSession(browser)
    await signIn(worker.page, 'oulu1')
    await new Header(worker.page).switchLanguage('fi')
    await worker.page.goto(`/customers/${aino}`)
    await qa(worker.page, 'customer-competence').waitFor()
    const seen = await qa(worker.page, 'customer-competence').textContent()
    expect(seen).toContain(texts.fi.barista)
    expect(seen).toContain('Kokkiharjoittelija')
    expect(seen).toContain('Raahe')
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

async function ownId(): Promise<string | null> {
  const session = await apiSession('aino')
  await session.close()
  return session.customerId
}

/** Other journeys expect Aino's consents as the demo made them. */
async function withdrawCompetenceConsents(): Promise<void> {
  const session = await apiSession('aino')
  const id = session.customerId!
  const { items } = await session.get<{
    items: { id: string; purpose: string; status: string; version: number }[]
  }>(`/api/v1/customers/${id}/consents`)
  for (const c of items.filter((c) => c.purpose === 'job_search_support' && c.status === 'given'))
    await session.send('POST', `/api/v1/customers/${id}/consents/${c.id}/withdraw`, {
      version: c.version,
    })
  await session.close()
}
