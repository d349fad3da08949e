import type { Page } from 'playwright-core'
import { qa } from './qa'

/**
 * The worker's joint customers. The page opens on "my customers"; this object shows all the
 * organisation may see unless told `mine()`, as most journeys look for someone there.
 */
export class CustomerListPage {
  private scope: 'mine' | 'organisation' = 'organisation'

  constructor(readonly page: Page) {}

  /** Shows only the worker's own cases from now on. */
  async mine(): Promise<this> {
    this.scope = 'mine'
    await this.waitForList()
    return this
  }

  async open(): Promise<this> {
    await this.page.goto('/customers')
    await this.waitForList()
    return this
  }

  /** Waits until the list (or its empty state) is shown, in the scope this object shows. */
  async waitForList(): Promise<void> {
    const radio = this.page.locator(`#customer-scope-${this.scope}`)
    await radio.waitFor({ state: 'attached' })
    if (!(await radio.isChecked()))
      await this.page.locator(`label[for="customer-scope-${this.scope}"]`).click()
    // The previous scope's rows stay on screen until the new ones arrive.
    await this.page
      .locator(`[data-qa="customer-results"][data-qa-scope="${this.scope}"][aria-busy="false"]`)
      .waitFor()
    await this.page
      .locator('[data-qa="customer-row"], [data-qa="empty-state"], [data-qa="error-state"]')
      .first()
      .waitFor()
  }

  rows() {
    return qa(this.page, 'customer-row')
  }

  /** Names as listed: "Lastname, Firstname". */
  async names(): Promise<string[]> {
    await this.waitForList()
    return (await qa(this.page, 'customer-link').allTextContents()).map((s) => s.trim())
  }

  async search(q: string): Promise<void> {
    await qa(this.page, 'customer-search-input').fill(q)
    await qa(this.page, 'customer-search-submit').click()
  }

  async openCustomer(name: string): Promise<void> {
    await qa(this.page, 'customer-link').filter({ hasText: name }).click()
    await this.page.waitForURL(/\/customers\/[0-9a-f-]{36}$/)
    await qa(this.page, 'identity-code').waitFor()
  }

  /** "Showing 20 of over 1,000" and the like. */
  totalCount() {
    return qa(this.page, 'total-count')
  }

  async searchByIdentityCode(code: string): Promise<void> {
    await qa(this.page, 'customer-search-identity-code').fill(code)
    await qa(this.page, 'customer-search-submit').click()
  }

  pagination() {
    return qa(this.page, 'pagination')
  }
}
