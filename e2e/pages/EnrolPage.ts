import type { Page } from 'playwright-core'
import { qa } from './qa'

export interface EligibilityInput {
  identityCode: string
  /** The municipality's name as shown in the current language. */
  municipality: string
  qualification: 'none' | 'upper_secondary_general' | 'vocational' | 'higher'
}

/** The worker's "Enrol a young person". */
export class EnrolPage {
  constructor(readonly page: Page) {}

  async open(): Promise<this> {
    await this.page.goto('/enrol')
    await this.form().waitFor()
    return this
  }

  /** Through the main navigation, as a worker would. */
  async openFromNavigation(): Promise<this> {
    await qa(this.page, 'nav-enrol').click()
    await this.form().waitFor()
    return this
  }

  form() {
    return qa(this.page, 'enrol-form')
  }

  async check(input: EligibilityInput): Promise<void> {
    await qa(this.page, 'identity-code-input').fill(input.identityCode)
    await qa(this.page, 'municipality').selectOption({ label: input.municipality })
    await qa(this.page, 'qualification').selectOption(input.qualification)
    await qa(this.page, 'check-eligibility').click()
    await qa(this.page, 'check-result').waitFor()
  }

  /** The rules as checked: rule code → met. */
  async rules(): Promise<Record<string, boolean>> {
    const rows = await qa(this.page, 'rule').evaluateAll((els) =>
      els.map((e) => [e.getAttribute('data-qa-rule'), e.getAttribute('data-qa-ok') === 'true']),
    )
    return Object.fromEntries(rows) as Record<string, boolean>
  }

  ruleText(rule: string) {
    return this.page.locator(`[data-qa="rule"][data-qa-rule="${rule}"]`)
  }

  overrideReason() {
    return qa(this.page, 'override-reason')
  }

  async fillPerson(p: { firstName: string; lastName: string; email?: string }): Promise<void> {
    await qa(this.page, 'first-name').fill(p.firstName)
    await qa(this.page, 'last-name').fill(p.lastName)
    if (p.email) await qa(this.page, 'email').fill(p.email)
  }

  async submit(): Promise<void> {
    await qa(this.page, 'enrol-submit').click()
  }

  /** Submits and waits for the new customer's page with the case on it. */
  async enrol(): Promise<string> {
    await this.submit()
    await this.page.waitForURL(/\/customers\/[0-9a-f-]{36}$/)
    await qa(this.page, 'case').waitFor()
    return this.page.url().split('/').pop()!
  }
}
