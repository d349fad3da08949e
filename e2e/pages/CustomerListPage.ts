import type { Page } from 'playwright-core'
import { qa } from './qa'

/** The worker's "My joint customers". */
export class CustomerListPage {
  constructor(readonly page: Page) {}

  async open(): Promise<this> {
    await this.page.goto('/customers')
    await this.waitForList()
    return this
  }

  /** Waits until the list (or its empty state) is shown. */
  async waitForList(): Promise<void> {
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

  pagination() {
    return qa(this.page, 'pagination')
  }
}
