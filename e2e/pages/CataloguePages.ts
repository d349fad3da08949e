import type { Page } from 'playwright-core'
import { answerConfirmDialog } from './ConfirmDialog'
import { qa } from './qa'

type Localised = { fi: string; sv: string; en: string }

async function fillLocalised(page: Page, qaName: string, text: Localised): Promise<void> {
  for (const lang of ['fi', 'sv', 'en'] as const) {
    await qa(page, `${qaName}-${lang}`).fill(text[lang])
  }
}

/** The coordinator's indicator catalogue. */
export class IndicatorsPage {
  constructor(readonly page: Page) {}

  async open(): Promise<this> {
    await this.page.goto('/catalogue/indicators')
    await qa(this.page, 'indicator-row').first().waitFor()
    return this
  }

  row(code: string) {
    return this.page.locator(`[data-qa="indicator-row"][data-qa-code="${code}"]`)
  }

  async add(input: { code: string; name: Localised; category: string }): Promise<void> {
    await qa(this.page, 'indicator-code').fill(input.code)
    await fillLocalised(this.page, 'indicator-name', input.name)
    await qa(this.page, 'indicator-category').selectOption(input.category)
    await qa(this.page, 'indicator-save').click()
    await this.row(input.code).waitFor()
  }

  async edit(code: string): Promise<void> {
    await qa(this.row(code), 'edit-indicator').click()
    await qa(this.page, 'indicator-cancel').waitFor()
  }

  async toggle(code: string, to: boolean): Promise<void> {
    await qa(this.row(code), 'toggle-indicator').click()
    await this.page
      .locator(`[data-qa="indicator-row"][data-qa-code="${code}"][data-qa-active="${to}"]`)
      .waitFor()
  }
}

/** The event-card catalogue and one card's page. */
export class EventCardsPage {
  constructor(readonly page: Page) {}

  async open(): Promise<this> {
    await this.page.goto('/catalogue/event-cards')
    await qa(this.page, 'event-card').first().waitFor()
    return this
  }

  card(code: string) {
    return this.page.locator(`[data-qa="event-card"][data-qa-code="${code}"]`)
  }

  version(code: string, version: number) {
    return this.card(code).locator(`[data-qa="card-version"][data-qa-version="${version}"]`)
  }

  async statusOf(code: string, version: number): Promise<string | null> {
    return this.version(code, version).getAttribute('data-qa-status')
  }

  form() {
    return qa(this.page, 'event-card-form')
  }

  async fillCard(input: { code?: string; name: Localised; ways: Localised }): Promise<void> {
    if (input.code) await qa(this.page, 'card-code').fill(input.code)
    await fillLocalised(this.page, 'card-name', input.name)
    await fillLocalised(this.page, 'card-ways', input.ways)
  }

  steps() {
    return qa(this.page, 'step-editor')
  }

  confirmDialog() {
    return qa(this.page, 'confirm-card-dialog')
  }

  /** Answers the publish or retire question: yes with Enter on the button, or Escape. */
  async answer(yes: boolean): Promise<void> {
    await answerConfirmDialog(this.page, 'confirm-card-dialog', yes)
  }

  async fillStep(
    index: number,
    input: { organisation: string; days: number; instruction: Localised; customerText: Localised },
  ): Promise<void> {
    const step = this.steps().nth(index)
    await qa(step, 'step-organisation').selectOption({ label: input.organisation })
    await qa(step, 'step-due').fill(String(input.days))
    await fillLocalised(this.page, `step-${index}-instruction`, input.instruction)
    await fillLocalised(this.page, `step-${index}-customer-text`, input.customerText)
  }
}
