import type { Page } from 'playwright-core'
import { qa } from './qa'

/** One service action: where it came from, whose it is; its owner gives it on or marks it done. */
export class StepPage {
  constructor(readonly page: Page) {}

  async open(stepId: string): Promise<this> {
    await this.page.goto(`/steps/${stepId}`)
    await this.waitForStep()
    return this
  }

  async waitForStep(): Promise<void> {
    await qa(this.page, 'step-details').waitFor()
  }

  assignee() {
    return qa(this.page, 'step-assignee')
  }

  /** Gives the step to a colleague (by their account id); the change is saved on return. */
  async giveTo(userId: string): Promise<void> {
    await qa(this.page, 'assignee').selectOption(userId)
    const saved = this.page.waitForResponse(
      (r) => r.url().includes('/api/v1/service-actions/') && r.request().method() === 'PATCH',
    )
    await qa(this.page, 'assign').click()
    await saved
  }

  async markDone(comment: string): Promise<void> {
    await qa(this.page, 'done-comment').fill(comment)
    await qa(this.page, 'mark-done').click()
    await qa(this.page, 'step-done-at').waitFor()
  }
}
