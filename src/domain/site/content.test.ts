import ICAL from 'ical.js'
import sharp from 'sharp'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { loadDemoData } from '../../demo/demo-data'
import { testApp, type Agent, type TestApp } from '../../platform/testing/app'
import { expectOk, expectProblem } from '../../platform/testing/expect'

/** Editing the website's content: drafts, scheduling, unpublishing, feeds, feedback. */
describe('the public website content', () => {
  let t: TestApp
  let editor: Agent
  let coordinator: Agent
  let worker: Agent
  let oulu: string

  beforeAll(async () => {
    t = await testApp({ config: { PUBLIC_URL: 'https://saumaton.test' } })
    await loadDemoData(t.db, t.clock())
    const org = await t.fixtures.organisation().save()
    editor = await t.signIn(await t.fixtures.contentEditor(org).save())
    coordinator = await t.signIn(await t.fixtures.coordinator(org).save())
    worker = await t.signIn(await t.fixtures.worker(org).save())
    const choices = expectOk<{ municipalities: { id: string; code: string }[] }>(
      await coordinator.get('/api/v1/service-choices'),
    )
    oulu = choices.municipalities.find((m) => m.code === '564')!.id
  })
  afterAll(() => t?.close())

  const page = (url: string) => t.app.inject({ method: 'GET', url })
  const all = (s: string) => ({ fi: `${s} fi`, sv: `${s} sv`, en: `${s} en` })

  it('lets only editors and coordinators edit', async () => {
    expectProblem(await worker.get('/api/v1/site/pages'), 403)
    expectProblem(await t.anonymous.get('/api/v1/site/events'), 401)
    expectOk(await editor.get('/api/v1/site/pages'))
  })

  it('shows an event only once published and its time has come; unpublishing removes it at once', async () => {
    const draft = expectOk<{ id: string; version: number }>(
      await editor.post('/api/v1/site/events', {
        municipalityId: oulu,
        audience: 'young_people',
        title: all('Testitapahtuma <script>'),
        description: all('Kuvaus **lihava** [x](javascript:alert(1))'),
        startsAt: '2026-06-15T10:00:00+03:00',
        endsAt: '2026-06-15T12:30:00+03:00',
        place: 'Oulu',
        priceCents: 500,
        signUpUrl: 'https://example.invalid/signup',
      }),
      201,
    )
    const url = `/en/event/${draft.id}`
    expect((await page(url)).statusCode).toBe(404)
    // Scheduled a minute ahead: not yet on the site.
    const later = new Date(t.clock().getTime() + 60_000).toISOString()
    const scheduled = expectOk<{ version: number }>(
      await editor.post(`/api/v1/site/events/${draft.id}/publish`, {
        version: draft.version,
        publishAt: later,
      }),
    )
    expect((await page(url)).statusCode).toBe(404)
    t.clock.advanceMinutes(2)
    const shown = await page(url)
    expect(shown.statusCode).toBe(200)
    expect(shown.body).not.toContain('<script>')
    expect(shown.body).not.toContain('href="javascript')
    expect(shown.body).toContain('<strong>lihava</strong>')
    const ld = /<script type="application\/ld\+json">(.*?)<\/script>/.exec(shown.body)![1]!
    expect(ld).toContain('\\u003cscript>')
    const event = JSON.parse(ld) as Record<string, unknown>
    expect(event['@type']).toBe('Event')
    expect(event.startDate).toBe('2026-06-15T07:00:00.000Z')
    expect(shown.body).toContain('type="text/calendar"')

    // The feeds parse in an independent parser, at the right Helsinki times.
    for (const feedUrl of [`/feeds/events/${draft.id}.ics?lang=en`, '/feeds/oulu.ics']) {
      const feed = await page(feedUrl)
      expect(feed.statusCode, feedUrl).toBe(200)
      expect(feed.headers['content-type']).toBe('text/calendar; charset=utf-8')
      const vevents = new ICAL.Component(ICAL.parse(feed.body) as unknown[]).getAllSubcomponents(
        'vevent',
      )
      const ours = vevents
        .map((v) => new ICAL.Event(v))
        .find((e) => e.uid === `${draft.id}@saumaton`)!
      expect(ours, feedUrl).toBeTruthy()
      expect(ours.startDate.toJSDate().toISOString()).toBe('2026-06-15T07:00:00.000Z')
      const helsinki = new Intl.DateTimeFormat('fi-FI', {
        timeZone: 'Europe/Helsinki',
        hour: '2-digit',
        minute: '2-digit',
      })
      expect(helsinki.format(ours.startDate.toJSDate())).toBe('10.00')
      expect(helsinki.format(ours.endDate.toJSDate())).toBe('12.30')
    }

    expectOk(
      await editor.post(`/api/v1/site/events/${draft.id}/unpublish`, {
        version: scheduled.version,
      }),
    )
    expect((await page(url)).statusCode).toBe(404)
    expect((await page('/feeds/oulu.ics')).body).not.toContain(draft.id)
  })

  it('refuses to publish a page missing a language, and a stale edit', async () => {
    const p = expectOk<{ id: string; version: number }>(
      await editor.post('/api/v1/site/pages', {
        kind: 'employers',
        municipalityId: oulu,
        title: { fi: 'Vain suomeksi', sv: '', en: '' },
        body: { fi: 'Teksti', sv: '', en: '' },
      }),
      201,
    )
    expectProblem(
      await editor.post(`/api/v1/site/pages/${p.id}/publish`, { version: p.version }),
      400,
    )
    const edited = expectOk<{ version: number }>(
      await editor.put(`/api/v1/site/pages/${p.id}`, {
        kind: 'employers',
        municipalityId: oulu,
        title: all('Työnantajille'),
        body: all('## Palkkatuki\n\nUusi teksti'),
        version: p.version,
      }),
    )
    expectProblem(
      await editor.post(`/api/v1/site/pages/${p.id}/publish`, { version: p.version }),
      409,
    )
    expectOk(await editor.post(`/api/v1/site/pages/${p.id}/publish`, { version: edited.version }))
    const shown = await page('/oulu/tyonantajille')
    expect(shown.body).toContain('Uusi teksti fi')
    expect((await page('/sv/oulu/for-arbetsgivare')).body).toContain('Uusi teksti sv')
  })

  it('previews Markdown as the site shows it', async () => {
    const preview = expectOk<{ html: string }>(
      await editor.post('/api/v1/site/preview', { markdown: '**a** <b>x</b>' }),
    )
    expect(preview.html).toBe('<p><strong>a</strong> &lt;b&gt;x&lt;/b&gt;</p>\n')
  })

  it('takes feedback without JavaScript and shows it to the coordinator, due in 14 days', async () => {
    const sent = await t.app.inject({
      method: 'POST',
      url: '/en/feedback',
      headers: { 'content-type': 'application/x-www-form-urlencoded' },
      payload: 'message=The+contrast+is+low&page=%2Fen%2Foulu&contact=',
    })
    expect(sent.statusCode).toBe(303)
    expect(sent.headers.location).toBe('/en/feedback?sent=1')
    expect(sent.headers['set-cookie']).toBeUndefined()
    const empty = await t.app.inject({
      method: 'POST',
      url: '/palaute',
      headers: { 'content-type': 'application/x-www-form-urlencoded' },
      payload: 'message=++',
    })
    expect(empty.headers.location).toBe('/palaute?missing=1')
    expectProblem(await editor.get('/api/v1/site/feedback'), 403)
    const list = expectOk<{ items: { id: string; message: string; dueOn: string }[] }>(
      await coordinator.get('/api/v1/site/feedback?open=true'),
    )
    expect(list.items).toHaveLength(1)
    expect(list.items[0]!.message).toBe('The contrast is low')
    const received = t.clock()
    const due = new Date(received.getTime() + 14 * 86_400_000).toISOString().slice(0, 10)
    expect(list.items[0]!.dueOn).toBe(due)
    expectOk(
      await coordinator.post(`/api/v1/site/feedback/${list.items[0]!.id}/answered`, {
        answer: 'Answered by email.',
      }),
    )
    expect(
      expectOk<{ items: unknown[] }>(await coordinator.get('/api/v1/site/feedback?open=true'))
        .items,
    ).toHaveLength(0)
  })
})

describe('career stories', () => {
  let t: TestApp
  let editor: Agent

  beforeAll(async () => {
    t = await testApp()
    await loadDemoData(t.db, t.clock())
    editor = await t.signIn(
      await t.fixtures.contentEditor(await t.fixtures.organisation().save()).save(),
    )
  })
  afterAll(() => t?.close())

  it('are published only with the consent on record, and withdrawal unpublishes at once', async () => {
    const municipalities = expectOk<{ items: { id: string; code: string }[] }>(
      await editor.get('/api/v1/site/municipalities'),
    )
    const raahe = municipalities.items.find((m) => m.code === '678')!.id
    const all = (s: string) => ({ fi: `${s} fi`, sv: `${s} sv`, en: `${s} en` })
    let story = expectOk<{ id: string; version: number }>(
      await editor.post('/api/v1/site/stories', {
        municipalityId: raahe,
        title: all('Mikon tie kokiksi'),
        body: all('Mikko löysi työn ravintolasta.'),
      }),
      201,
    )
    const url = `/uratarina/${story.id}`
    expectProblem(
      await editor.post(`/api/v1/site/stories/${story.id}/publish`, { version: story.version }),
      409,
    )
    story = expectOk(
      await editor.post(`/api/v1/site/stories/${story.id}/consent`, { version: story.version }),
    )
    story = expectOk(
      await editor.post(`/api/v1/site/stories/${story.id}/publish`, { version: story.version }),
    )
    const get = (u: string) => t.app.inject({ method: 'GET', url: u })
    expect((await get(url)).statusCode).toBe(200)
    expect((await get('/raahe/uratarinat')).body).toContain('Mikon tie kokiksi fi')
    expect((await get('/sitemap.xml')).body).toContain(story.id)
    expectOk(
      await editor.post(`/api/v1/site/stories/${story.id}/consent/withdraw`, {
        version: story.version,
      }),
    )
    expect((await get(url)).statusCode).toBe(404)
    expect((await get('/raahe/uratarinat')).body).not.toContain('Mikon tie kokiksi')
    expect((await get('/sitemap.xml')).body).not.toContain(story.id)
  })
  const all = (s: string) => ({ fi: `${s} fi`, sv: `${s} sv`, en: `${s} en` })
  const page = (url: string) => t.app.inject({ method: 'GET', url })

  it('pages the editor’s lists of stories and events by position, and shows a draft’s picture to the editor', async () => {
    const municipalities = expectOk<{ items: { id: string; code: string }[] }>(
      await editor.get('/api/v1/site/municipalities'),
    )
    const raahe = municipalities.items.find((m) => m.code === '678')!.id
    for (let i = 0; i < 3; i++) {
      t.clock.advanceMinutes(1)
      expectOk(
        await editor.post('/api/v1/site/stories', {
          municipalityId: raahe,
          title: all(`Sivutettu ${i}`),
          body: all('Teksti'),
        }),
        201,
      )
      expectOk(
        await editor.post('/api/v1/site/events', {
          municipalityId: raahe,
          audience: 'everyone',
          title: all(`Sivutettu ${i}`),
          description: all('Kuvaus'),
          startsAt: `2026-09-0${i + 1}T10:00:00+03:00`,
          endsAt: `2026-09-0${i + 1}T11:00:00+03:00`,
          place: 'Raahe',
          priceCents: null,
          signUpUrl: null,
        }),
        201,
      )
    }
    type Page = { items: { id: string }[]; hasMore: boolean; next: string | null }
    for (const list of ['stories', 'events']) {
      const seen: string[] = []
      let next: string | null = null
      do {
        const page: Page = expectOk<Page>(
          await editor.get(
            `/api/v1/site/${list}?limit=2${next ? `&after=${encodeURIComponent(next)}` : ''}`,
          ),
        )
        expect(page.items.length).toBeLessThanOrEqual(2)
        expect(page.hasMore).toBe(page.next !== null)
        seen.push(...page.items.map((x) => x.id))
        next = page.next
      } while (next)
      const everything = expectOk<Page>(await editor.get(`/api/v1/site/${list}?limit=100`))
      expect(seen).toEqual(everything.items.map((x) => x.id))
      expect(new Set(seen).size).toBe(seen.length)
      expect(seen.length).toBeGreaterThanOrEqual(3)
      expectProblem(await editor.get(`/api/v1/site/${list}?after=bm90LWEtY3Vyc29y`), 400)
    }

    const story = expectOk<{ id: string; version: number }>(
      await editor.post('/api/v1/site/stories', {
        municipalityId: raahe,
        title: all('Kuvallinen'),
        body: all('Teksti'),
      }),
      201,
    )
    expectProblem(await editor.get(`/api/v1/site/stories/${story.id}/image`), 404)
    const png = await sharp({
      create: { width: 20, height: 10, channels: 3, background: { r: 200, g: 10, b: 10 } },
    })
      .png()
      .toBuffer()
    const withImage = expectOk<{ image: { id: string } }>(
      await editor.put(`/api/v1/site/stories/${story.id}/image`, {
        data: png.toString('base64'),
        alt: all('Punainen'),
      }),
    )
    const stored = expectOk<{ id: string; data: string }>(
      await editor.get(`/api/v1/site/stories/${story.id}/image`),
    )
    expect(stored.id).toBe(withImage.image.id)
    expect((await sharp(Buffer.from(stored.data, 'base64')).metadata()).format).toBe('webp')
    // The draft's picture is not on the website.
    expect((await page(`/media/story-images/${stored.id}.webp`)).statusCode).toBe(404)
    const worker = await t.signIn(
      await t.fixtures.worker(await t.fixtures.organisation().save()).save(),
    )
    expectProblem(await worker.get(`/api/v1/site/stories/${story.id}/image`), 403)
  })
})
