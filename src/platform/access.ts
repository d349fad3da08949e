import { sql, type SQL, type AnyColumn } from 'drizzle-orm'
import { queryRows } from './db/database'
import { hasRole, type Actor, type Ctx, type Role } from './context'
import { Forbidden, NotFound, Unauthenticated } from './errors'

/**
 * Access control: one definition per action, used three ways (ARCHITECTURE.md):
 *   authorize()          – the check a route makes before it acts,
 *   permittedActions()   – what the UI may offer, per target,
 *   accessFilter()       – the predicate every list query applies.
 * An action's rules are OR'ed. A relation rule is a SQL query returning the target ids the actor
 * may touch, so one rule batches over many targets.
 */
export type Rule =
  | { kind: 'role'; role: Role }
  | {
      kind: 'relation'
      description: string
      /** A `select <id>` query of the targets this actor relates to, or null when it cannot apply. */
      targets: (actor: Actor, now: Date) => SQL | null
    }

export interface Action<TTarget extends string = string> {
  readonly name: string
  readonly rules: readonly Rule[]
  /** Answer 404 instead of 403, where the existence of the target is itself private. */
  readonly hideExistence: boolean
  readonly __target?: TTarget
}

export function defineAction<TTarget extends string = string>(
  name: string,
  rules: readonly Rule[],
  options: { hideExistence?: boolean } = {},
): Action<TTarget> {
  return { name, rules, hideExistence: options.hideExistence ?? false }
}

export const role = (r: Role): Rule => ({ kind: 'role', role: r })
export const relation = (
  description: string,
  targets: (actor: Actor, now: Date) => SQL | null,
): Rule => ({ kind: 'relation', description, targets })

function roleGrants(actor: Actor, action: Action): boolean {
  return action.rules.some((r) => r.kind === 'role' && hasRole(actor, r.role))
}

function relationQueries(actor: Actor, action: Action, now: Date): SQL[] {
  return action.rules.flatMap((r) => {
    if (r.kind !== 'relation') return []
    const q = r.targets(actor, now)
    return q ? [q] : []
  })
}

/** True when the actor could be permitted the action on some target (for target-less routes). */
export function mayAttempt(actor: Actor, action: Action, now: Date): boolean {
  return roleGrants(actor, action) || relationQueries(actor, action, now).length > 0
}

/** The predicate for list queries: `column` holds the target id. */
export function accessFilter(
  ctx: Ctx,
  action: Action,
  column: AnyColumn | SQL,
  /** 'row' checks each row (best for a page read in index order); 'set' builds the set of ids
   * once (best for counting everything an organisation may see). Same rules either way. */
  shape: 'row' | 'set' = 'row',
): SQL {
  if (roleGrants(ctx.actor, action)) return sql`true`
  const queries = relationQueries(ctx.actor, action, ctx.now)
  if (queries.length === 0) return sql`false`
  if (shape === 'set') return sql`${column} in (${sql.join(queries, sql` union all `)})`
  return relatedTo(queries, column)
}

/**
 * `column` is among the ids some relation returns. Written as EXISTS over UNION ALL (not as
 * `in (…) or in (…)`) so that PostgreSQL pushes the id into each relation and uses its index
 * instead of hashing every id an organisation may see (bench/README.md).
 */
function relatedTo(queries: SQL[], column: AnyColumn | SQL): SQL {
  return sql`exists (${sql.join(
    queries.map((q) => sql`select 1 from (${q}) as rel(id) where rel.id = ${column}`),
    sql` union all `,
  )})`
}

export async function permittedTargets<T extends string>(
  ctx: Ctx,
  action: Action<T>,
  ids: readonly T[],
): Promise<Set<T>> {
  if (ids.length === 0) return new Set()
  if (roleGrants(ctx.actor, action)) return new Set(ids)
  const queries = relationQueries(ctx.actor, action, ctx.now)
  if (queries.length === 0) return new Set()
  const rows = await queryRows<{ id: T }>(
    ctx.db,
    sql`select t.id::text as id from unnest(${toUuidArray(ids)}) as t(id)
        where ${relatedTo(queries, sql`t.id`)}`,
  )
  return new Set(rows.map((r) => r.id))
}

function toUuidArray(ids: readonly string[]): SQL {
  return sql`array[${sql.join(
    ids.map((id) => sql`${id}::uuid`),
    sql`, `,
  )}]`
}

/** The check a route makes before it acts on one target. */
export async function authorize<T extends string>(
  ctx: Ctx,
  action: Action<T>,
  id: T,
): Promise<void> {
  if (ctx.actor.kind === 'anonymous')
    throw new Unauthenticated('sign_in_required', 'Sign in to continue.')
  const allowed = await permittedTargets(ctx, action, [id])
  if (!allowed.has(id)) {
    if (action.hideExistence) throw new NotFound('not_found', 'No such record, or no access to it.')
    throw new Forbidden('not_permitted', `Not permitted: ${action.name}.`)
  }
}

/** The actions of `actions` the actor may perform on each target, for the UI's buttons. */
export async function permittedActions<T extends string>(
  ctx: Ctx,
  actions: readonly Action<T>[],
  ids: readonly T[],
): Promise<Map<T, string[]>> {
  const result = new Map<T, string[]>(ids.map((id) => [id, []]))
  for (const action of actions) {
    const allowed = await permittedTargets(ctx, action, ids)
    for (const id of allowed) result.get(id)?.push(action.name)
  }
  return result
}

/** The young person acting on their own data. */
export const isCustomerThemself: Rule = relation('is the customer themself', (actor) =>
  actor.kind === 'user' && actor.customerId ? sql`select ${actor.customerId}::uuid` : null,
)

/** Any signed-in person, for routes about one's own account. */
export const anySignedIn: readonly Rule[] = [role('person'), role('worker'), role('coordinator')]
