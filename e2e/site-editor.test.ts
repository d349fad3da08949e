import type { Browser } from 'playwright-core'
import { afterAll, beforeAll, describe, expect, test } from 'vitest'
import { signIn } from './pages/SignInPage'
import { SiteContentPages } from './pages/SiteContentPages'
import { axeViolations } from './support/axe'
import { chromiumAvailable, launchBrowser, newSession } from './support/browser'

/**
 * The content editor writes Raahe's "For employers" page in the app, previews the Markdown as
 * the website will show it, publishes it (the public page shows it) and unpublishes it (it is
 * gone at once).
 */
describe.skipIf(!chromiumAvailable)('editing the public website', () => {
  let browser: Browser

  beforeAll(async () => {
    browser = await launchBrowser()
  })
  afterAll(async () => {
    await browser?.close()
  })

  test('an editor drafts, previews, publishes and unpublishes a page', async () => {
    const { context, page } = await newSession(browser)
    await signIn(page, 'editor1')
    const editor = new SiteContentPages(page)
    await editor.openList()
    expect(await axeViolations(page)).toEqual([])
    await editor.newPage()
    const raahe = await page
      .locator('[data-qa="content-municipality"] option', { hasText: 'Raahe' })
      .getAttribute('value')
    await editor.fill(raahe!, 'Raahen työnantajat', '## Tuki\n\n**Raahe-lisä** <script>x</script>')
    const preview = await editor.preview()
    expect(preview).toContain('<strong>Raahe-lisä</strong>')
    expect(preview).not.toContain('<script>')
    expect(await axeViolations(page)).toEqual([])
    await editor.save()
    await editor.publish()

    const visitor = await context.newPage()
    await visitor.goto('/raahe/tyonantajille')
    expect(await visitor.locator('main h1').textContent()).toContain('Raahen työnantajat fi')
    expect(await visitor.locator('[data-qa="content-body"] strong').textContent()).toBe(
      'Raahe-lisä',
    )

    await editor.unpublish()
    await visitor.reload()
    expect(await visitor.locator('main h1').textContent()).not.toContain('Raahen työnantajat')
    await context.close()
  })
})
