import type { Browser, Page } from 'playwright-core'
import { afterAll, beforeAll, describe, expect, test } from 'vitest'
import { DEMO_PASSWORD } from '../src/demo/demo-data'
import { syntheticIdentityCode } from '../src/demo/identity-codes'
import {
  startLocalOidcProvider,
  type LocalOidcProvider,
} from '../src/platform/auth/local-oidc-provider'
import { Header } from './pages/Header'
import { MyPage } from './pages/MyPage'
import { PlanPage } from './pages/PlanPage'
import { qa } from './pages/qa'
import { axeViolations } from './support/axe'
import { chromiumAvailable, launchBrowser } from './support/browser'
import { freePort, ownSession, startOwnApp, type OwnApp } from './support/own-app'

const newcomer = {
  login: 'saga',
  identityCode: syntheticIdentityCode('2003-04-05', 88, 1),
  givenName: 'Saga',
  familyName: 'Sundqvist',
}
const stranger = {
  login: 'okand',
  identityCode: syntheticIdentityCode('2002-03-04', 89, 1),
  givenName: 'Okänd',
  familyName: 'Person',
}

/** What a worker does first over the API: enrol Saga, and ask her to consent to Kela. */
async function enrolAndAsk(url: string): Promise<void> {
  const json = async (res: Response) => {
    if (!res.ok) throw new Error(`${res.status} ${await res.text()}`)
    return (await res.json()) as Record<string, unknown>
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
  const get = async (p: string) => json(await fetch(`${url}${p}`, { headers }))
  const post = async (p: string, body: unknown) =>
    json(await fetch(`${url}${p}`, { method: 'POST', headers, body: JSON.stringify(body) }))
  const { items: programmes } = (await get('/api/v1/programmes')) as {
    items: { id: string; municipalities: { id: string }[] }[]
  }
  const { customerId } = (await post('/api/v1/enrolments', {
    identityCode: newcomer.identityCode,
    programmeId: programmes[0]!.id,
    municipalityId: programmes[0]!.municipalities[0]!.id,
    qualification: 'vocational',
    firstName: newcomer.givenName,
    lastName: newcomer.familyName,
  })) as { customerId: string }
  const orgs = (await get('/api/v1/organisations')) as { items: { id: string; code: string }[] }
  await post(`/api/v1/customers/${customerId}/consent-requests`, {
    organisationId: orgs.items.find((o) => o.code === 'kela')!.id,
    dataCategories: ['identity_and_contact', 'benefits'],
  })
}

/**
 * A newly enrolled young person signs in with strong identification (a real local OpenID
 * provider, as Suomi.fi would be) and answers a consent request online, in Swedish.
 */
describe.skipIf(!chromiumAvailable)('strong identification', () => {
  let browser: Browser
  let provider: LocalOidcProvider
  let app: OwnApp

  beforeAll(async () => {
    const port = await freePort()
    provider = await startLocalOidcProvider({
      port: 0,
      redirectUrl: `http://127.0.0.1:${port}/app/signin/callback`,
      persons: [newcomer, stranger],
    })
    app = await startOwnApp(port, {
      OIDC_ISSUER: provider.issuer,
      OIDC_CLIENT_ID: provider.clientId,
      OIDC_CLIENT_SECRET: provider.clientSecret,
    })
    await enrolAndAsk(app.url)
    browser = await launchBrowser()
  }, 120_000)
  afterAll(async () => {
    await browser?.close()
    await app?.close()
    await provider?.close()
  })

  /** From our sign-in page through the provider's page and back. */
  async function identifyAs(page: Page, login: string) {
    await qa(page, 'strong-identification-start').click()
    await page.waitForURL((u) => u.origin === provider.issuer)
    await page.locator('input[name="login"]').fill(login)
    await page.locator('input[name="password"]').fill('vad-som-helst')
    await page.locator('button[type="submit"]').click()
  }

  test('Saga signs in, reads who asks and why, and gives her consent', async () => {
    const { context, page } = await ownSession(browser, app.url)
    await page.goto('/signin')
    await new Header(page).switchLanguage('sv')
    await qa(page, 'strong-identification').waitFor()
    expect(await qa(page, 'strong-identification-start').textContent()).toContain(
      'Logga in med stark autentisering',
    )
    expect(await axeViolations(page)).toEqual([])

    await identifyAs(page, newcomer.login)
    await qa(page, 'sign-out').waitFor()
    // No code, state or identity code stays in the address.
    expect(new URL(page.url()).search).toBe('')
    await new MyPage(page).waitForContent()
    expect(await new Header(page).htmlLang()).toBe('sv')
    expect(await new Header(page).userName().textContent()).toContain('Saga Sundqvist')

    const plan = await new PlanPage(page).open()
    const request = plan.openRequest('kela')
    await request.waitFor()
    const who = await qa(request, 'request-who').textContent()
    expect(who).toContain('FPA')
    expect(who).toContain('i ditt team')
    expect(await qa(request, 'request-why').textContent()).toContain('samordnas')
    expect(await qa(request, 'request-how-long').textContent()).toContain('12 månader')
    expect(await axeViolations(page)).toEqual([])
    await qa(request, 'accept-request').click()
    await plan.answeredRequests('accepted').waitFor()

    const mine = await new MyPage(page).open()
    await mine.consent('kela').waitFor()
    expect(await axeViolations(page)).toEqual([])
    await context.close()
  })

  test('an identified person who is no customer is told so, and is not signed in', async () => {
    const { context, page } = await ownSession(browser, app.url)
    await page.goto('/signin')
    await new Header(page).switchLanguage('sv')
    await identifyAs(page, stranger.login)
    await qa(page, 'identification-error').waitFor()
    expect(await qa(page, 'page-heading').textContent()).toContain('inte kund')
    expect(await qa(page, 'sign-out').count()).toBe(0)
    expect(await axeViolations(page)).toEqual([])
    await context.close()
  })
})
