import { z } from 'zod'
import { anySignedIn, defineRoleAction } from '../access'
import type { Config } from '../config'
import { Unauthenticated } from '../errors'
import { defineRoute } from '../http/route'
import { setLocale, signIn, signOut } from './auth'
import { writeAuditEvent } from '../audit/audit'
import { locales } from './schema'
import { userRoles } from '../../shared/enums'
import type { FastifyReply, FastifyRequest } from 'fastify'

export const SESSION_COOKIE = 'saumaton_session'

export const accountActions = {
  readSelf: defineRoleAction('account.read_self', anySignedIn),
  updateSelf: defineRoleAction('account.update_self', anySignedIn),
  signOut: defineRoleAction('session.end', anySignedIn),
}

const meSchema = z
  .object({
    user: z.object({
      id: z.string(),
      displayName: z.string(),
      locale: z.enum(locales),
      roles: z.array(z.enum(userRoles)),
      organisationId: z.string().nullable(),
      customerId: z.string().nullable(),
    }),
    csrfToken: z.string(),
  })
  .meta({ id: 'Me' })

/** The session a request carried, set by the session hook in server.ts. */
export interface RequestSession {
  sessionId: string
  csrfToken: string
}
declare module 'fastify' {
  interface FastifyRequest {
    session: RequestSession | null
  }
}

export function authRoutes(config: Config) {
  const cookieOptions = {
    path: '/',
    httpOnly: true,
    sameSite: 'lax' as const,
    secure: config.COOKIE_SECURE,
  }
  const me = (
    req: FastifyRequest,
    ctx: Parameters<Parameters<typeof defineRoute>[0]['handler']>[0],
  ) => {
    const actor = ctx.actor
    if (actor.kind !== 'user' || !req.session)
      throw new Unauthenticated('sign_in_required', 'Sign in to continue.')
    return {
      user: {
        id: actor.userId,
        displayName: actor.displayName,
        locale: actor.locale,
        roles: actor.roles,
        organisationId: actor.organisationId,
        customerId: actor.customerId,
      },
      csrfToken: req.session.csrfToken,
    }
  }
  return [
    defineRoute({
      method: 'POST',
      url: '/api/v1/session',
      summary: 'Sign in with a local account; sets the session cookie',
      tags: ['session'],
      action: 'public',
      body: z.object({
        username: z.string().min(1).max(200),
        password: z.string().min(1).max(1000),
      }),
      response: z.object({ ok: z.literal(true) }),
      handler: async (ctx, { body }, reply: FastifyReply) => {
        // Not in one transaction: a failed attempt must stay counted although the sign-in fails.
        const { token, account } = await signIn(
          ctx.db,
          body.username,
          body.password,
          ctx.now,
          {
            maxFailures: config.LOGIN_MAX_FAILURES,
            maxFailuresPerAddress: config.LOGIN_MAX_FAILURES_PER_ADDRESS,
            windowMinutes: config.LOGIN_WINDOW_MINUTES,
          },
          reply.request.ip,
          reply.request.cookies[SESSION_COOKIE],
        )
        await ctx.db.transaction((tx) =>
          writeAuditEvent(tx, {
            occurredAt: ctx.now,
            requestId: ctx.requestId,
            actorUserId: account.userId,
            actorOrganisationId: null,
            actorRole: 'user',
            action: 'session.start',
            purpose: null,
            outcome: 'success',
            personIds: [],
            recordIds: [],
          }),
        )
        void reply.setCookie(SESSION_COOKIE, token, cookieOptions)
        return { ok: true as const }
      },
    }),
    defineRoute({
      method: 'DELETE',
      url: '/api/v1/session',
      summary: 'Sign out',
      tags: ['session'],
      action: accountActions.signOut,
      response: z.null(),
      status: 204,
      handler: async (ctx, _input, reply) => {
        const session = reply.request.session
        if (session) await signOut(ctx.db, session.sessionId)
        void reply.clearCookie(SESSION_COOKIE, { path: '/' })
        return null
      },
    }),
    defineRoute({
      method: 'GET',
      url: '/api/v1/me',
      summary: 'The signed-in user, their roles, and the CSRF token for writes',
      tags: ['session'],
      action: accountActions.readSelf,
      response: meSchema,
      handler: async (ctx, _input, reply) => me(reply.request, ctx),
    }),
    defineRoute({
      method: 'PATCH',
      url: '/api/v1/me',
      summary: "Change the signed-in user's language",
      tags: ['session'],
      action: accountActions.updateSelf,
      body: z.object({ locale: z.enum(locales) }),
      response: meSchema,
      handler: async (ctx, { body }, reply) => {
        if (ctx.actor.kind !== 'user')
          throw new Unauthenticated('sign_in_required', 'Sign in to continue.')
        await setLocale(ctx.db, ctx.actor.userId, body.locale, ctx.now)
        const result = me(reply.request, ctx)
        return { ...result, user: { ...result.user, locale: body.locale } }
      },
    }),
  ]
}
