import type { Page } from 'playwright-core'
import { answerConfirmDialog } from './ConfirmDialog'
import { qa } from './qa'

/** The content editor's pages in the app: the list, and one page's editor with its preview. */
export class SiteContentPages {
  constructor(readonly page: Page) {}

  async openList(): Promise<void> {
    await this.page.goto('/app/site-content')
    await qa(this.page, 'content-page-row').first().waitFor()
  }

  async newPage(): Promise<void> {
    await qa(this.page, 'new-content-page').click()
    await qa(this.page, 'content-page-form').waitFor()
  }

  async fill(municipalityId: string, title: string, body: string): Promise<void> {
    await qa(this.page, 'content-municipality').selectOption(municipalityId)
    for (const l of ['fi', 'sv', 'en']) {
      await qa(this.page, `content-title-${l}`).fill(`${title} ${l}`)
      await qa(this.page, `content-body-${l}`).fill(`${body} ${l}`)
    }
  }

  async preview(): Promise<string> {
    await qa(this.page, 'preview-content').click()
    const box = qa(this.page, 'content-preview')
    await box.waitFor()
    return box.innerHTML()
  }

  async save(): Promise<void> {
    await qa(this.page, 'save-content').click()
    await this.page.waitForURL(/\/app\/site-content\/pages\/[0-9a-f-]{36}$/)
    await qa(this.page, 'content-status').waitFor()
  }

  async publish(): Promise<void> {
    await qa(this.page, 'publish-content').click()
    await answerConfirmDialog(this.page, 'confirm-content-dialog', true)
    await qa(this.page, 'unpublish-content').waitFor()
  }

  async unpublish(): Promise<void> {
    await qa(this.page, 'unpublish-content').click()
    await answerConfirmDialog(this.page, 'confirm-content-dialog', true)
    await qa(this.page, 'publish-content').waitFor()
  }

  status() {
    return qa(this.page, 'content-status')
  }
}
