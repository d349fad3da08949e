import { desc, eq } from 'drizzle-orm'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { loadDemoData } from '../demo/demo-data'
import { jobPosting } from '../domain/jobs/schema'
import { mailOutbox } from '../platform/mail/schema'
import { testApp, type TestApp } from '../platform/testing/app'

const form = (fields: Record<string, string | string[]>) =>
  new URLSearchParams(
    Object.entries(fields).flatMap(([k, v]) =>
      Array.isArray(v) ? v.map((x) => [k, x]) : [[k, v]],
    ),
  ).toString()

const valid = {
  title: 'Kesätyöntekijä',
  description: 'Kahvila etsii kesätyöntekijää.',
  employerName: 'Kahvila Esimerkki Oy',
  businessId: '1572860-0',
  municipality: '564',
  employmentType: 'summer_job',
  workingTime: 'part_time',
  startsOn: '',
  validThrough: '2026-04-30',
  applyUrl: '',
  applyEmail: 'rekry@example.fi',
  applyText: '',
  languages: ['fi', 'sv'],
  contactEmail: 'tyonantaja@example.fi',
}

/** The employer's job posting form on the website, without JavaScript (docs/public-website.md). */
describe('posting a job on the website without JavaScript', () => {
  let t: TestApp
  const post = (url: string, fields: Record<string, string | string[]>, headers = {}) =>
    t.app.inject({
      method: 'POST',
      url,
      payload: form(fields),
      headers: { 'content-type': 'application/x-www-form-urlencoded', ...headers },
    })

  beforeAll(async () => {
    t = await testApp({ config: { PUBLIC_URL: 'https://saumaton.test' } })
    await loadDemoData(t.db, new Date('2026-03-01T08:00:00Z'))
    t.clock.set(new Date('2026-03-02T08:00:00Z'))
  }, 180_000)
  afterAll(() => t?.close())

  it('shows the form in every language, linked from "For employers"', async () => {
    for (const url of [
      '/tyonantajille/ilmoita-tyopaikka',
      '/sv/for-arbetsgivare/anmal-jobb',
      '/en/for-employers/post-a-job',
    ]) {
      const res = await t.app.inject({ url })
      expect(res.statusCode).toBe(200)
      expect(res.body).toContain('method="post"')
      expect(res.body).not.toMatch(/<script(?![^>]*ld\+json)/)
    }
    const employers = await t.app.inject({ url: '/oulu/tyonantajille' })
    expect(employers.body).toContain('href="/tyonantajille/ilmoita-tyopaikka?municipality=oulu"')
    const chosen = await t.app.inject({ url: '/tyonantajille/ilmoita-tyopaikka?municipality=oulu' })
    expect(chosen.body).toMatch(/<option value="564" selected="">/)
  })

  it('re-renders the form with messages beside the fields and the values kept', async () => {
    const res = await post('/en/for-employers/post-a-job', {
      ...valid,
      title: '',
      businessId: '1234567-8',
      applyEmail: '',
      validThrough: '2026-03-01',
    })
    expect(res.statusCode).toBe(422)
    expect(res.headers['cache-control']).toBe('no-store')
    expect(res.body).toContain('data-qa="error-title">This is missing.')
    expect(res.body).toContain('data-qa="error-businessId">The business ID is not valid.')
    expect(res.body).toContain('data-qa="error-apply">')
    expect(res.body).toContain('data-qa="error-validThrough">The date must be in the future.')
    expect(res.body).toContain('value="Kahvila Esimerkki Oy"')
    expect(res.body).toContain('aria-invalid="true"')
    const fi = await post('/tyonantajille/ilmoita-tyopaikka', { ...valid, contactEmail: 'x' })
    expect(fi.body).toContain('Sähköpostiosoite ei ole kelvollinen.')
    expect(
      await t.db
        .select()
        .from(jobPosting)
        .where(eq(jobPosting.employerName, 'Kahvila Esimerkki Oy')),
    ).toEqual([])
  })

  it('refuses a form posted from another site', async () => {
    const res = await post('/tyonantajille/ilmoita-tyopaikka', valid, {
      origin: 'https://evil.example',
    })
    expect(res.statusCode).toBe(403)
    const fetchSite = await post('/tyonantajille/ilmoita-tyopaikka', valid, {
      'sec-fetch-site': 'cross-site',
    })
    expect(fetchSite.statusCode).toBe(403)
    // Sent again from our own re-rendered form, whose no-referrer policy makes the Origin `null`.
    const ownForm = await post(
      '/tyonantajille/ilmoita-tyopaikka',
      { ...valid, title: '' },
      { origin: 'null', 'sec-fetch-site': 'same-origin' },
    )
    expect(ownForm.statusCode).toBe(422)
    expect(
      await t.db
        .select()
        .from(jobPosting)
        .where(eq(jobPosting.employerName, 'Kahvila Esimerkki Oy')),
    ).toEqual([])
  })

  it('sends it to moderation; the link in the mail edits and closes it on the website', async () => {
    const res = await post('/sv/for-arbetsgivare/anmal-jobb', valid, {
      origin: 'https://saumaton.test',
    })
    expect(res.statusCode).toBe(303)
    expect(res.headers.location).toBe('/sv/for-arbetsgivare/anmal-jobb?sent=1')
    const sent = await t.app.inject({ url: res.headers.location })
    expect(sent.body).toContain('data-qa="job-form-sent"')
    const [row] = await t.db
      .select()
      .from(jobPosting)
      .where(eq(jobPosting.employerName, 'Kahvila Esimerkki Oy'))
    expect(row).toMatchObject({
      state: 'pending_moderation',
      municipalityCode: '564',
      postingLanguages: ['fi', 'sv'],
      applyEmail: 'rekry@example.fi',
      validThrough: new Date('2026-04-30T20:59:59Z'),
    })
    const [mail] = await t.db.select().from(mailOutbox).orderBy(desc(mailOutbox.createdAt)).limit(1)
    const link =
      /https:\/\/saumaton\.test(\/sv\/for-arbetsgivare\/egen-annons\/[A-Za-z0-9_-]{43})/.exec(
        mail!.body,
      )![1]!

    const own = await t.app.inject({ url: link })
    expect(own.statusCode).toBe(200)
    expect(own.headers['cache-control']).toBe('no-store')
    expect(own.headers['referrer-policy']).toBe('no-referrer')
    expect(own.body).toContain('Väntar på granskning')
    expect(own.body).toContain('value="Kesätyöntekijä"')

    const bad = await post(link, { ...valid, do: 'save', title: '' })
    expect(bad.statusCode).toBe(422)
    expect(bad.body).toContain('data-qa="error-title"')
    const saved = await post(link, { ...valid, do: 'save', title: 'Kesätyöntekijä kahvilaan' })
    expect(saved.statusCode).toBe(200)
    expect(saved.body).toContain('data-qa="own-posting-notice"')
    const [edited] = await t.db.select().from(jobPosting).where(eq(jobPosting.id, row!.id))
    expect(edited!.title).toBe('Kesätyöntekijä kahvilaan')

    const ask = await post(link, { do: 'ask-close' })
    expect(ask.body).toContain('data-qa="own-posting-close-confirm"')
    const closed = await post(link, { do: 'close' })
    expect(closed.body).toContain('Annonsen har stängts.')
    const [after] = await t.db.select().from(jobPosting).where(eq(jobPosting.id, row!.id))
    expect(after!.state).toBe('closed')
    expect((await t.app.inject({ url: link })).statusCode).toBe(404)
    expect((await t.app.inject({ url: '/tyonantajille/oma-ilmoitus/nonsense' })).statusCode).toBe(
      404,
    )
  })
})
