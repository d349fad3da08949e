import { and, asc, count, eq, sql } from 'drizzle-orm'
import { permittedActions } from '../../platform/access'
import type { ListCtx } from '../../platform/http/route'
import type { Ctx } from '../../platform/context'
import type { Queryable } from '../../platform/db/database'
import { NotFound } from '../../platform/errors'
import type { CustomerId, UserAccountId } from '../../platform/ids'
import { offsetOf, type Page, type PageQuery } from '../../platform/http/paging'
import { localised } from '../../platform/localised'
import { activeConsentsHeldBy, type ConsentView } from '../consent/consent'
import { municipality, type QualificationLevel } from '../organisations/schema'
import { customerActions } from './actions'
import { customer } from './schema'
import { userAccount } from '../../platform/auth/schema'

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

/** "My joint customers": only those the actor may read, so paging and counts are right. */
export async function listCustomers(
  ctx: ListCtx,
  query: PageQuery & { q?: string | undefined },
): Promise<Page<CustomerListItem>> {
  const nameConditions = []
  const words = (query.q ?? '').trim().toLowerCase().split(/\s+/).filter(Boolean).slice(0, 4)
  for (const w of words) {
    const pattern = `${escapeLike(w)}%`
    nameConditions.push(
      sql`(lower(${customer.lastName}) like ${pattern} or lower(${customer.firstName}) like ${pattern})`,
    )
  }
  const where = and(ctx.list.filter(customer.id), ...nameConditions)
  const [{ total } = { total: 0 }] = await ctx.db
    .select({ total: count() })
    .from(customer)
    .where(and(ctx.list.filter(customer.id, 'set'), ...nameConditions))
  const rows = await ctx.db
    .select({ c: customer, m: municipality })
    .from(customer)
    .innerJoin(municipality, eq(municipality.id, customer.municipalityId))
    .where(where)
    .orderBy(sql`lower(${customer.lastName})`, sql`lower(${customer.firstName})`, asc(customer.id))
    .limit(query.pageSize)
    .offset(offsetOf(query))
  const ids = rows.map((r) => r.c.id as CustomerId)
  const permitted = await permittedActions(ctx, listedActions, ids)
  return {
    items: rows.map(({ c, m }) => ({
      id: c.id as CustomerId,
      firstName: c.firstName,
      lastName: c.lastName,
      birthDate: c.birthDate,
      municipality: { id: m.id, name: localised(m) },
      permittedActions: permitted.get(c.id as CustomerId) ?? [],
    })),
    page: query.page,
    pageSize: query.pageSize,
    total,
  }
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
export async function customerContact(db: Queryable, id: string) {
  const [row] = await db
    .select({ email: customer.email, locale: userAccount.locale })
    .from(customer)
    .leftJoin(userAccount, eq(userAccount.id, customer.userAccountId))
    .where(eq(customer.id, id))
  return row ? { email: row.email, locale: row.locale ?? ('fi' as const) } : null
}
