import { randomUUID } from 'node:crypto'
import type { FastifyInstance, FastifyReply, FastifyRequest } from 'fastify'
import type { ZodTypeProvider } from 'fastify-type-provider-zod'
import { z } from 'zod'
import type { AnyColumn, SQL } from 'drizzle-orm'
import {
  accessFilter,
  authorize,
  customersOfTarget,
  mayAttempt,
  type ListAction,
  type RoleAction,
  type TargetAction,
} from '../access'
import { writeAuditEvent, type AuditEventInput } from '../audit/audit'
import { actorRoleLabel, newContext, type Actor, type Clock, type Ctx } from '../context'
import type { Db } from '../db/database'
import { READ_YOUR_WRITES_COOKIE, type Replica } from '../db/replica'
import { DomainError, Forbidden, Unauthenticated } from '../errors'
import { problemSchema } from './problems'

type AnyZod = z.ZodType
type Infer<T> = T extends AnyZod ? z.infer<T> : undefined

export interface RouteInput<P, Q, B> {
  params: P
  query: Q
  body: B
}

/** What a list route's handler gets besides the context: the filter its query must apply. */
export interface ListScope {
  /**
   * The access predicate on `column`, which holds the customer id of each row: only the
   * customers the actor may list pass, so paging and counts are right.
   */
  filter(column: AnyColumn | SQL, shape?: 'row' | 'set'): SQL
}
export interface ListCtx extends Ctx {
  list: ListScope
}

type AnyRouteAction = TargetAction | ListAction | RoleAction

/**
 * What the kind of action asks of a route, so that forgetting a check is a type error:
 * a target action names where its target id comes from; a list action names the customers
 * its answer shows (for the audit) and its handler gets the list filter; a role action, none.
 */
type AccessOf<A, I, R> = A extends TargetAction
  ? {
      /** The id the action is checked against; the wrapper authorizes it before the handler. */
      target: (input: I) => string
    }
  : A extends ListAction
    ? {
        /** The customers the answer shows, recorded as persons touched. */
        persons: (result: R) => Iterable<string>
      }
    : unknown

type CtxOf<A> = A extends ListAction ? ListCtx : Ctx

/**
 * One HTTP route: zod in, zod out, one access-control action. The handler gets a context whose
 * `db` is the request's transaction; the audit event is written in that same transaction.
 */
export type RouteDef<
  A extends AnyRouteAction | 'public' = AnyRouteAction | 'public',
  P extends AnyZod | undefined = undefined,
  Q extends AnyZod | undefined = undefined,
  B extends AnyZod | undefined = undefined,
  R extends AnyZod = AnyZod,
> = {
  method: 'GET' | 'POST' | 'PUT' | 'PATCH' | 'DELETE'
  url: string
  summary: string
  tags: string[]
  /** 'public' only for routes that touch nobody's data (health, sign-in). */
  action: A
  params?: P
  query?: Q
  body?: B
  response: R
  status?: 200 | 201 | 204
  /**
   * A report that may read from the streaming replica (db/replica.ts): its audit event is then
   * written on the primary right after the read, before the answer goes out.
   */
  readFrom?: 'replica'
  /** A body larger than the server's 64 KB (an image upload), in bytes. */
  bodyLimit?: number
  handler: (
    ctx: CtxOf<A>,
    input: RouteInput<Infer<P>, Infer<Q>, Infer<B>>,
    reply: FastifyReply,
  ) => Promise<z.infer<R>>
} & AccessOf<A, RouteInput<Infer<P>, Infer<Q>, Infer<B>>, z.infer<R>>

export function defineRoute<
  A extends AnyRouteAction | 'public',
  P extends AnyZod | undefined = undefined,
  Q extends AnyZod | undefined = undefined,
  B extends AnyZod | undefined = undefined,
  R extends AnyZod = AnyZod,
>(def: RouteDef<A, P, Q, B, R>): RouteDef<A, P, Q, B, R> {
  return def
}

/* eslint-disable @typescript-eslint/no-explicit-any -- a route of any kind, whatever its types */
/** A route of any kind, as the server and the tests see it. */
export interface AnyRoute {
  method: RouteDef['method']
  url: string
  summary: string
  tags: string[]
  action: AnyRouteAction | 'public'
  params?: AnyZod | undefined
  query?: AnyZod | undefined
  body?: AnyZod | undefined
  response: AnyZod
  status?: 200 | 201 | 204 | undefined
  readFrom?: 'replica' | undefined
  bodyLimit?: number | undefined
  target?: (input: any) => string
  persons?: (result: any) => Iterable<string>
  handler: (ctx: any, input: any, reply: FastifyReply) => Promise<unknown>
}
/* eslint-enable @typescript-eslint/no-explicit-any */

export interface RouteDeps {
  db: Db
  clock: Clock
  actorOf: (req: FastifyRequest) => Actor
  replica?: Replica | undefined
  /** Passed to every request's context (Ctx.invitations). */
  invitations?: Ctx['invitations']
  /** Passed to every request's context (Ctx.queue). */
  queue?: Ctx['queue']
  /** Passed to every request's context (Ctx.surveys). */
  surveys?: Ctx['surveys']
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

function targetOf(def: AnyRoute): NonNullable<AnyRoute['target']> {
  if (!def.target) throw new Error(`${def.method} ${def.url} names no target`)
  return def.target
}

function personsOf(def: AnyRoute): NonNullable<AnyRoute['persons']> {
  if (!def.persons) throw new Error(`${def.method} ${def.url} names no persons`)
  return def.persons
}

export function registerRoute(app: FastifyInstance, deps: RouteDeps, def: AnyRoute): void {
  const status = def.status ?? 200
  const schemas = {
    params: def.params,
    query: def.query,
    body: closed(def.body),
    response: def.response,
  }
  app.withTypeProvider<ZodTypeProvider>().route({
    method: def.method,
    url: def.url,
    ...(def.bodyLimit ? { bodyLimit: def.bodyLimit } : {}),
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
        const ctx = {
          ...newContext(deps.db, actor, requestId, now),
          invitations: deps.invitations,
          queue: deps.queue,
          surveys: deps.surveys,
        }
        const list: ListScope = {
          filter: () => {
            throw new Error('A public route lists nobody')
          },
        }
        const result: unknown = await def.handler({ ...ctx, list }, input, reply)
        return status === 204 ? null : result
      }
      const action = def.action
      if (actor.kind === 'anonymous')
        throw new Unauthenticated('sign_in_required', 'Sign in to continue.')
      if (action.kind !== 'target' && !mayAttempt(actor, action, now)) {
        throw new Forbidden('not_permitted', `Not permitted: ${action.name}.`)
      }
      const outer = {
        ...newContext(deps.db, actor, requestId, now),
        invitations: deps.invitations,
        queue: deps.queue,
        surveys: deps.surveys,
      }
      const replica = def.readFrom === 'replica' && def.method === 'GET' ? deps.replica : undefined
      const fromReplica =
        replica !== undefined && (await replica.hasReplayed(req.cookies[READ_YOUR_WRITES_COOKIE]))
      let auditAfterRead = null as AuditEventInput | null
      try {
        const readDb = fromReplica && replica ? replica.db : deps.db
        const result: unknown = await readDb.transaction(async (tx) => {
          const base: Ctx = { ...outer, db: tx }
          let filterApplied = false
          const ctx: ListCtx = {
            ...base,
            list: {
              filter: (column, shape) => {
                if (action.kind !== 'list') throw new Error(`${action.name} is not a list action`)
                filterApplied = true
                return accessFilter(base, action, column, shape)
              },
            },
          }
          if (action.kind === 'target') {
            const id = targetOf(def)(input)
            const persons = await customersOfTarget(ctx, action.target, id)
            // The target's customer is a person touched, also when the target is their step.
            ctx.audit.touch(persons, [id])
            await authorize(ctx, action, id)
          }
          const value: unknown = await def.handler(ctx, input, reply)
          if (action.kind === 'list') {
            // A list that did not filter is a bug, never an answer: refuse it loudly.
            if (!filterApplied) throw new Error(`${def.method} ${def.url} did not apply its filter`)
            ctx.audit.touch(personsOf(def)(value))
          }
          const event: AuditEventInput = {
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
          }
          // A replica takes no writes: its reads are audited on the primary, before answering.
          if (fromReplica) auditAfterRead = event
          else await writeAuditEvent(tx, event)
          return value
        })
        const pending = auditAfterRead
        if (pending) await deps.db.transaction((tx) => writeAuditEvent(tx, pending))
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
