// oidc-provider ships no types; the little the local identification service uses of it.
declare module 'oidc-provider' {
  import type { IncomingMessage, ServerResponse } from 'node:http'

  interface Grant {
    addOIDCScope(scope: string): void
    addOIDCClaims(claims: string[]): void
    save(): Promise<string>
  }
  interface GrantConstructor {
    new (init: { clientId: string; accountId: string }): Grant
    find(id: string): Promise<Grant | undefined>
  }
  export interface KoaContextWithOIDC {
    oidc: {
      provider: Provider
      client: { clientId: string }
      session: { accountId: string; grantIdFor(clientId: string): string | undefined }
      result?: { consent?: { grantId?: string } }
    }
  }
  export interface Account {
    accountId: string
    claims(): Record<string, unknown> | Promise<Record<string, unknown>>
  }
  export default class Provider {
    constructor(issuer: string, configuration: Record<string, unknown>)
    Grant: GrantConstructor
    proxy: boolean
    callback(): (req: IncomingMessage, res: ServerResponse) => void
  }
}
