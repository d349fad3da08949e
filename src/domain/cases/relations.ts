import { sql, type AnyColumn, type SQL } from 'drizzle-orm'
import type { Actor, Ctx } from '../../platform/context'
import { queryRows } from '../../platform/db/database'
import { categoriesConsentedTo, statutoryCategoriesOf } from '../consent/consent'
import type { DataCategory } from '../consent/schema'
import { providerCategoryGrants, providerOrganisationOf } from '../purchasing/relations'

/**
 * Customers whom an organisation enrolled: its own statutory work with them rests on law, not on
 * consent (the organisation's legal basis is data on the organisation).
 */
export function customersEnrolledBy(organisationId: string): SQL {
  return sql`select jc.customer_id from joint_customership jc
    where jc.enrolling_organisation_id = ${organisationId}::uuid`
}

/**
 * The one definition of data-category access: (customer_id, category) pairs the organisation
 * may see now — the categories its own statute covers, for the customers it enrolled, and the
 * categories an active consent of the customer names.
 */
function categoryGrants(organisationId: string, now: Date): SQL {
  return sql`select jc.customer_id, s.category
      from joint_customership jc
      cross join (${statutoryCategoriesOf(organisationId)}) as s(category)
      where jc.enrolling_organisation_id = ${organisationId}::uuid
    union all ${categoriesConsentedTo(organisationId, now)}`
}

/** The organisation a worker reads for; categorised data is seen through it. */
const readingOrganisation = (actor: Actor): string | null =>
  actor.kind === 'user' && actor.organisationId && actor.roles.includes('worker')
    ? actor.organisationId
    : null

/**
 * "May this actor see data of `category` of `customer` now": the young person sees all of their
 * own; a worker sees what `categoryGrants` gives their organisation; a provider what its current
 * referrals need and the customer's consent names; nobody else sees any.
 * A predicate for the WHERE of every read of categorised data, so paging and counts are right.
 */
export function mayReadCategory(
  actor: Actor,
  now: Date,
  /** The customer's id, or the column or expression holding it. */
  customerId: string | AnyColumn | SQL,
  category: AnyColumn | SQL,
): SQL {
  const customer = typeof customerId === 'string' ? sql`${customerId}::uuid` : customerId
  const own = actor.kind === 'user' && actor.customerId ? actor.customerId : null
  const organisationId = readingOrganisation(actor)
  const providerId = providerOrganisationOf(actor)
  // A provider sees what its current referral needs and the consent names (purchasing/relations).
  const source = organisationId
    ? categoryGrants(organisationId, now)
    : providerId
      ? providerCategoryGrants(providerId, now)
      : null
  const grants = source
    ? // offset 0: a correlated check per row, never a semi-join over every grant (access.ts).
      sql`exists (select 1 from (${source}) as g(customer_id, category)
        where g.customer_id = ${customer} and g.category = ${category} offset 0)`
    : sql`false`
  return own ? sql`(${customer} = ${own}::uuid or ${grants})` : sql`(${grants})`
}

/** The same rule for one category and one customer, asked on its own (before a write). */
export async function mayReadCategoryNow(
  ctx: Ctx,
  customerId: string,
  category: DataCategory,
): Promise<boolean> {
  const [row] = await queryRows<{ ok: boolean }>(
    ctx.db,
    sql`select ${mayReadCategory(ctx.actor, ctx.now, customerId, sql`${category}::text`)} as ok`,
  )
  return row?.ok === true
}

/** The same rule as an access relation: customers of whom a worker may see `category`. */
export function customersWithCategoryFor(actor: Actor, now: Date, category: DataCategory) {
  const organisationId = readingOrganisation(actor)
  return organisationId
    ? sql`select g.customer_id from (${categoryGrants(organisationId, now)}) as g(customer_id, category)
        where g.category = ${category}::text`
    : null
}
