import type { Page } from 'playwright-core'
import { qa } from './qa'

/** The employer's form, reached without signing in. */
export class EmployerFormPage {
  constructor(private readonly page: Page) {}

  async open(): Promise<this> {
    await this.page.goto('/employer/new')
    await qa(this.page, 'employer-form').waitFor()
    return this
  }

  async submit(p: { title: string; businessId: string; validThrough: string }): Promise<void> {
    const page = this.page
    await qa(page, 'job-title').fill(p.title)
    await qa(page, 'job-description').fill('Kahvilaan kesäksi myyjä ja leipoja.')
    await qa(page, 'job-employer-name').fill('Kahvila Esimerkki Oy')
    await qa(page, 'job-business-id').fill(p.businessId)
    await qa(page, 'job-municipality').fill('564')
    await qa(page, 'job-employment-type').selectOption('summer_job')
    await qa(page, 'job-working-time').selectOption('part_time')
    await qa(page, 'job-valid-through').fill(p.validThrough)
    await qa(page, 'job-apply-email').fill('kahvila@example.fi')
    await qa(page, 'job-contact-email').fill('kahvila@example.fi')
    await qa(page, 'submit-job').click()
  }
}

/** The coordinator's moderation queue. */
export class ModerationPage {
  constructor(private readonly page: Page) {}

  async open(): Promise<this> {
    await this.page.goto('/job-moderation')
    await this.page.locator('[data-qa="moderation-queue"], .empty-state').first().waitFor()
    return this
  }

  item(title: string) {
    return qa(this.page, 'moderation-item').filter({ hasText: title })
  }
}
