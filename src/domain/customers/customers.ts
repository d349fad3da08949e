import { and, eq, inArray, sql, type SQL } from 'drizzle-orm'
import { permittedActions } from '../../platform/access'
import type { ListCtx } from '../../platform/http/route'
import type { Ctx } from '../../platform/context'
import { queryRows, type Queryable } from '../../platform/db/database'
import { NotFound } from '../../platform/errors'
import type { CustomerId, UserAccountId } from '../../platform/ids'
import {
  cappedCount,
  cursorPageFrom,
  decodeKeyPosition,
  encodeKeyPosition,
  type SearchTotal,
  type CursorPage,
  type CursorQuery,
} from '../../platform/http/paging'
import { helsinkiDate } from '../cases/eligibility'
import { customersOfWorker, customersWithOpenStepsOf } from '../cases/my-cases'
import { mayReadCategory } from '../cases/relations'
import { localised } from '../../platform/localised'
import { activeConsentsHeldBy, type ConsentView } from '../consent/consent'
import { municipality, type QualificationLevel } from '../organisations/schema'
import { customerActions } from './actions'
import { customer } from './schema'

export async function customerIdOfUser(
  db: Queryable,
  userId: UserAccountId,
): Promise<CustomerId | null> {
  const [row] = await db
    .select({ id: customer.id })
    .from(customer)
    .where(eq(customer.userAccountId, userId))
  return (row?.id as CustomerId | undefined) ?? null
}

/** What the UI may offer per listed customer, and on one customer's summary. */
export const listedActions = [customerActions.read] as const
export const summaryActions = [
  customerActions.read,
  customerActions.readIdentity,
  customerActions.readAccessLog,
] as const

function escapeLike(s: string): string {
  return s.replace(/[\\%_]/g, (c) => `\\${c}`)
}

export interface CustomerListItem {
  id: CustomerId
  firstName: string
  lastName: string
  birthDate: string
  municipality: { id: string; name: { fi: string; sv: string; en: string } }
  permittedActions: (typeof listedActions)[number]['name'][]
}

export interface CustomerListQuery extends CursorQuery {
  /** 'mine': where I am the named contact or own a step; 'organisation': all we may see. */
  scope: 'mine' | 'organisation'
  /** Beginnings of names, in any order. */
  q?: string | undefined
  birthDate?: string | undefined
  /** Sent in a request body only, never in a URL. */
  identityCode?: string | undefined
  municipalityId?: string | undefined
  /** Only customers with steps of my organisation to be taken, or overdue ones. */
  openSteps?: boolean | undefined
  overdue?: boolean | undefined
}

/**
 * The name order, in the "C" collation so that a surname prefix is a range of the name index
 * (customer_name_c_idx); the id breaks ties. It is also the keyset position of a row.
 */
const lastKey = sql`lower(${customer.lastName}) collate "C"`
const firstKey = sql`lower(${customer.firstName}) collate "C"`

/**
 * "My joint customers": only those the actor may list (the list action's filter), so paging and
 * counts are right. Keyset paged in name order; the count is capped, and a search by name has
 * none (`total` null; `hasMore` tells that more matched: bench/README.md).
 */
export async function listCustomers(
  ctx: ListCtx,
  query: CustomerListQuery,
): Promise<CursorPage<CustomerListItem> & SearchTotal> {
  const actor = ctx.actor
  const words = (query.q ?? '').trim().toLowerCase().split(/\s+/).filter(Boolean).slice(0, 4)
  const patterns = words.map((w) => `${escapeLike(w)}%`)
  const filters: SQL[] = [ctx.list.filter(customer.id)]
  // Further words narrow the first word's matches: each begins the surname or the first name.
  for (const p of patterns.slice(1))
    filters.push(sql`(${lastKey} like ${p} or lower(${customer.firstName}) like ${p})`)
  if (query.scope === 'mine') {
    filters.push(
      actor.kind === 'user'
        ? sql`${customer.id} in (${customersOfWorker(actor.userId)})`
        : sql`false`,
    )
  }
  if (query.municipalityId) filters.push(eq(customer.municipalityId, query.municipalityId))
  if (query.birthDate) filters.push(eq(customer.birthDate, query.birthDate))
  if (query.identityCode) {
    // Finding someone by identity code tells their code: the same rule as reading it.
    filters.push(eq(customer.identityCode, query.identityCode))
    filters.push(mayReadCategory(actor, ctx.now, customer.id, sql`'identity_and_contact'::text`))
  }
  if (query.openSteps || query.overdue) {
    const steps = customersWithOpenStepsOf(
      actor,
      ctx.now,
      query.overdue ? helsinkiDate(ctx.now) : null,
    )
    filters.push(steps ? sql`${customer.id} in (${steps})` : sql`false`)
  }
  const after = query.after ? decodeKeyPosition(query.after, 2) : null
  const afterCondition = after
    ? sql`(${lastKey}, ${firstKey}, ${customer.id}) > (${after.keys[0]}, ${after.keys[1]}, ${after.id}::uuid)`
    : sql`true`
  const first = patterns[0]
  const fetch = query.limit + 1
  // One word begins a surname or a first name: two branches, each in name order from the index,
  // so that neither OR nor a first-name match far down the alphabet walks the whole index.
  const branch = (
    match: SQL,
  ) => sql`(select ${customer.id} as id, ${lastKey} as k1, ${firstKey} as k2
      from ${customer} where ${match} and ${and(...filters)} and ${afterCondition}
      order by k1, k2, id limit ${fetch})`
  const pageQuery = first
    ? sql`select id::text as id, k1, k2 from (
          ${branch(sql`${lastKey} like ${first}`)}
          union ${branch(sql`${firstKey} like ${first}`)}
        ) as u order by k1, k2, id limit ${fetch}`
    : sql`select id::text as id, k1, k2 from ${branch(sql`true`)} as u`
  const keys = await queryRows<{ id: string; k1: string; k2: string }>(ctx.db, pageQuery)
  // A search by name looks for someone, not for a size: it answers without a count, with
  // `hasMore` from the one row beyond the page (bench/README.md, name-prefix search). Counting
  // would test the access filter on every match up to the cap, far beyond the page.
  const total: SearchTotal = first
    ? { total: null, totalCapped: false }
    : await cappedCount(
        ctx.db,
        ctx.db
          .select({ id: customer.id })
          .from(customer)
          .where(and(...filters)),
      )
  const shownIds = keys.slice(0, query.limit).map((k) => k.id)
  const rows =
    shownIds.length === 0
      ? []
      : await ctx.db
          .select({ c: customer, m: municipality })
          .from(customer)
          .innerJoin(municipality, eq(municipality.id, customer.municipalityId))
          .where(inArray(customer.id, shownIds))
  const byId = new Map(rows.map((r) => [r.c.id, r]))
  const permitted = await permittedActions(ctx, listedActions, shownIds as CustomerId[])
  const page = cursorPageFrom(
    keys,
    query.limit,
    (shown) =>
      shown.flatMap((k) => {
        const row = byId.get(k.id)
        if (!row) return []
        const { c, m } = row
        return [
          {
            id: c.id as CustomerId,
            firstName: c.firstName,
            lastName: c.lastName,
            birthDate: c.birthDate,
            municipality: { id: m.id, name: localised(m) },
            permittedActions: permitted.get(c.id as CustomerId) ?? [],
          },
        ]
      }),
    (k) => encodeKeyPosition({ keys: [k.k1, k.k2], id: k.id }),
  )
  return { ...page, ...total }
}

export interface CustomerSummary extends Omit<CustomerListItem, 'permittedActions'> {
  permittedActions: (typeof summaryActions)[number]['name'][]
  /** Null unless the viewer may see identity and contact details (customer.read_identity). */
  identityCode: string | null
  qualification: QualificationLevel
  email: string | null
  phone: string | null
  /** The consents the viewing worker's organisation holds (empty for the young person). */
  consentsHeld: ConsentView[]
}

export async function customerSummary(ctx: Ctx, id: CustomerId): Promise<CustomerSummary> {
  const [row] = await ctx.db
    .select({ c: customer, m: municipality })
    .from(customer)
    .innerJoin(municipality, eq(municipality.id, customer.municipalityId))
    .where(eq(customer.id, id))
  if (!row) throw new NotFound('not_found', 'No such record, or no access to it.')
  const permitted = await permittedActions(ctx, summaryActions, [id])
  const mayReadIdentity = permitted.get(id)?.includes(customerActions.readIdentity.name) ?? false
  const actor = ctx.actor
  const consentsHeld =
    actor.kind === 'user' && actor.organisationId
      ? await activeConsentsHeldBy(ctx, id, actor.organisationId)
      : []
  const { c, m } = row
  return {
    id,
    firstName: c.firstName,
    lastName: c.lastName,
    birthDate: c.birthDate,
    identityCode: mayReadIdentity ? c.identityCode : null,
    qualification: c.qualification,
    email: mayReadIdentity ? c.email : null,
    phone: mayReadIdentity ? c.phone : null,
    municipality: { id: m.id, name: localised(m) },
    permittedActions: permitted.get(id) ?? [],
    consentsHeld,
  }
}

export interface NewCustomer {
  identityCode: string
  firstName: string
  lastName: string
  birthDate: string
  municipalityId: string
  qualification: QualificationLevel
  email: string | null
  phone: string | null
}

/** Search before create: the customer with this identity code, if any. */
export async function findCustomerByIdentityCode(db: Queryable, identityCode: string) {
  const [row] = await db.select().from(customer).where(eq(customer.identityCode, identityCode))
  return row ?? null
}

export async function customerById(db: Queryable, id: CustomerId) {
  const [row] = await db.select().from(customer).where(eq(customer.id, id))
  return row ?? null
}

export async function createCustomer(ctx: Ctx, input: NewCustomer): Promise<CustomerId> {
  const [row] = await ctx.db
    .insert(customer)
    .values({ ...input, createdAt: ctx.now, updatedAt: ctx.now })
    .returning({ id: customer.id })
  ctx.audit.touch([row!.id], [row!.id])
  return row!.id as CustomerId
}

/** Where to notify the young person: their e-mail and their account's language. */
/**
 * Names of customers whom the caller's list already let through its access filter (a work
 * queue's rows), so that a row can say whose it is.
 */
export async function customerNames(db: Queryable, ids: readonly string[]) {
  if (ids.length === 0) return new Map<string, { firstName: string; lastName: string }>()
  const rows = await db
    .select({ id: customer.id, firstName: customer.firstName, lastName: customer.lastName })
    .from(customer)
    .where(inArray(customer.id, [...ids]))
  return new Map(rows.map(({ id, ...name }) => [id, name]))
}
