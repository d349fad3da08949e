import { eq } from 'drizzle-orm'
import type { Browser } from 'playwright-core'
import { afterAll, beforeAll, describe, expect, test } from 'vitest'
import { DEMO_PASSWORD } from '../src/demo/demo-data'
import { syntheticIdentityCode } from '../src/demo/identity-codes'
import { mailOutbox } from '../src/platform/mail/schema'
import { Header } from './pages/Header'
import { MyPage } from './pages/MyPage'
import { qa } from './pages/qa'
import { SignInPage } from './pages/SignInPage'
import { axeViolations } from './support/axe'
import { chromiumAvailable, launchBrowser } from './support/browser'
import { freePort, ownSession, startOwnApp, type OwnApp } from './support/own-app'

const email = 'tuuli.tuominen@example.invalid'
const password = 'a long sentence is a good password'

/** A worker enrols Tuuli, with her e-mail address, over the API. */
async function enrolTuuli(url: string): Promise<void> {
  const json = async (res: Response) => {
    if (!res.ok) throw new Error(`${res.status} ${await res.text()}`)
    return (await res.json()) as unknown
  }
  const signIn = await fetch(`${url}/api/v1/session`, {
    method: 'POST',
    headers: { 'content-type': 'application/json' },
    body: JSON.stringify({ username: 'te1', password: DEMO_PASSWORD }),
  })
  const cookie = signIn.headers.getSetCookie()[0]!.split(';')[0]!
  const me = (await json(await fetch(`${url}/api/v1/me`, { headers: { cookie } }))) as {
    csrfToken: string
  }
  const headers = { cookie, 'x-csrf-token': me.csrfToken, 'content-type': 'application/json' }
  const { items } = (await json(await fetch(`${url}/api/v1/programmes`, { headers }))) as {
    items: { id: string; municipalities: { id: string }[] }[]
  }
  await json(
    await fetch(`${url}/api/v1/enrolments`, {
      method: 'POST',
      headers,
      body: JSON.stringify({
        identityCode: syntheticIdentityCode('2004-07-08', 87, 1),
        programmeId: items[0]!.id,
        municipalityId: items[0]!.municipalities[0]!.id,
        qualification: 'vocational',
        firstName: 'Tuuli',
        lastName: 'Tuominen',
        email,
      }),
    }),
  )
}

/**
 * Where no identification service is configured, a newly enrolled young person gets an
 * invitation link by e-mail, sets a password with it and signs in, in English.
 */
describe.skipIf(!chromiumAvailable)('invitation by e-mail', () => {
  let browser: Browser
  let app: OwnApp
  let link: string

  beforeAll(async () => {
    app = await startOwnApp(await freePort(), {})
    await enrolTuuli(app.url)
    const [mail] = await app.db.select().from(mailOutbox).where(eq(mailOutbox.recipient, email))
    link = /https?:\/\/\S+\/invitation#\S+/.exec(mail!.body)![0]
    browser = await launchBrowser()
  }, 120_000)
  afterAll(async () => {
    await browser?.close()
    await app?.close()
  })

  test('Tuuli sets her password with the link and signs in with it', async () => {
    const { context, page } = await ownSession(browser, app.url)
    await page.goto('/signin')
    // Without an identification service, the sign-in page offers none.
    await qa(page, 'sign-in-form').waitFor()
    expect(await qa(page, 'strong-identification').count()).toBe(0)
    await new Header(page).switchLanguage('en')

    await page.goto(link)
    await qa(page, 'invitation-form').waitFor()
    expect(await qa(page, 'invitation-username').textContent()).toBe(email)
    expect(await qa(page, 'page-heading').textContent()).toBe('Set your password')
    expect(await axeViolations(page)).toEqual([])

    // Two different passwords are caught before anything is sent.
    await qa(page, 'new-password').fill(password)
    await qa(page, 'repeat-password').fill(`${password}!`)
    await qa(page, 'set-password').click()
    await page.getByText('The passwords are not the same.').waitFor()
    expect(await axeViolations(page)).toEqual([])

    await qa(page, 'repeat-password').fill(password)
    await qa(page, 'set-password').click()
    await qa(page, 'invitation-done').waitFor()
    expect(await qa(page, 'invitation-done').textContent()).toContain(email)
    expect(await axeViolations(page)).toEqual([])

    await qa(page, 'to-sign-in').click()
    const signIn = new SignInPage(page)
    await signIn.form().waitFor()
    await signIn.submit(email, password)
    await qa(page, 'sign-out').waitFor()
    await new MyPage(page).waitForContent()
    expect(await new Header(page).userName().textContent()).toContain('Tuuli Tuominen')
    expect(await new Header(page).htmlLang()).toBe('en')
    expect(await axeViolations(page)).toEqual([])

    // The link worked once: opened again, it says so.
    await new Header(page).signOut()
    await page.goto(link)
    await qa(page, 'invitation-error').waitFor()
    expect(await qa(page, 'invitation-error').textContent()).toContain('used already')
    expect(await axeViolations(page)).toEqual([])
    await context.close()
  })
})
