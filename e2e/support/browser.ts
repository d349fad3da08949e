import fs from 'node:fs'
import { chromium, type Browser, type BrowserContext, type Page } from 'playwright-core'
import { inject } from 'vitest'

export const DEMO_PASSWORD = 'demo-salasana'

const executablePath = process.env.CHROMIUM_PATH ?? '/usr/bin/chromium'

/** False when there is no Chromium: the browser tests are then skipped, except on CI. */
export const chromiumAvailable = fs.existsSync(executablePath)

if (!chromiumAvailable) {
  const message =
    `Chromium not found at ${executablePath}. Install it (apt-get install chromium) or set ` +
    'CHROMIUM_PATH.'
  if (process.env.CI === 'true') throw new Error(message)
  console.warn(`\n!!! BROWSER TESTS SKIPPED: ${message}\n`)
}

export const baseUrl = (): string => inject('baseUrl')

export function launchBrowser(): Promise<Browser> {
  return chromium.launch({
    executablePath,
    args: [
      '--headless',
      '--no-sandbox',
      '--disable-gpu',
      '--disable-quic',
      '--no-first-run',
      '--disable-background-networking',
      '--disable-component-update',
      '--disable-sync',
    ],
  })
}

export interface ContextOptions {
  width?: number
}

/** A fresh context (own cookies and storage: one signed-in person) with one page. */
export async function newSession(
  browser: Browser,
  options: ContextOptions = {},
): Promise<{ context: BrowserContext; page: Page }> {
  const context = await browser.newContext({
    baseURL: baseUrl(),
    viewport: { width: options.width ?? 1280, height: 900 },
    // The browser's own locale decides how a native date field shows its format.
    locale: 'fi-FI',
    timezoneId: 'Europe/Helsinki',
  })
  // Generous: the suite may share two cores with the API tests.
  context.setDefaultTimeout(30_000)
  const page = await context.newPage()
  page.on('pageerror', (e) => console.error(`page error: ${e.message}`))
  return { context, page }
}

/** Tabs forward until the focused element matches `selector`; fails after `max` presses. */
export async function tabTo(page: Page, selector: string, max = 80): Promise<void> {
  for (let i = 0; i < max; i++) {
    await page.keyboard.press('Tab')
    const found = await page.evaluate((s) => document.activeElement?.matches(s) ?? false, selector)
    if (found) return
  }
  throw new Error(`Tab did not reach ${selector} in ${max} presses`)
}

/** True when the page scrolls sideways (it must not, down to 360 px). */
export function scrollsHorizontally(page: Page): Promise<boolean> {
  return page.evaluate(
    () => document.documentElement.scrollWidth > document.documentElement.clientWidth,
  )
}
