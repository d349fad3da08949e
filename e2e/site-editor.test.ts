import sharp from 'sharp'
import type { Browser, Page } from 'playwright-core'
import { afterAll, beforeAll, describe, expect, test } from 'vitest'
import { signIn } from './pages/SignInPage'
import { Header } from './pages/Header'
import { qa } from './pages/qa'
import { SiteContentPages, StoryAndEventEditors } from './pages/SiteContentPages'
import { axeViolations } from './support/axe'
import { chromiumAvailable, launchBrowser, newSession } from './support/browser'

/**
 * The content editor writes a career story (picture, consent) and an event for Pudasjärvi in
 * the app and sees them on the public site (tests below). Before that:
 * the content editor writes Raahe's "For employers" page in the app, previews the Markdown as
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

  /** A small picture made here, so no file needs to be kept with the test. */
  const png = async () => ({
    name: 'kuva.png',
    mimeType: 'image/png',
    buffer: await sharp({
      create: { width: 48, height: 32, channels: 3, background: { r: 30, g: 90, b: 200 } },
    })
      .png()
      .toBuffer(),
  })
  const notAnImage = {
    name: 'kuva.png',
    mimeType: 'image/png',
    buffer: Buffer.from('not a picture at all'),
  }

  /** `datetime-local` text for a day some days ahead (the browser is in Europe/Helsinki). */
  const daysAhead = (days: number, time: string) => {
    const d = new Date(Date.now() + days * 86_400_000)
    const ymd = new Intl.DateTimeFormat('en-CA', { timeZone: 'Europe/Helsinki' }).format(d)
    return `${ymd}T${time}`
  }

  const expectAxeClean = async (page: Page) => expect(await axeViolations(page)).toEqual([])

  test('an editor writes a career story with a picture, records the consent, publishes it, and the site shows it', async () => {
    const { context, page } = await newSession(browser)
    await signIn(page, 'editor1')
    const list = new SiteContentPages(page)
    const editor = new StoryAndEventEditors(page)
    await list.openList()
    await editor.newStory()
    await expectAxeClean(page)

    // Without a municipality the form says so in Finnish and sends nothing.
    await qa(page, 'save-content').click()
    expect(await qa(page, 'story-municipality-error').textContent()).toBe('Valitse kunta.')
    const pudasjarvi = await editor.municipalityOption('story-municipality', 'Pudasjärvi')
    await qa(page, 'story-municipality').selectOption(pudasjarvi)
    await editor.fillTexts('Sannin tie kokiksi', 'Sanni löysi **kesätyön** keittiöstä.')
    const storyId = await editor.save('stories')

    // No consent yet: the page says so and what it means; there is no publish button.
    expect(await qa(page, 'consent-state').getAttribute('data-state')).toBe('none')
    // The consent state arrives with its own request: wait for the panel to say so.
    await expect.poll(() => qa(page, 'publication-blocked').count()).toBe(1)
    expect(await qa(page, 'publish-content').count()).toBe(0)

    await qa(page, 'preview-content').click()
    expect(await qa(page, 'content-preview').innerHTML()).toContain('<strong>kesätyön</strong>')

    // A file that is not a picture: the server's image_unsupported, in Finnish.
    await editor.uploadImage(notAnImage, 'Sanni keittiössä')
    await qa(page, 'image-error').waitFor()
    expect(await qa(page, 'image-error').textContent()).toContain(
      'Tiedosto ei ole JPEG-, PNG- tai WebP-kuva',
    )
    await editor.uploadImage(await png(), 'Sanni keittiössä')
    const stored = qa(page, 'stored-image')
    await stored.waitFor()
    expect(await stored.getAttribute('alt')).toBe('Sanni keittiössä fi')
    expect(await stored.getAttribute('src')).toMatch(/^data:image\/webp;base64,/)
    await expectAxeClean(page)

    await editor.recordConsent()
    expect(await qa(page, 'consent-state').getAttribute('data-state')).toBe('given')
    await editor.publish()
    await expectAxeClean(page)

    // The public site shows it with its picture, in Finnish and in Swedish.
    const visitor = await context.newPage()
    await visitor.goto('/pudasjarvi/uratarinat')
    expect(await visitor.locator('[data-qa="story-list"]').textContent()).toContain(
      'Sannin tie kokiksi fi',
    )
    await expectAxeClean(visitor)
    await visitor.goto(`/sv/karriarberattelse/${storyId}`)
    expect(await visitor.locator('main h1').textContent()).toContain('Sannin tie kokiksi sv')
    const img = visitor.locator('[data-qa="story-image"]')
    expect(await img.getAttribute('alt')).toBe('Sanni keittiössä sv')
    const picture = await visitor.request.get((await img.getAttribute('src'))!)
    expect(picture.status()).toBe(200)
    expect(picture.headers()['content-type']).toContain('image/webp')
    await expectAxeClean(visitor)

    // In Swedish, the editor records the withdrawal: the story leaves the site at once.
    const header = new Header(page)
    await header.switchLanguage('sv')
    expect(await qa(page, 'consent-state').textContent()).toContain('samtycke')
    await expectAxeClean(page)
    await editor.withdrawConsent()
    expect(await qa(page, 'consent-state').getAttribute('data-state')).toBe('withdrawn')
    expect((await visitor.reload())?.status()).toBe(404)

    // The picture goes after a question; the list shows the story as a draft.
    await editor.removeImage()
    await page.goto('/app/site-content')
    const row = qa(page, 'story-row').filter({ hasText: 'Sannin tie kokiksi sv' })
    expect(await row.locator('[data-qa="cell-consent"]').textContent()).toContain('Återkallat')
    await expectAxeClean(page)
    await header.switchLanguage('fi')
    await context.close()
  })

  test('an editor drafts an event in Swedish and in Finnish, publishes it, and the site shows it', async () => {
    const { context, page } = await newSession(browser)
    await signIn(page, 'editor1')
    const header = new Header(page)
    const list = new SiteContentPages(page)
    const editor = new StoryAndEventEditors(page)
    await list.openList()
    await header.switchLanguage('sv')
    await editor.newEvent()
    await expectAxeClean(page)

    // The form's own checks, in Swedish.
    await qa(page, 'event-price').fill('gratis')
    await qa(page, 'save-content').click()
    expect(await qa(page, 'event-place-error').textContent()).toBe('Ange platsen.')
    expect(await qa(page, 'event-price-error').textContent()).toContain('Ange priset i euro')
    await expectAxeClean(page)

    const pudasjarvi = await editor.municipalityOption('event-municipality', 'Pudasjärvi')
    await qa(page, 'event-municipality').selectOption(pudasjarvi)
    await qa(page, 'event-audience').selectOption('young_people')
    await editor.fillTexts('Kesätyötori', 'Tule tapaamaan **työnantajia**.')
    await qa(page, 'event-starts-at').fill(daysAhead(20, '14:00'))
    await qa(page, 'event-ends-at').fill(daysAhead(20, '16:30'))
    await qa(page, 'event-place').fill('Pudasjärven kirjasto')
    await qa(page, 'event-price').fill('2,50')
    await qa(page, 'event-sign-up-url').fill('https://example.invalid/ilmoittaudu')
    const eventId = await editor.save('events')
    await qa(page, 'preview-content').click()
    expect(await qa(page, 'content-preview').innerHTML()).toContain('<strong>työnantajia</strong>')

    await header.switchLanguage('fi')
    await editor.publish()
    await expectAxeClean(page)

    const visitor = await context.newPage()
    await visitor.goto('/pudasjarvi/tapahtumat')
    expect(await visitor.locator('[data-qa="event-list"]').textContent()).toContain(
      'Kesätyötori fi',
    )
    await visitor.goto(`/sv/evenemang/${eventId}`)
    const main = (await visitor.locator('main').textContent()) ?? ''
    expect(main).toContain('Kesätyötori sv')
    expect(main).toMatch(/14[.:]00/)
    expect(main).toContain('2,50')
    expect(main).toContain('Pudasjärven kirjasto')
    await expectAxeClean(visitor)

    // Edited: the price goes, the page follows; unpublished: gone at once.
    await page.reload()
    await qa(page, 'event-price').fill('')
    await qa(page, 'save-content').click()
    await page.waitForResponse((r) => r.url().endsWith(`/api/v1/site/events/${eventId}`))
    await editor.unpublish()
    expect((await visitor.reload())?.status()).toBe(404)
    await context.close()
  })
})
