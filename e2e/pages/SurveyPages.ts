import type { Page } from 'playwright-core'
import { qa } from './qa'

/** The satisfaction survey through its one-time link, without signing in. */
export class SurveyLinkPage {
  constructor(readonly page: Page) {}

  async open(link: string): Promise<this> {
    await this.page.goto(link)
    return this
  }
  form() {
    return qa(this.page, 'survey')
  }
  done() {
    return qa(this.page, 'survey-done')
  }
  gone() {
    return qa(this.page, 'survey-gone')
  }
  async answer(scores: Record<string, number>, text: string): Promise<void> {
    await this.form().waitFor()
    for (const [question, score] of Object.entries(scores)) {
      // suomifi's radio button hides the native input behind its own mark: click the label.
      await this.page.locator(`label[for="survey-${question}-${score}"]`).click()
    }
    await qa(this.page, 'survey-free-text').fill(text)
    await qa(this.page, 'survey-submit').click()
    await this.done().waitFor()
  }
}

/** The coordinator's monitoring dashboard. */
export class MonitoringPage {
  constructor(readonly page: Page) {}

  async open(): Promise<this> {
    await this.page.goto('/monitoring')
    await qa(this.page, 'figure-customersAtMonthEnd').waitFor()
    return this
  }
  figure(id: string) {
    return qa(this.page, `figure-${id}`)
  }
  grandTotal(id: string) {
    return qa(this.figure(id), 'figure-grand-total')
  }
  /** A chart's SVG (customers, flows, successful), drawn once Plot has loaded. */
  chart(id: string) {
    return qa(this.page, `chart-${id}`).locator('svg[aria-label]')
  }
  async downloadCsv() {
    const [download] = await Promise.all([
      this.page.waitForEvent('download'),
      qa(this.page, 'download-csv').click(),
    ])
    return download
  }
  /** Starts a long export in the background and downloads it once its link appears. */
  async exportInBackground(format: 'csv' | 'xlsx') {
    await qa(this.page, `export-job-start-${format}`).click()
    const link = qa(qa(this.page, 'export-job').first(), 'export-job-download')
    await link.waitFor({ timeout: 60_000 })
    const [download] = await Promise.all([this.page.waitForEvent('download'), link.click()])
    return download
  }
}
