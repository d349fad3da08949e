import type { Page } from 'playwright-core'
import { qa } from './qa'

/** The provider's view: capacity per contract and the incoming referrals. */
export class ProviderPage {
  constructor(private readonly page: Page) {}

  async open(): Promise<this> {
    await this.page.goto('/provider')
    await qa(this.page, 'provider-contract').first().waitFor()
    return this
  }

  /** The row of the newest referral of the service. */
  row(service: string) {
    return qa(this.page, 'provider-referral').filter({ hasText: service }).first()
  }

  async accept(service: string): Promise<void> {
    await qa(this.row(service), 'referral-accept').click()
    await qa(this.row(service), 'referral-start').waitFor()
  }

  async start(service: string): Promise<void> {
    await qa(this.row(service), 'referral-start').click()
    await qa(this.row(service), 'referral-report').waitFor()
  }

  /** A progress note for the team; the field empties once it is saved. */
  async note(service: string, text: string): Promise<void> {
    const row = this.row(service)
    await qa(row, 'referral-note').fill(text)
    await qa(row, 'referral-note-save').click()
  }

  noteField(service: string) {
    return qa(this.row(service), 'referral-note')
  }

  async reportEmployment(service: string, evidenceOn: string, businessId: string): Promise<void> {
    const row = this.row(service)
    await qa(row, 'referral-report').click()
    await qa(row, 'outcome-select').selectOption('employed_open_market')
    await qa(row, 'outcome-date').fill(evidenceOn)
    await qa(row, 'outcome-employer').fill(businessId)
    await qa(row, 'outcome-save').click()
  }
}

/** The coordinator's fee table of a month, with its downloads. */
export class FeesPage {
  constructor(private readonly page: Page) {}

  async open(): Promise<this> {
    await this.page.goto('/fees')
    await qa(this.page, 'fees-invoiced').waitFor()
    return this
  }

  contractRow(reference: string) {
    return qa(this.page, 'fee-contract').filter({ hasText: reference })
  }

  /** Downloads the month's XLSX through the page's own link. */
  async downloadXlsx(): Promise<string> {
    const [download] = await Promise.all([
      this.page.waitForEvent('download'),
      qa(this.page, 'fees-xlsx').click(),
    ])
    const file = await download.path()
    if (!file) throw new Error('the download did not complete')
    return file
  }
}
