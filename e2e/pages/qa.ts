import type { Locator, Page } from 'playwright-core'

/** The element(s) marked with data-qa="name", optionally inside `within`. */
export const qa = (within: Page | Locator, name: string): Locator =>
  within.locator(`[data-qa="${name}"]`)
