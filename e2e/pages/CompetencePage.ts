import type { Page } from 'playwright-core'
import { qa } from './qa'

/** The young person's "My competence" page and the public shared page. */
export class CompetencePage {
  constructor(readonly page: Page) {}

  async open(): Promise<this> {
    await this.page.goto('/competence')
    await this.profileOrEmpty().waitFor()
    return this
  }

  profileOrEmpty() {
    return qa(this.page, 'competence-profile').or(qa(this.page, 'competence-empty')).first()
  }
  profile() {
    return qa(this.page, 'competence-profile')
  }

  async importFile(name: string, content: string): Promise<void> {
    await qa(this.page, 'competence-import-file').setInputFiles({
      name,
      mimeType: name.endsWith('.json') ? 'application/json' : 'text/csv',
      buffer: Buffer.from(content, 'utf8'),
    })
    await qa(this.page, 'competence-import-submit').click()
  }
  importErrors() {
    return qa(this.page, 'competence-import-errors')
  }
  imported() {
    return qa(this.page, 'competence-imported')
  }

  async addConcept(search: string, pick: string): Promise<void> {
    await qa(this.page, 'competence-add-input').fill(search)
    await qa(this.page, 'competence-add-pick').filter({ hasText: pick }).first().click()
    await qa(this.page, 'competence-added').waitFor()
  }

  async setLanguage(code: string, cefr: string): Promise<void> {
    await qa(this.page, 'competence-language-code').selectOption(code)
    await qa(this.page, 'competence-language-cefr').selectOption(cefr)
    await qa(this.page, 'competence-language-save').click()
    await qa(this.page, 'competence-language-saved').waitFor()
  }

  async setAvailability(from: string, workingTime: string): Promise<void> {
    await qa(this.page, 'competence-available-from').fill(from)
    await qa(this.page, 'competence-working-time').selectOption(workingTime)
    await qa(this.page, 'competence-availability-save').click()
    await qa(this.page, 'competence-availability-saved').waitFor()
  }

  async createShareLink(): Promise<string> {
    await qa(this.page, 'competence-share-create').click()
    return (await qa(this.page, 'competence-share-url').textContent())!.trim()
  }
}
