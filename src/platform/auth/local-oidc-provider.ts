import { generateKeyPairSync, randomBytes } from 'node:crypto'
import http from 'node:http'
import type { AddressInfo } from 'node:net'
import Provider, { type Account, type KoaContextWithOIDC } from 'oidc-provider'

/** A person the local identification service knows, like a test person of Suomi.fi's. */
export interface TestPerson {
  /** What one types as the login at the service's sign-in page (any password goes). */
  login: string
  identityCode: string
  givenName: string
  familyName: string
}

export interface LocalOidcProvider {
  issuer: string
  clientId: string
  clientSecret: string
  close(): Promise<void>
}

const CLAIMS = ['given_name', 'family_name', 'national_identification_number']

/**
 * A real OpenID provider (oidc-provider) on the loopback address, for the demo and the tests:
 * the same protocol as Suomi.fi e-Identification, with test persons instead of a population
 * register. Its sign-in page takes a test person's login and any password; our app is a
 * first-party client, so no separate consent screen is asked.
 */
export async function startLocalOidcProvider(options: {
  port: number
  redirectUrl: string
  persons: readonly TestPerson[] | (() => Promise<readonly TestPerson[]>)
}): Promise<LocalOidcProvider> {
  const clientId = 'saumaton'
  const clientSecret = randomBytes(24).toString('base64url')
  const server = http.createServer()
  await new Promise<void>((resolve, reject) => {
    server.once('error', reject)
    server.listen(options.port, '127.0.0.1', () => resolve())
  })
  const issuer = `http://127.0.0.1:${(server.address() as AddressInfo).port}`
  const personsOf = async () =>
    typeof options.persons === 'function' ? options.persons() : options.persons
  const { privateKey } = generateKeyPairSync('rsa', { modulusLength: 2048 })
  const provider = new Provider(issuer, {
    clients: [
      {
        client_id: clientId,
        client_secret: clientSecret,
        redirect_uris: [options.redirectUrl],
        grant_types: ['authorization_code'],
        response_types: ['code'],
      },
    ],
    jwks: { keys: [{ ...privateKey.export({ format: 'jwk' }), alg: 'RS256', use: 'sig' }] },
    cookies: { keys: [randomBytes(32).toString('base64url')] },
    claims: { openid: ['sub'], profile: CLAIMS },
    pkce: { required: () => true },
    // Seconds: a sign-in's worth, no more.
    ttl: {
      AuthorizationCode: 60,
      AccessToken: 600,
      IdToken: 600,
      Interaction: 600,
      Session: 3600,
      Grant: 3600,
    },
    features: { devInteractions: { enabled: true } },
    findAccount: async (_ctx: unknown, id: string): Promise<Account | undefined> => {
      const person = (await personsOf()).find((p) => p.login === id.trim().toLowerCase())
      if (!person) return undefined
      return {
        accountId: id,
        claims: () => ({
          sub: id,
          given_name: person.givenName,
          family_name: person.familyName,
          national_identification_number: person.identityCode,
        }),
      }
    },
    // A first-party client: the grant is given with the sign-in itself.
    loadExistingGrant: async (ctx: KoaContextWithOIDC) => {
      const { provider: p, client, session, result } = ctx.oidc
      if (!session.accountId) return undefined
      const grantId = result?.consent?.grantId ?? session.grantIdFor(client.clientId)
      if (grantId) return p.Grant.find(grantId)
      const grant = new p.Grant({ clientId: client.clientId, accountId: session.accountId })
      grant.addOIDCScope('openid profile')
      grant.addOIDCClaims(CLAIMS)
      await grant.save()
      return grant
    },
  })
  server.on('request', provider.callback())
  return {
    issuer,
    clientId,
    clientSecret,
    close: () =>
      new Promise<void>((resolve) => {
        server.closeAllConnections()
        server.close(() => resolve())
      }),
  }
}
