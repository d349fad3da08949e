import type { Page } from 'playwright-core'
import { qa } from './qa'

/** The coordinator's network overview. */
export class NetworkPage {
  constructor(readonly page: Page) {}

  async open(): Promise<this> {
    await this.page.goto('/network')
    await qa(this.page, 'network-organisation').first().waitFor()
    return this
  }

  organisations() {
    return qa(this.page, 'network-organisation')
  }
  programme() {
    return qa(this.page, 'programme')
  }
  municipalities() {
    return qa(this.page, 'municipality')
  }
}
