import type { Page } from 'playwright-core'
import { qa } from './qa'

/** The young person's own page. */
export class MyPage {
  constructor(readonly page: Page) {}

  async open(): Promise<this> {
    await this.page.goto('/app/')
    await this.waitForContent()
    return this
  }

  async waitForContent(): Promise<void> {
    await this.page
      .locator('[data-qa="consent-row"], [data-qa="my-consents"] [data-qa="empty-state"]')
      .first()
      .waitFor()
    await this.page
      .locator('[data-qa="access-log-row"], [data-qa="access-log"] [data-qa="empty-state"]')
      .first()
      .waitFor()
  }

  /** The consent to the organisation with `code` (te-office, kela, oulu, …) that is valid now. */
  consent(
    code: string,
    status: 'given' | 'withdrawn' | 'expired' | 'awaiting_confirmation' = 'given',
  ) {
    return this.page.locator(
      `[data-qa="consent-row"][data-qa-org-code="${code}"][data-qa-status="${status}"]`,
    )
  }

  withdrawButton(code: string) {
    return qa(this.consent(code), 'withdraw-consent')
  }

  dialog() {
    return qa(this.page, 'withdraw-dialog')
  }

  async openWithdrawDialog(code: string): Promise<void> {
    await this.withdrawButton(code).click()
    await this.dialog().waitFor()
  }

  async confirmWithdraw(): Promise<void> {
    await qa(this.page, 'confirm-withdraw').click()
    await this.dialog().waitFor({ state: 'hidden' })
  }

  async cancelWithdraw(): Promise<void> {
    await qa(this.page, 'cancel-withdraw').click()
    await this.dialog().waitFor({ state: 'hidden' })
  }

  receiptLink(code: string, status: 'given' | 'withdrawn' | 'expired' = 'given') {
    return qa(this.consent(code, status), 'consent-receipt')
  }

  accessLogRows() {
    return qa(this.page, 'access-log-row')
  }

  giveForm() {
    return qa(this.page, 'give-consent-form')
  }

  organisationSelect() {
    return qa(this.page, 'consent-organisation')
  }

  /** The organisations offered in the give-consent form, by visible name. */
  async offeredOrganisations(): Promise<string[]> {
    const labels = await this.organisationSelect().locator('option').allTextContents()
    return labels.slice(1)
  }

  category(category: string) {
    return qa(this.page, `category-${category}`)
  }

  /** suomifi draws its own box over the input, so a pointer user clicks the label. */
  async toggleCategory(category: string): Promise<void> {
    await this.page.locator(`label[for="consent-category-${category}"]`).click()
  }

  async giveConsent(input: {
    organisation: string
    add?: string[]
    validUntil?: string
  }): Promise<void> {
    await this.organisationSelect().selectOption({ label: input.organisation })
    for (const c of input.add ?? []) await this.toggleCategory(c)
    if (input.validUntil) await qa(this.page, 'consent-valid-until').fill(input.validUntil)
    await qa(this.page, 'give-consent-submit').click()
  }

  liveRegion() {
    return qa(this.page, 'live-region')
  }
}
