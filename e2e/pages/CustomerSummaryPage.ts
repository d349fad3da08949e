import type { Page } from 'playwright-core'
import { qa } from './qa'

/** A customer's summary as a worker sees it. */
export class CustomerSummaryPage {
  constructor(readonly page: Page) {}

  async open(path: string): Promise<this> {
    await this.page.goto(path)
    await this.page
      .locator('[data-qa="identity-code"], [data-qa="customer-not-found"], [data-qa="error-state"]')
      .first()
      .waitFor()
    return this
  }

  heading() {
    return qa(this.page, 'page-heading')
  }
  identityCode() {
    return qa(this.page, 'identity-code')
  }
  heldConsents() {
    return qa(this.page, 'held-consent')
  }
  notFound() {
    return qa(this.page, 'customer-not-found')
  }
}
