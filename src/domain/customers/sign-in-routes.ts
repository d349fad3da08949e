import type { FastifyReply } from 'fastify'
import { z } from 'zod'
import { startSession } from '../../platform/auth/auth'
import { finishOidcSignIn, startOidcSignIn } from '../../platform/auth/oidc'
import { SESSION_COOKIE } from '../../platform/auth/routes'
import { locales } from '../../platform/auth/schema'
import { writeAuditEvent } from '../../platform/audit/audit'
import { oidcSettings, type Config } from '../../platform/config'
import type { Ctx } from '../../platform/context'
import { NotFound } from '../../platform/errors'
import { defineRoute } from '../../platform/http/route'
import type { CustomerId, UserAccountId } from '../../platform/ids'
import { acceptInvitationBody, invitationToken } from '../../shared/invitation'
import { accountOfIdentifiedPerson, acceptInvitation, checkInvitation } from './person-sign-in'

/** The browser's half of a strong-identification sign-in under way (docs/sign-in.md). */
export const OIDC_FLOW_COOKIE = 'saumaton_identification'

/** The young person's ways in: strong identification, or an invitation's password. */
export function personSignInRoutes(config: Config) {
  const oidc = oidcSettings(config)
  const cookie = {
    path: '/',
    httpOnly: true,
    sameSite: 'lax' as const,
    secure: config.COOKIE_SECURE,
  }
  const audit = (ctx: Ctx, action: string, userId: UserAccountId, customerId: CustomerId) =>
    ctx.db.transaction((tx) =>
      writeAuditEvent(tx, {
        occurredAt: ctx.now,
        requestId: ctx.requestId,
        actorUserId: userId,
        actorOrganisationId: null,
        actorRole: 'person',
        action,
        purpose: null,
        outcome: 'success',
        personIds: [customerId],
        recordIds: [],
      }),
    )
  const signedIn = async (
    ctx: Ctx,
    reply: FastifyReply,
    userId: UserAccountId,
    customerId: CustomerId,
    how: string,
  ) => {
    const token = await startSession(ctx.db, userId, ctx.now, reply.request.cookies[SESSION_COOKIE])
    await audit(ctx, how, userId, customerId)
    void reply.setCookie(SESSION_COOKIE, token, cookie)
  }
  const identificationRequired = () => {
    if (!oidc) throw new NotFound('not_found', 'No identification service is configured.')
    return oidc
  }
  return [
    defineRoute({
      method: 'GET',
      url: '/api/v1/session/methods',
      summary: 'How one can sign in here: with strong identification, with a password',
      tags: ['session'],
      action: 'public',
      response: z.object({ strongIdentification: z.boolean() }),
      handler: () => Promise.resolve({ strongIdentification: oidc !== null }),
    }),
    defineRoute({
      method: 'POST',
      url: '/api/v1/session/identification',
      summary: 'Start a strong identification; answers where to send the browser',
      tags: ['session'],
      action: 'public',
      body: z.object({ locale: z.enum(locales).optional() }).optional(),
      response: z.object({ authorizationUrl: z.string() }),
      handler: async (ctx, { body }, reply) => {
        const settings = identificationRequired()
        const started = await startOidcSignIn(ctx.db, settings, body?.locale ?? 'fi', ctx.now)
        void reply.setCookie(OIDC_FLOW_COOKIE, started.flowToken, {
          ...cookie,
          path: '/api/v1/session/identification',
          maxAge: 600,
        })
        return { authorizationUrl: started.authorizationUrl }
      },
    }),
    defineRoute({
      method: 'POST',
      url: '/api/v1/session/identification/callback',
      summary: "Finish a strong identification with the provider's answer; sets the session cookie",
      tags: ['session'],
      action: 'public',
      body: z.object({
        code: z.string().max(2000).optional(),
        state: z.string().max(500).optional(),
        iss: z.string().max(500).optional(),
        error: z.string().max(200).optional(),
        error_description: z.string().max(2000).optional(),
      }),
      response: z.object({ ok: z.literal(true) }),
      handler: async (ctx, { body }, reply) => {
        const settings = identificationRequired()
        const flow = reply.request.cookies[OIDC_FLOW_COOKIE]
        void reply.clearCookie(OIDC_FLOW_COOKIE, { path: '/api/v1/session/identification' })
        const person = await finishOidcSignIn(ctx.db, settings, flow, body, ctx.now)
        const account = await ctx.db.transaction((tx) =>
          accountOfIdentifiedPerson(tx, person.identityCode, person.locale, ctx.now),
        )
        await signedIn(ctx, reply, account.userId, account.customerId, 'session.start_identified')
        return { ok: true as const }
      },
    }),
    defineRoute({
      method: 'POST',
      url: '/api/v1/invitations/check',
      summary: 'Whether an invitation link still works, and the username it sets a password for',
      tags: ['session'],
      action: 'public',
      body: z.object({ token: invitationToken }),
      response: z.object({ username: z.string() }),
      handler: (ctx, { body }) => checkInvitation(ctx.db, body.token, ctx.now),
    }),
    defineRoute({
      method: 'POST',
      url: '/api/v1/invitations/accept',
      summary: 'Set a password with an invitation (single use); then one signs in with it',
      tags: ['session'],
      action: 'public',
      body: acceptInvitationBody,
      response: z.object({ username: z.string() }),
      status: 201,
      handler: async (ctx, { body }) => {
        const done = await ctx.db.transaction((tx) =>
          acceptInvitation(tx, body.token, body.password, body.locale ?? 'fi', ctx.now),
        )
        await audit(ctx, 'invitation.accept', done.userId, done.customerId)
        return { username: done.username }
      },
    }),
  ]
}
