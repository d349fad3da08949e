import fs from 'node:fs'
import readXlsxFile from 'read-excel-file/node'
import type { Browser } from 'playwright-core'
import { afterAll, beforeAll, describe, expect, test } from 'vitest'
import { answerConfirmDialog } from './pages/ConfirmDialog'
import { Header } from './pages/Header'
import { qa } from './pages/qa'
import { FeesPage, ProviderPage } from './pages/PurchasingPages'
import { signIn } from './pages/SignInPage'
import { apiSession, restoreLocale, type ApiSession } from './support/api'
import { axeViolations } from './support/axe'
import { chromiumAvailable, launchBrowser, newSession } from './support/browser'

interface Contract {
  id: string
  reference: string
  provider: { name: { en: string } }
  framework: { id: string } | null
}
interface Referral {
  id: string
  status: string
  choices: { contractId: string; provider: { name: { en: string } } }[]
}

const runs = [
  {
    lang: 'fi',
    provider: 'polku1',
    providerName: 'Polku Coaching Ltd',
    localName: 'Polku Valmennus Oy',
    reference: 'PUITE-2020-01',
    service: 'Työllistymisen puitejärjestely',
  },
  {
    lang: 'sv',
    provider: 'tyosilta1',
    providerName: 'Työsilta Ltd',
    localName: 'Työsilta Ab',
    reference: 'PUITE-2020-02',
    service: 'Ramavtal för sysselsättning',
  },
  {
    lang: 'en',
    provider: 'osaamo1',
    providerName: 'Osaamo Training Ltd',
    localName: 'Osaamo Training Ltd',
    reference: 'PUITE-2020-03',
    service: 'Employment framework arrangement',
  },
] as const

const helsinkiToday = () =>
  new Intl.DateTimeFormat('sv-SE', { timeZone: 'Europe/Helsinki' }).format(new Date())

/**
 * Key journey 4: a worker refers Aino to the framework arrangement; she picks one of its three
 * providers; the provider accepts within capacity, reports the start and an employment; the
 * result-based fee shows in the month's table and in its XLSX export.
 */
describe.skipIf(!chromiumAvailable)('purchased services (key journey 4)', () => {
  let browser: Browser
  let te: ApiSession
  let aino: ApiSession

  beforeAll(async () => {
    browser = await launchBrowser()
    te = await apiSession('te1')
    aino = await apiSession('aino')
  })
  afterAll(async () => {
    await Promise.all([browser?.close(), te?.close(), aino?.close()])
    // Languages are remembered per account: leave them as the other journeys expect.
    for (const username of ['te1', 'aino', 'coordinator1', ...runs.map((r) => r.provider)])
      await restoreLocale(username)
  })

  for (const run of runs) {
    test(`referral to an employment fee, in ${run.lang}`, async () => {
      const contracts = await te.get<Contract[]>('/api/v1/contracts')
      const contract = contracts.find((c) => c.reference === run.reference)!
      // The worker refers from the case view.
      const worker = await newSession(browser)
      await signIn(worker.page, 'te1')
      await new Header(worker.page).switchLanguage(run.lang)
      await worker.page.goto(`/customers/${aino.customerId}`)
      await qa(worker.page, 'referral-form').waitFor()
      // Counted from the API: the case view may not have listed them yet.
      const before = (await te.get<unknown[]>(`/api/v1/customers/${aino.customerId}/referrals`))
        .length
      await qa(worker.page, 'referral-target').selectOption(`fw:${contract.framework!.id}`)
      await qa(worker.page, 'referral-reason').fill('Työnhaku')
      await qa(worker.page, 'referral-submit').click()
      await expect.poll(() => qa(worker.page, 'case-referral').count()).toBe(before + 1)
      expect(await axeViolations(worker.page), 'case view with a referral').toEqual([])
      await worker.context.close()
      const mine = await aino.get<Referral[]>(`/api/v1/customers/${aino.customerId}/referrals`)
      const referral = mine.find((r) => r.status === 'awaiting_choice')!
      // The young person's choice among the three providers, side by side, in her own view.
      const own = await aino.get<Referral>(`/api/v1/referrals/${referral.id}`)
      expect(own.choices).toHaveLength(3)
      const young = await newSession(browser)
      await signIn(young.page, 'aino')
      await new Header(young.page).switchLanguage(run.lang)
      const options = qa(young.page, 'provider-option')
      await expect.poll(() => options.count()).toBe(3)
      expect(await axeViolations(young.page), 'provider choice').toEqual([])
      await qa(options.filter({ hasText: run.localName }), 'choose-provider').click()
      await expect.poll(() => qa(young.page, 'provider-choices').count()).toBe(0)
      await young.context.close()
      expect((await aino.get<Referral>(`/api/v1/referrals/${referral.id}`)).status).toBe('sent')
      const requests = await aino.get<{ items: { id: string; purpose: string; status: string }[] }>(
        `/api/v1/customers/${aino.customerId}/consent-requests`,
      )
      const open = requests.items.find(
        (r) => r.purpose === 'purchased_service' && r.status === 'requested',
      )!
      await aino.send(
        'POST',
        `/api/v1/customers/${aino.customerId}/consent-requests/${open.id}/answer`,
        {
          accept: true,
        },
      )

      const { context, page } = await newSession(browser)
      await signIn(page, run.provider)
      await new Header(page).switchLanguage(run.lang)
      const provider = await new ProviderPage(page).open()
      expect(await axeViolations(page), 'provider view').toEqual([])
      await provider.accept(run.service)
      await provider.start(run.service)
      await provider.note(run.service, 'Haastattelu sovittu')
      await expect.poll(() => provider.noteField(run.service).inputValue()).toBe('')
      const notes = await te.get<{ notes: { body: string }[] }>(`/api/v1/referrals/${referral.id}`)
      expect(notes.notes.map((n) => n.body)).toEqual(['Haastattelu sovittu'])
      await provider.reportEmployment(run.service, helsinkiToday(), '1572860-0')
      await expect.poll(() => provider.row(run.service).count()).toBe(0)
      expect(await axeViolations(page), 'provider view after the outcome').toEqual([])
      await context.close()

      const session = await newSession(browser)
      await signIn(session.page, 'coordinator1')
      await new Header(session.page).switchLanguage(run.lang)
      const fees = await new FeesPage(session.page).open()
      await fees.contractRow(run.reference).waitFor()
      expect(await fees.contractRow(run.reference).textContent()).toMatch(/2[\s ,.]?000/)
      expect(await axeViolations(session.page), 'fee table').toEqual([])
      const file = await fees.downloadXlsx()
      const [sheet] = await readXlsxFile(fs.readFileSync(file))
      const rows = sheet!.data.slice(1)
      expect(rows.some((r) => r.includes(run.reference) && r.includes(2000))).toBe(true)
      await session.context.close()
    })
  }
})

interface CardVersion {
  id: string
  code: string
  status: string
}
interface Step {
  id: string
  referTo: { frameworkArrangementId: string | null } | null
}

/**
 * The parts of key journey 4 around it: an event card's "refer to a purchased service" step made
 * into a referral from the step (in Finnish), the young person handing the choice of provider to
 * her worker who then chooses (in Swedish), and the coordinator's providers and contracts (in
 * English). Runs after the journey above, whose referrals of Aino it leaves alone.
 */
describe.skipIf(!chromiumAvailable)(
  'purchased services: card step, worker’s choice, upkeep',
  () => {
    let browser: Browser
    let te: ApiSession
    let aino: ApiSession

    beforeAll(async () => {
      browser = await launchBrowser()
      te = await apiSession('te1')
      aino = await apiSession('aino')
    })
    afterAll(async () => {
      await Promise.all([browser?.close(), te?.close(), aino?.close()])
      for (const username of ['te1', 'aino', 'coordinator1']) await restoreLocale(username)
    })

    test('a card step refers, the young person asks her worker, the worker chooses', async () => {
      const cards = await te.get<{ items: CardVersion[] }>('/api/v1/event-cards')
      const card = cards.items.find(
        (c) => c.code === 'coaching_to_work' && c.status === 'published',
      )!
      const opened = await te.send<{ serviceActions: Step[] }>(
        'POST',
        `/api/v1/customers/${aino.customerId}/case/event-cards`,
        { eventCardVersionId: card.id },
      )
      const step = opened.serviceActions.find((s) => s.referTo)!
      const worker = await newSession(browser)
      await signIn(worker.page, 'te1')
      await new Header(worker.page).switchLanguage('fi')
      await worker.page.goto(`/customers/${aino.customerId}`)
      const stepCard = worker.page.locator(`[data-qa="service-action"][data-qa-id="${step.id}"]`)
      await qa(stepCard, 'step-referral-target').waitFor()
      expect(await qa(stepCard, 'step-referral-target').textContent()).toContain(
        'Työllistymisen puitejärjestely',
      )
      await qa(stepCard, 'step-refer').click()
      await qa(stepCard, 'step-referral-reason').fill('Valmennukseen')
      expect(await axeViolations(worker.page), 'referral from a step').toEqual([])
      await qa(stepCard, 'step-referral-submit').click()
      await qa(stepCard, 'step-referral-made').waitFor()
      const referrals = await aino.get<(Referral & { serviceActionId: string | null })[]>(
        `/api/v1/customers/${aino.customerId}/referrals`,
      )
      const referral = referrals.find((r) => r.serviceActionId === step.id)!
      expect(referral.status).toBe('awaiting_choice')

      // The young person hands the choice to her worker.
      const young = await newSession(browser)
      await signIn(young.page, 'aino')
      await new Header(young.page).switchLanguage('sv')
      const choice = young.page.locator('[data-qa="provider-choice"]').filter({
        has: young.page.locator('[data-qa="ask-worker"]'),
      })
      await qa(choice.first(), 'ask-worker').click()
      await qa(young.page, 'asked-worker').first().waitFor()
      expect(await qa(young.page, 'asked-worker').first().textContent()).toContain('handledare')
      expect(await axeViolations(young.page), 'choice handed to the worker').toEqual([])
      await young.context.close()

      // The worker sees the request and chooses as she would have.
      await new Header(worker.page).switchLanguage('sv')
      await worker.page.reload()
      const asked = qa(worker.page, 'worker-choice')
      await asked.waitFor()
      expect(await qa(asked, 'asked-to-choose').textContent()).toContain('bad dig välja')
      await expect.poll(() => qa(asked, 'worker-provider-option').count()).toBe(3)
      expect(await axeViolations(worker.page), 'worker asked to choose').toEqual([])
      await qa(asked, 'worker-choose-provider').first().click()
      await expect.poll(() => qa(worker.page, 'worker-choice').count()).toBe(0)
      await worker.context.close()
      expect((await aino.get<Referral>(`/api/v1/referrals/${referral.id}`)).status).toBe('sent')
    })

    test('the coordinator keeps providers and contracts', async () => {
      const { context, page } = await newSession(browser)
      await signIn(page, 'coordinator1')
      await new Header(page).switchLanguage('en')
      await qa(page, 'nav-purchasing').click()
      await qa(page, 'provider-row').first().waitFor()
      await qa(page, 'contract-row').first().waitFor()
      expect(await axeViolations(page), 'providers and contracts').toEqual([])
      // A new provider: a business ID with a wrong check digit is refused in the user's words.
      await qa(page, 'provider-new').click()
      await qa(page, 'provider-code').fill('provider-e2e')
      for (const l of ['fi', 'sv', 'en']) {
        await qa(page, `provider-name-${l}`).fill(`Testi ${l}`)
        await qa(page, `provider-description-${l}`).fill(`Kuvaus ${l}`)
      }
      await qa(page, 'provider-business-id').fill('1234567-8')
      await qa(page, 'provider-save').click()
      await page.getByText('The business ID is not valid').waitFor()
      expect(await axeViolations(page), 'provider form with an error').toEqual([])
      await qa(page, 'provider-business-id').fill('1902055-4')
      await qa(page, 'provider-save').click()
      await qa(page, 'provider-form').waitFor({ state: 'hidden' })
      // Providers are paged by name: the new one shows, on this page or the next.
      const added = page.locator('[data-qa="provider-row"]', { hasText: '1902055-4' })
      for (let i = 0; i < 5 && (await added.count()) === 0; i++) {
        if ((await qa(page, 'providers-more').count()) === 0) break
        await qa(page, 'providers-more').click()
        await page.waitForTimeout(200)
      }
      await added.waitFor()
      // A contract's capacity and fixed fee in euros; the change is confirmed first.
      const row = page.locator('[data-qa="contract-row"][data-qa-reference="OSTO-2020-02"]')
      await qa(row, 'contract-edit').click()
      await qa(page, 'contract-capacity').fill('170')
      await qa(page, 'contract-fixed-fee').fill('900.50')
      await qa(page, 'contract-save').click()
      await answerConfirmDialog(page, 'confirm-contract-change', true)
      await qa(page, 'contract-form').waitFor({ state: 'hidden' })
      await expect.poll(() => row.textContent()).toContain('/ 170')
      const contracts =
        await te.get<(Contract & { capacity: number; fixedFeeCents: number })[]>(
          '/api/v1/contracts',
        )
      const changed = contracts.find((c) => c.reference === 'OSTO-2020-02')!
      expect([changed.capacity, changed.fixedFeeCents]).toEqual([170, 90050])
      await context.close()
    })
  },
)
