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
    await this.openAdd('languages')
    await qa(this.page, 'competence-language-code').selectOption(code)
    await qa(this.page, 'competence-language-cefr').selectOption(cefr)
    await this.save('languages')
  }

  /** A section of the profile (qualifications, workExperience, interests, …). */
  section(section: string) {
    return qa(this.page, `competence-${section}`)
  }
  form(section: string) {
    return qa(this.page, `competence-${section}-form`)
  }
  field(section: string, name: string) {
    return qa(this.page, `competence-${section}-${name}`)
  }
  fieldError(section: string, name: string) {
    return qa(this.page, `competence-${section}-${name}-error`)
  }
  async openAdd(section: string): Promise<void> {
    await qa(this.page, `competence-${section}-add`).click()
    await this.form(section).waitFor()
  }
  /** Submits the open form; waits until it closed (saved) unless `expectErrors`. */
  async save(section: string, expectErrors = false): Promise<void> {
    await qa(this.page, `competence-${section}-save`).click()
    if (!expectErrors) await this.form(section).waitFor({ state: 'detached' })
  }
  /** Picks a concept in a form's concept field by searching. */
  async pickConcept(
    section: string,
    name: string,
    search: string,
    pick: string | RegExp,
  ): Promise<void> {
    await qa(this.page, `competence-${section}-${name}-input`).fill(search)
    await qa(this.page, `competence-${section}-${name}-pick`)
      .filter({ hasText: pick })
      .first()
      .click()
    await qa(this.page, `competence-${section}-${name}-chosen`).waitFor()
  }
  item(section: string, text: string) {
    return qa(this.section(section), 'competence-item').filter({ hasText: text })
  }
  async edit(section: string, text: string): Promise<void> {
    await qa(this.item(section, text), 'competence-item-edit').click()
    await this.form(section).waitFor()
  }
  async remove(section: string, text: string): Promise<void> {
    await qa(this.item(section, text), 'competence-item-remove').click()
    await qa(this.page, 'competence-remove-dialog').waitFor()
    await qa(this.page, 'confirm-yes').click()
    await this.item(section, text).waitFor({ state: 'detached' })
  }

  /** Gives the competence consent (job search support) to an organisation, in this page. */
  async shareWithOrganisation(name: string): Promise<void> {
    await qa(this.page, 'competence-network-organisation').selectOption({ label: name })
    await qa(this.page, 'competence-network-submit').click()
    await qa(this.page, 'competence-network-holder').filter({ hasText: name }).waitFor()
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
