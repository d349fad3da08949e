import type { Page } from 'playwright-core'
import { answerConfirmDialog } from './ConfirmDialog'
import { qa } from './qa'

type Localised = { fi: string; sv: string; en: string }

/** The coordinator's service tray: its list and one service's form. */
export class ServiceTrayPage {
  constructor(readonly page: Page) {}

  async open(): Promise<this> {
    await this.page.goto('/service-tray')
    await qa(this.page, 'service-row').first().waitFor()
    return this
  }

  row(name: string) {
    return qa(this.page, 'service-row').filter({ hasText: name })
  }

  async fillLocalised(qaName: string, text: Localised): Promise<void> {
    for (const lang of ['fi', 'sv', 'en'] as const)
      await qa(this.page, `${qaName}-${lang}`).fill(text[lang])
  }

  /** Ticks a checkbox by its accessible name, as a keyboard user would: focus and Space. */
  async tick(name: string): Promise<void> {
    await this.page.getByRole('checkbox', { name, exact: true }).focus()
    await this.page.keyboard.press('Space')
  }

  async answer(yes: boolean): Promise<void> {
    await answerConfirmDialog(this.page, 'confirm-service-dialog', yes)
  }
}

/** The workers' list of published services. */
export class ServicesPage {
  constructor(readonly page: Page) {}

  async open(): Promise<this> {
    await this.page.goto('/services')
    await qa(this.page, 'service-card').first().waitFor()
    return this
  }

  async search(text: string, municipality?: string): Promise<void> {
    await qa(this.page, 'service-search-text').fill(text)
    if (municipality)
      await qa(this.page, 'service-municipality').selectOption({ label: municipality })
    await qa(this.page, 'service-search-text').press('Enter')
  }
}
