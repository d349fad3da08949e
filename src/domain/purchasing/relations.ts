import { sql, type SQL } from 'drizzle-orm'
import type { Actor } from '../../platform/context'

/**
 * The provider relation, as SQL (docs/access-control.md): a provider organisation relates to a
 * customer only through a referral to it, while the referral is open — and, once it has ended,
 * for the days its contract obliges it to keep what it recorded. Nothing else names a customer
 * to a provider. This file imports no other module, so that the one category rule
 * (cases/relations.ts) can build on it.
 */

/** The organisation a provider user acts for, or null for everyone else. */
export const providerOrganisationOf = (actor: Actor): string | null =>
  actor.kind === 'user' && actor.organisationId && actor.roles.includes('provider')
    ? actor.organisationId
    : null

/** The condition on `referral r` joined to `contract ct` of being current for its provider. */
function currentForProvider(organisationId: string, now: Date): SQL {
  return sql`r.provider_organisation_id = ${organisationId}::uuid
    and (r.status in ('sent', 'accepted', 'started')
      or (r.status in ('ended', 'declined', 'withdrawn')
        and coalesce(r.ended_at, r.decided_at) + make_interval(days => ct.retention_days)
          > ${now.toISOString()}::timestamptz))`
}

/** Referral ids the provider organisation may see now. */
export function referralsOfProvider(organisationId: string, now: Date): SQL {
  return sql`select r.id from referral r join contract ct on ct.id = r.contract_id
    where ${currentForProvider(organisationId, now)}`
}

/** Customer ids the provider organisation relates to now, through a referral. */
export function customersReferredTo(organisationId: string, now: Date): SQL {
  return sql`select r.customer_id from referral r join contract ct on ct.id = r.contract_id
    where ${currentForProvider(organisationId, now)}`
}

/**
 * (customer_id, category): what a provider may see of a customer — the categories its current
 * referral needs, and only those an active consent of the customer for a purchased service names.
 */
export function providerCategoryGrants(organisationId: string, now: Date): SQL {
  return sql`select r.customer_id, cat.category
    from referral r join contract ct on ct.id = r.contract_id
    cross join lateral unnest(r.data_categories) as cat(category)
    where ${currentForProvider(organisationId, now)}
      and exists (select 1 from consent c
        where c.customer_id = r.customer_id
          and c.recipient_organisation_id = ${organisationId}::uuid
          and c.purpose = 'purchased_service' and c.status = 'given'
          and (c.valid_until is null or c.valid_until > ${now.toISOString()}::timestamptz)
          and cat.category = any(c.data_categories))`
}
