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

/** A career story's and an event's editors in the app (StoryEditPage, EventEditPage). */
export class StoryAndEventEditors {
  constructor(readonly page: Page) {}

  /** The id of a municipality's option in a form's municipality select. */
  municipalityOption(selectQa: string, name: string): Promise<string | null> {
    return this.page
      .locator(`[data-qa="${selectQa}"] option`, { hasText: name })
      .getAttribute('value')
  }

  async fillTexts(title: string, body: string): Promise<void> {
    for (const l of ['fi', 'sv', 'en']) {
      await qa(this.page, `content-title-${l}`).fill(`${title} ${l}`)
      await qa(this.page, `content-body-${l}`).fill(`${body} ${l}`)
    }
  }

  async newStory(): Promise<void> {
    await qa(this.page, 'new-story').click()
    await qa(this.page, 'story-form').waitFor()
  }

  async newEvent(): Promise<void> {
    await qa(this.page, 'new-event').click()
    await qa(this.page, 'event-form').waitFor()
  }

  /** Saves the draft; a new one moves to its own address. */
  async save(kind: 'stories' | 'events'): Promise<string> {
    await qa(this.page, 'save-content').click()
    await this.page.waitForURL(new RegExp(`/app/site-content/${kind}/[0-9a-f-]{36}$`))
    await qa(this.page, 'content-status').waitFor()
    return this.page.url().split('/').at(-1)!
  }

  async recordConsent(): Promise<void> {
    await qa(this.page, 'record-consent').click()
    await answerConfirmDialog(this.page, 'confirm-consent-dialog', true)
    await qa(this.page, 'withdraw-consent').waitFor()
  }

  async withdrawConsent(): Promise<void> {
    await qa(this.page, 'withdraw-consent').click()
    await answerConfirmDialog(this.page, 'confirm-consent-dialog', true)
    await qa(this.page, 'record-consent').waitFor()
  }

  async uploadImage(
    file: { name: string; mimeType: string; buffer: Buffer },
    alt: string,
  ): Promise<void> {
    await qa(this.page, 'image-file').setInputFiles(file)
    for (const l of ['fi', 'sv', 'en']) await qa(this.page, `image-alt-${l}`).fill(`${alt} ${l}`)
    await qa(this.page, 'upload-image').click()
  }

  async removeImage(): Promise<void> {
    await qa(this.page, 'remove-image').click()
    await answerConfirmDialog(this.page, 'confirm-image-dialog', true)
    await qa(this.page, 'no-image').waitFor()
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
}
