import type { Page } from 'playwright-core'
import { qa } from './qa'

/** The young person's plan, team, consent requests and messages. */
export class PlanPage {
  constructor(readonly page: Page) {}

  async open(): Promise<this> {
    await this.page.goto('/plan')
    await this.waitForPlan()
    return this
  }

  async waitForPlan(): Promise<void> {
    await this.page
      .locator(
        '[data-qa="plan-page"] > :is([data-qa="plan-next"], [data-qa="empty-state"], [data-qa="error-state"])',
      )
      .first()
      .waitFor()
  }

  steps() {
    return qa(this.page, 'plan-step')
  }

  step(id: string) {
    return this.page.locator(`[data-qa="plan-step"][data-qa-id="${id}"]`)
  }

  async stepTexts(): Promise<string[]> {
    return (await qa(this.page, 'plan-step-text').allTextContents()).map((s) => s.trim())
  }

  openRequest(orgCode: string) {
    return this.page.locator(`[data-qa="open-request"][data-qa-org-code="${orgCode}"]`)
  }

  answeredRequests(status: 'accepted' | 'declined') {
    return this.page.locator(`[data-qa="answered-request"][data-qa-status="${status}"]`)
  }

  messages() {
    return qa(qa(this.page, 'plan-messages'), 'message')
  }
}
