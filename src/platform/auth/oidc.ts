import { createHash, randomBytes } from 'node:crypto'
import { and, eq, gt, lt } from 'drizzle-orm'
import * as client from 'openid-client'
import type { OidcSettings } from '../config'
import type { Queryable } from '../db/database'
import { Unauthenticated, Unavailable } from '../errors'
import { oidcSignIn, type Locale } from './schema'

/** Long enough to identify oneself at the provider; short enough that a stale flow is useless. */
const FLOW_MINUTES = 10
// Suomi.fi e-Identification names the personal identity code so; some providers say `hetu`.
const IDENTITY_CODE_CLAIMS = ['national_identification_number', 'hetu'] as const

const sha256 = (s: string): string => createHash('sha256').update(s).digest('hex')

/** Discovered provider metadata, per issuer: a cache only (any process can discover again). */
const discovered = new Map<string, Promise<client.Configuration>>()

function configurationOf(settings: OidcSettings): Promise<client.Configuration> {
  const key = `${settings.issuer}|${settings.clientId}`
  let found = discovered.get(key)
  if (!found) {
    const issuer = new URL(settings.issuer)
    found = client.discovery(
      issuer,
      settings.clientId,
      settings.clientSecret ?? undefined,
      settings.clientSecret ? undefined : client.None(),
      // A local provider (demo, tests) speaks plain http on the loopback address only.
      issuer.protocol === 'http:' ? { execute: [client.allowInsecureRequests] } : undefined,
    )
    // A failed discovery is tried again on the next sign-in, not cached.
    found.catch(() => discovered.delete(key))
    discovered.set(key, found)
  }
  return found
}

async function configurationOrUnavailable(settings: OidcSettings) {
  try {
    return await configurationOf(settings)
  } catch {
    throw new Unavailable(
      'identification_unavailable',
      'The identification service cannot be reached.',
    )
  }
}

/**
 * Starts a sign-in: state, nonce and PKCE verifier stay on the server, keyed by a digest of a
 * fresh flow token that the browser keeps in a cookie, so that only the browser that started
 * the sign-in can finish it. Returns where to send the browser.
 */
export async function startOidcSignIn(
  db: Queryable,
  settings: OidcSettings,
  locale: Locale,
  now: Date,
): Promise<{ authorizationUrl: string; flowToken: string }> {
  const config = await configurationOrUnavailable(settings)
  const flowToken = randomBytes(32).toString('base64url')
  const state = client.randomState()
  const nonce = client.randomNonce()
  const codeVerifier = client.randomPKCECodeVerifier()
  await db.delete(oidcSignIn).where(lt(oidcSignIn.expiresAt, now))
  await db.insert(oidcSignIn).values({
    flowKeyHash: sha256(flowToken),
    state,
    nonce,
    codeVerifier,
    locale,
    expiresAt: new Date(now.getTime() + FLOW_MINUTES * 60_000),
    createdAt: now,
    updatedAt: now,
  })
  const url = client.buildAuthorizationUrl(config, {
    redirect_uri: settings.redirectUrl,
    scope: 'openid profile',
    state,
    nonce,
    code_challenge: await client.calculatePKCECodeChallenge(codeVerifier),
    code_challenge_method: 'S256',
    ui_locales: locale,
  })
  return { authorizationUrl: url.href, flowToken }
}

export interface AuthorizationResponse {
  code?: string | undefined
  state?: string | undefined
  iss?: string | undefined
  error?: string | undefined
}

export interface IdentifiedPerson {
  identityCode: string
  locale: Locale
}

/**
 * Finishes a sign-in with what the provider sent back to the browser. The flow is used up
 * whatever the outcome: a replayed or forged answer finds nothing to finish.
 */
export async function finishOidcSignIn(
  db: Queryable,
  settings: OidcSettings,
  flowToken: string | undefined,
  response: AuthorizationResponse,
  now: Date,
): Promise<IdentifiedPerson> {
  const [flow] = flowToken
    ? await db
        .delete(oidcSignIn)
        .where(and(eq(oidcSignIn.flowKeyHash, sha256(flowToken)), gt(oidcSignIn.expiresAt, now)))
        .returning()
    : []
  if (!flow) {
    throw new Unauthenticated(
      'identification_expired',
      'No sign-in is under way in this browser, or it took too long. Start again.',
    )
  }
  if (response.error) {
    throw new Unauthenticated('identification_cancelled', 'The identification was cancelled.')
  }
  if (response.state !== flow.state) {
    throw new Unauthenticated(
      'identification_failed',
      'The answer does not belong to this sign-in.',
    )
  }
  const config = await configurationOrUnavailable(settings)
  const callback = new URL(settings.redirectUrl)
  for (const [k, v] of Object.entries(response) as [string, string | undefined][]) {
    if (v) callback.searchParams.set(k, v)
  }
  let claims: Record<string, unknown>
  try {
    const tokens = await client.authorizationCodeGrant(config, callback, {
      pkceCodeVerifier: flow.codeVerifier,
      expectedState: flow.state,
      expectedNonce: flow.nonce,
      idTokenExpected: true,
    })
    const idClaims = tokens.claims()!
    // Providers release the identity code in the ID token or (Suomi.fi) from userinfo.
    const userinfo = await client.fetchUserInfo(config, tokens.access_token, idClaims.sub)
    claims = { ...idClaims, ...userinfo }
  } catch {
    throw new Unauthenticated('identification_failed', 'The identification service refused.')
  }
  const identityCode = IDENTITY_CODE_CLAIMS.map((c) => claims[c]).find(
    (v): v is string => typeof v === 'string' && v.length > 0,
  )
  if (!identityCode) {
    throw new Unauthenticated('identification_failed', 'The answer carries no identity code.')
  }
  return { identityCode: identityCode.trim().toUpperCase(), locale: flow.locale }
}
