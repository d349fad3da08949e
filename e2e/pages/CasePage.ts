import type { Page } from 'playwright-core'
import { qa } from './qa'

/** The joint customership on a customer's page, as a worker of the team sees it. */
export class CasePage {
  constructor(readonly page: Page) {}

  async open(customerId: string): Promise<this> {
    await this.page.goto(`/customers/${customerId}`)
    await this.waitForCase()
    return this
  }

  async waitForCase(): Promise<void> {
    await this.page
      .locator('[data-qa="case"], [data-qa="no-case"], [data-qa="customer-not-found"]')
      .first()
      .waitFor()
  }

  root() {
    return qa(this.page, 'case')
  }

  teamMember(orgCode: string) {
    return this.page.locator(`[data-qa="team-member"][data-qa-org-code="${orgCode}"]`)
  }

  async teamCodes(): Promise<string[]> {
    return qa(this.page, 'team-member').evaluateAll((els) =>
      els.map((e) => e.getAttribute('data-qa-org-code') ?? ''),
    )
  }

  actions(ownerCode?: string) {
    return ownerCode
      ? this.page.locator(`[data-qa="service-action"][data-qa-owner-code="${ownerCode}"]`)
      : qa(this.page, 'service-action')
  }

  action(id: string) {
    return this.page.locator(`[data-qa="service-action"][data-qa-id="${id}"]`)
  }

  async actionIds(ownerCode?: string): Promise<string[]> {
    return this.actions(ownerCode).evaluateAll((els) =>
      els.map((e) => e.getAttribute('data-qa-id') ?? ''),
    )
  }

  /** Raises the indicator with this visible name; its offered cards appear under it. */
  async raiseIndicator(name: string): Promise<void> {
    const offersBefore = await qa(this.page, 'offered-cards').evaluateAll((els) =>
      els.map((e) => e.getAttribute('data-qa-indicator')),
    )
    await qa(this.page, 'indicator-select').selectOption({ label: name })
    await qa(this.page, 'raise-indicator').click()
    // Other indicators may still offer cards: wait for this one's offer.
    await this.page.waitForFunction(
      (before) =>
        [...document.querySelectorAll('[data-qa="offered-cards"]')].some(
          (e) => !before.includes(e.getAttribute('data-qa-indicator')),
        ),
      offersBefore,
    )
  }

  /**
   * Tries to raise an indicator that is active on the case already: the refusal links to the
   * active one, and following the link moves focus there. Returns the active indicator's id.
   */
  async raiseActiveIndicator(name: string): Promise<string> {
    await qa(this.page, 'indicator-select').selectOption({ label: name })
    await qa(this.page, 'raise-indicator').click()
    await qa(this.page, 'go-to-existing-indicator').click()
    const focused = this.page.locator('[data-qa="raised-indicator"]:focus')
    await focused.waitFor()
    return (await focused.getAttribute('data-qa-id'))!
  }

  raisedIndicator(id: string) {
    return this.page.locator(`[data-qa="raised-indicator"][data-qa-id="${id}"]`)
  }

  /** Closes a raised indicator, answering its confirmation. */
  async closeIndicator(id: string): Promise<void> {
    await qa(this.raisedIndicator(id), 'close-indicator').click()
    await qa(this.raisedIndicator(id), 'confirm-close-indicator').click()
    await this.page
      .locator(`[data-qa="raised-indicator"][data-qa-id="${id}"][data-qa-active="false"]`)
      .waitFor()
  }

  offeredCard(code: string) {
    return this.page.locator(`[data-qa="offered-card"][data-qa-code="${code}"]`)
  }

  /** Opens an offered card and waits until its steps are on the case. */
  async openCard(code: string, steps: number): Promise<void> {
    const before = await this.actions().count()
    await qa(this.offeredCard(code), 'open-card').click()
    await this.offeredCard(code).waitFor({ state: 'detached' })
    await this.page.waitForFunction(
      (n) => document.querySelectorAll('[data-qa="service-action"]').length >= n,
      before + steps,
    )
  }

  /** Presses a status button (in_progress, done, cancelled, open) on one action. */
  async setStatus(id: string, status: string): Promise<void> {
    await qa(this.action(id), `action-${status}`).click()
    await this.page
      .locator(`[data-qa="service-action"][data-qa-id="${id}"][data-qa-status="${status}"]`)
      .waitFor()
  }

  async takeOver(id: string): Promise<void> {
    await qa(this.action(id), 'action-take-over').click()
    await qa(this.action(id), 'action-take-over').waitFor({ state: 'detached' })
  }

  async nameMeAsContact(): Promise<void> {
    await qa(this.page, 'name-me-contact').click()
    await qa(this.page, 'name-me-contact').waitFor({ state: 'detached' })
  }

  /** Records a consent given in person (enrolling organisation) or sends a request. */
  async consent(organisation: string, mode: 'record' | 'request'): Promise<void> {
    await qa(this.page, 'consent-request-organisation').selectOption({ label: organisation })
    if (mode === 'record') await this.page.locator('label[for="consent-mode-record"]').click()
    await qa(this.page, 'consent-submit').click()
  }

  async addNote(body: string): Promise<void> {
    await qa(this.page, 'note-body-input').fill(body)
    await qa(this.page, 'note-save').click()
    await qa(this.page, 'note').filter({ hasText: body }).waitFor()
  }

  async sendMessage(thread: 'customer-messages' | 'team-messages', body: string): Promise<void> {
    const part = qa(this.page, thread)
    await qa(part, `${thread}-body`).fill(body)
    await qa(part, `${thread}-send`).click()
    await qa(part, 'message').filter({ hasText: body }).waitFor()
  }

  async timelineKinds(): Promise<string[]> {
    return qa(this.page, 'timeline-row').evaluateAll((els) =>
      els.map((e) => e.getAttribute('data-qa-kind') ?? ''),
    )
  }

  endDialog() {
    return qa(this.page, 'end-dialog')
  }

  /** Fills the end form and opens its confirmation. */
  async askToEnd(reason: string): Promise<void> {
    await qa(this.page, 'end-reason').selectOption(reason)
    await qa(this.page, 'end-case').click()
    await this.endDialog().waitFor()
  }
}
