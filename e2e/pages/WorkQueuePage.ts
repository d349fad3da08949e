import type { Page } from 'playwright-core'
import { qa } from './qa'

/** The worker's work queue. */
export class WorkQueuePage {
  constructor(readonly page: Page) {}

  async open(query = ''): Promise<this> {
    await this.page.goto(`/work-queue${query}`)
    await this.waitForList()
    return this
  }

  async openFromNavigation(): Promise<this> {
    await qa(this.page, 'nav-work-queue').click()
    await this.waitForList()
    return this
  }

  async waitForList(): Promise<void> {
    await this.page
      .locator('[data-qa="queue-row"], [data-qa="empty-state"], [data-qa="error-state"]')
      .first()
      .waitFor()
  }

  rows() {
    return qa(this.page, 'queue-row')
  }

  row(id: string) {
    return this.page.locator(`[data-qa="queue-row"][data-qa-id="${id}"]`)
  }

  rowsOf(customerId: string) {
    return this.page.locator(`[data-qa="queue-row"][data-qa-customer="${customerId}"]`)
  }

  overdueRows() {
    return this.page.locator('[data-qa="queue-row"][data-overdue="true"]')
  }

  async chooseScope(scope: 'mine' | 'organisation'): Promise<void> {
    await this.page.locator(`label[for="queue-scope-${scope}"]`).click()
    await this.page.waitForURL(new RegExp(`scope=${scope}`))
    await this.waitForList()
  }

  /** Opens the step of a row from its first cell. */
  async openStep(id: string): Promise<void> {
    await qa(this.row(id), 'queue-step-link').click()
    await this.page.waitForURL(new RegExp(`/steps/${id}$`))
    await qa(this.page, 'step-details').waitFor()
  }

  async toggleOverdueOnly(): Promise<void> {
    await this.page.locator('label[for="queue-overdue-only"]').click()
  }
}
