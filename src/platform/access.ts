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
 *
 * There are three kinds of action, so that a route cannot forget its check (route.ts):
 *   a target action  – acts on one target whose id the route must name; checked per target;
 *   a list action    – lists customers' data; the handler gets the filter from the context;
 *   a role action    – touches no customer's records by id; allowed by role rules only.
 */
export interface RoleRule {
  kind: 'role'
  role: Role
}
export interface RelationRule {
  kind: 'relation'
  description: string
  /** A `select <id>` query of the targets this actor relates to, or null when it cannot apply. */
  targets: (actor: Actor, now: Date) => SQL | null
}
export type Rule = RoleRule | RelationRule

/**
 * What a target action acts on, and how to find the customer a target belongs to: the route
 * wrapper records that customer as a person touched, whatever the kind of target.
 */
export interface TargetKind {
  readonly name: string
  /** A query of the customer ids the target belongs to (none for a kind that concerns nobody). */
  readonly customersOf: ((id: string) => SQL) | null
}

export const customerTarget: TargetKind = {
  name: 'customer',
  customersOf: (id) => sql`select ${id}::uuid`,
}

export interface TargetAction<N extends string = string, TTarget extends string = string> {
  readonly kind: 'target'
  readonly name: N
  readonly rules: readonly Rule[]
  readonly target: TargetKind
  /** Answer 404 instead of 403, where the existence of the target is itself private. */
  readonly hideExistence: boolean
  readonly __target?: TTarget
}

/** Lists customers' data; the rules' relations return the customer ids the actor may list. */
export interface ListAction<N extends string = string> {
  readonly kind: 'list'
  readonly name: N
  readonly rules: readonly Rule[]
}

/** Touches no customer's records by id (catalogue, network, one's own session). */
export interface RoleAction<N extends string = string> {
  readonly kind: 'role'
  readonly name: N
  readonly rules: readonly RoleRule[]
}

export type Action<N extends string = string> = TargetAction<N> | ListAction<N> | RoleAction<N>

export function defineTargetAction<N extends string, TTarget extends string = string>(
  name: N,
  target: TargetKind,
  rules: readonly Rule[],
  options: { hideExistence?: boolean } = {},
): TargetAction<N, TTarget> {
  return { kind: 'target', name, rules, target, hideExistence: options.hideExistence ?? false }
}

export function defineListAction<N extends string>(name: N, rules: readonly Rule[]): ListAction<N> {
  return { kind: 'list', name, rules }
}

export function defineRoleAction<N extends string>(
  name: N,
  rules: readonly RoleRule[],
): RoleAction<N> {
  return { kind: 'role', name, rules }
}

export const role = (r: Role): RoleRule => ({ kind: 'role', role: r })
export const relation = (
  description: string,
  targets: (actor: Actor, now: Date) => SQL | null,
): RelationRule => ({ kind: 'relation', description, targets })

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

/**
 * Whether the actor may call a route of this action at all: by role, or (for a list) because
 * some relation applies to them, so that their list is filtered rather than empty by refusal.
 */
export function mayAttempt(actor: Actor, action: RoleAction | ListAction, now: Date): boolean {
  return roleGrants(actor, action) || relationQueries(actor, action, now).length > 0
}

/** The predicate for list queries: `column` holds the target id. */
export function accessFilter(
  ctx: Ctx,
  action: TargetAction | ListAction,
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
 * instead of hashing every id an organisation may see (bench/README.md). `offset 0` keeps the
 * EXISTS a correlated subquery: without it the planner may turn it into a semi-join that builds
 * the whole set first — at a million customers, seconds per check instead of a fraction of a
 * millisecond.
 */
export function relatedTo(queries: SQL[], column: AnyColumn | SQL): SQL {
  return sql`exists (${sql.join(
    queries.map((q) => sql`select 1 from (${q}) as rel(id) where rel.id = ${column}`),
    sql` union all `,
  )} offset 0)`
}

export async function permittedTargets<T extends string>(
  ctx: Ctx,
  action: TargetAction,
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

/**
 * The ids as one `uuid[]` parameter: one statement text for any number of ids, so a prepared
 * statement (`preparedByText`) serves every length, where `array[$1, $2, …]` made one per length.
 */
function toUuidArray(ids: readonly string[]): SQL {
  return sql`${sql.param([...ids])}::uuid[]`
}

/** The check a route makes before it acts on one target. */
export async function authorize<T extends string>(
  ctx: Ctx,
  action: TargetAction,
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

/** The customers a target belongs to, for the audit's persons. */
export async function customersOfTarget(ctx: Ctx, kind: TargetKind, id: string): Promise<string[]> {
  if (!kind.customersOf) return []
  // A customer target is its own customer: no round trip to say so (the id is a checked uuid).
  if (kind === customerTarget) return [id]
  const rows = await queryRows<{ id: string }>(
    ctx.db,
    sql`select c.id::text as id from (${kind.customersOf(id)}) as c(id) where c.id is not null`,
  )
  return rows.map((r) => r.id)
}

/**
 * The actions of `actions` the actor may perform on each target, for the UI's buttons: one
 * statement for all the actions and targets, each action's relations tested per target id as
 * `permittedTargets` tests them (`relatedTo`); an action granted by role needs no test.
 */
export async function permittedActions<N extends string, T extends string>(
  ctx: Ctx,
  actions: readonly TargetAction<N>[],
  ids: readonly T[],
): Promise<Map<T, N[]>> {
  const unique = [...new Set(ids)]
  const result = new Map<T, N[]>(unique.map((id) => [id, []]))
  if (unique.length === 0) return result
  const granted: N[] = []
  const tested: { name: N; queries: SQL[] }[] = []
  for (const action of actions) {
    if (roleGrants(ctx.actor, action)) granted.push(action.name)
    else {
      const queries = relationQueries(ctx.actor, action, ctx.now)
      if (queries.length > 0) tested.push({ name: action.name, queries })
    }
  }
  if (tested.length > 0) {
    const rows = await queryRows<{ id: T; actions: N[] }>(
      ctx.db,
      sql`select t.id::text as id, array_remove(array[${sql.join(
        tested.map((a) => sql`case when ${relatedTo(a.queries, sql`t.id`)} then ${a.name} end`),
        sql`, `,
      )}]::text[], null) as actions from unnest(${toUuidArray(unique)}) as t(id)`,
    )
    for (const r of rows) result.get(r.id)?.push(...r.actions)
  }
  // In the order the actions were given, whichever way each was granted.
  const order = new Map(actions.map((a, i) => [a.name as string, i]))
  for (const [id, names] of result) {
    result.set(
      id,
      [...granted, ...names].sort((a, b) => order.get(a)! - order.get(b)!),
    )
  }
  return result
}

/** The names of some actions, for a response's `permittedActions` enumeration. */
export const actionNames = <N extends string>(actions: readonly { name: N }[]): [N, ...N[]] =>
  actions.map((a) => a.name) as [N, ...N[]]

/** The young person acting on their own data. */
export const isCustomerThemself: RelationRule = relation('is the customer themself', (actor) =>
  actor.kind === 'user' && actor.customerId ? sql`select ${actor.customerId}::uuid` : null,
)

/** Any signed-in person, for routes about one's own account. */
export const anySignedIn: readonly RoleRule[] = [
  role('person'),
  role('worker'),
  role('coordinator'),
  role('content_editor'),
  role('provider'),
  role('organisation_lead'),
]
