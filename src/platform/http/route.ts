import { randomUUID } from 'node:crypto'
import type { FastifyInstance, FastifyReply, FastifyRequest } from 'fastify'
import type { ZodTypeProvider } from 'fastify-type-provider-zod'
import { z } from 'zod'
import { authorize, mayAttempt, type Action } from '../access'
import { writeAuditEvent } from '../audit/audit'
import { actorRoleLabel, newContext, type Actor, type Clock, type Ctx } from '../context'
import type { Db } from '../db/database'
import { DomainError, Forbidden, Unauthenticated } from '../errors'
import { problemSchema } from './problems'

type AnyZod = z.ZodType
type Infer<T> = T extends AnyZod ? z.infer<T> : undefined

export interface RouteInput<P, Q, B> {
  params: P
  query: Q
  body: B
}

/**
 * One HTTP route: zod in, zod out, one access-control action. The handler gets a context whose
 * `db` is the request's transaction; the audit event is written in that same transaction.
 */
export interface RouteDef<
  P extends AnyZod | undefined = undefined,
  Q extends AnyZod | undefined = undefined,
  B extends AnyZod | undefined = undefined,
  R extends AnyZod = AnyZod,
> {
  method: 'GET' | 'POST' | 'PUT' | 'PATCH' | 'DELETE'
  url: string
  summary: string
  tags: string[]
  /** 'public' only for routes that touch nobody's data (health, sign-in). */
  action: Action | 'public'
  /** The id the action is checked against; without it the action is checked by role and the
   * handler applies the action's list filter. */
  target?: (input: RouteInput<Infer<P>, Infer<Q>, Infer<B>>) => string
  params?: P
  query?: Q
  body?: B
  response: R
  status?: 200 | 201 | 204
  /** Set for routes whose effect must survive a failing audit write (none today). */
  handler: (
    ctx: Ctx,
    input: RouteInput<Infer<P>, Infer<Q>, Infer<B>>,
    reply: FastifyReply,
  ) => Promise<z.infer<R>>
}

export function defineRoute<
  P extends AnyZod | undefined = undefined,
  Q extends AnyZod | undefined = undefined,
  B extends AnyZod | undefined = undefined,
  R extends AnyZod = AnyZod,
>(def: RouteDef<P, Q, B, R>): RouteDef<P, Q, B, R> {
  return def
}

// eslint-disable-next-line @typescript-eslint/no-explicit-any
export type AnyRoute = RouteDef<any, any, any, any>

export interface RouteDeps {
  db: Db
  clock: Clock
  actorOf: (req: FastifyRequest) => Actor
}

function auditOutcomeWrite(
  deps: RouteDeps,
  ctx: Ctx,
  action: string,
  outcome: 'denied' | 'failure',
): Promise<void> {
  const actor = ctx.actor
  return deps.db.transaction((tx) =>
    writeAuditEvent(tx, {
      occurredAt: ctx.now,
      requestId: ctx.requestId,
      actorUserId: actor.kind === 'user' ? actor.userId : null,
      actorOrganisationId: actor.kind === 'user' ? actor.organisationId : null,
      actorRole: actorRoleLabel(actor),
      action,
      purpose: ctx.audit.purpose,
      outcome,
      personIds: [...ctx.audit.personIds],
      recordIds: [...ctx.audit.recordIds],
    }),
  )
}

/**
 * A request body refuses fields it does not know (zod strips them silently otherwise): a client
 * that misspells `validUntil` must hear so, not get a consent without an end. An optional body
 * may really be left out: Fastify hands a missing body to the validator as null.
 */
function closed(body: AnyZod | undefined): AnyZod | undefined {
  if (body instanceof z.ZodObject) return body.strict()
  if (body instanceof z.ZodOptional && body.unwrap() instanceof z.ZodObject) {
    const inner = (body.unwrap() as z.ZodObject).strict().optional()
    return z.preprocess((v) => v ?? undefined, inner)
  }
  return body
}

export function registerRoute(app: FastifyInstance, deps: RouteDeps, def: AnyRoute): void {
  const status = def.status ?? 200
  const schemas = {
    params: def.params as AnyZod | undefined,
    query: def.query as AnyZod | undefined,
    body: closed(def.body as AnyZod | undefined),
    response: def.response as AnyZod,
  }
  app.withTypeProvider<ZodTypeProvider>().route({
    method: def.method,
    url: def.url,
    schema: {
      summary: def.summary,
      tags: def.tags,
      ...(schemas.params ? { params: schemas.params } : {}),
      ...(schemas.query ? { querystring: schemas.query } : {}),
      ...(schemas.body ? { body: schemas.body } : {}),
      response: {
        [status]: status === 204 ? z.null().describe('No content') : schemas.response,
        '4XX': problemSchema,
      },
    },
    // Who asks comes before what they sent: an anonymous caller learns to sign in, not the schema.
    preValidation: (req, _reply, done) => {
      if (def.action !== 'public' && deps.actorOf(req).kind === 'anonymous') {
        return done(new Unauthenticated('sign_in_required', 'Sign in to continue.'))
      }
      done()
    },
    handler: async (req, reply) => {
      const input = { params: req.params, query: req.query, body: req.body } as RouteInput<
        unknown,
        unknown,
        unknown
      >
      const actor = deps.actorOf(req)
      const now = deps.clock()
      const requestId = String(req.id ?? randomUUID())
      reply.status(status)

      if (def.action === 'public') {
        const ctx = newContext(deps.db, actor, requestId, now)
        const result: unknown = await def.handler(ctx, input, reply)
        return status === 204 ? null : result
      }
      const action = def.action
      if (actor.kind === 'anonymous')
        throw new Unauthenticated('sign_in_required', 'Sign in to continue.')
      if (!def.target && !mayAttempt(actor, action, now)) {
        throw new Forbidden('not_permitted', `Not permitted: ${action.name}.`)
      }
      const outer = newContext(deps.db, actor, requestId, now)
      try {
        const result: unknown = await deps.db.transaction(async (tx) => {
          const ctx: Ctx = { ...outer, db: tx }
          if (def.target) {
            const id = def.target(input)
            ctx.audit.touch([], [id])
            await authorize(ctx, action, id)
          }
          const value: unknown = await def.handler(ctx, input, reply)
          await writeAuditEvent(tx, {
            occurredAt: now,
            requestId,
            actorUserId: actor.kind === 'user' ? actor.userId : null,
            actorOrganisationId: actor.kind === 'user' ? actor.organisationId : null,
            actorRole: actorRoleLabel(actor),
            action: action.name,
            purpose: ctx.audit.purpose,
            outcome: 'success',
            personIds: [...ctx.audit.personIds],
            recordIds: [...ctx.audit.recordIds],
          })
          return value
        })
        return status === 204 ? null : result
      } catch (e) {
        // The attempt itself is recorded, after the failed transaction rolled back.
        const outcome = e instanceof DomainError && e.status < 500 ? 'denied' : 'failure'
        if (e instanceof DomainError && (e.status === 403 || e.status === 404)) {
          await auditOutcomeWrite(deps, outer, action.name, outcome).catch(
            (auditError: unknown) => {
              req.log.error({ err: auditError }, 'audit write for a refused request failed')
            },
          )
        }
        throw e
      }
    },
  })
}
