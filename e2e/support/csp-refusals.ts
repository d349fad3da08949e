import type { Page } from 'playwright-core'

/**
 * The server's Content-Security-Policy allows no inline script. These pages must work under it
 * without the browser refusing anything: a refusal would show as a broken page only in part.
 */
export async function recordRefusals(page: Page): Promise<string[]> {
  const refusals: string[] = []
  await page.exposeFunction('reportRefusal', (text: string) => refusals.push(text))
  await page.addInitScript(() => {
    document.addEventListener('securitypolicyviolation', (e) => {
      const report = (window as unknown as { reportRefusal: (t: string) => void }).reportRefusal
      report(`${e.violatedDirective} ${e.blockedURI}`)
    })
  })
  page.on('console', (m) => {
    if (m.type() === 'error' && /Content Security Policy/i.test(m.text())) refusals.push(m.text())
  })
  return refusals
}
