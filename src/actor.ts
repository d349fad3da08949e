import { customerIdOfUser } from './domain/customers/customers'
import { membershipsOf } from './domain/organisations/organisations'
import type { SignedInAccount } from './platform/auth/auth'
import type { Actor, Role } from './platform/context'
import type { Queryable } from './platform/db/database'
import type { OrganisationId } from './platform/ids'

/** Who a signed-in account acts as: its organisation and roles, and its customer record if any. */
export async function actorForAccount(db: Queryable, account: SignedInAccount): Promise<Actor> {
  const [memberships, customerId] = await Promise.all([
    membershipsOf(db, account.userId),
    customerIdOfUser(db, account.userId),
  ])
  // A user acts for one organisation: their first membership.
  const organisationId: OrganisationId | null = memberships[0]?.organisationId ?? null
  const roles = new Set<Role>(
    memberships.filter((m) => m.organisationId === organisationId).map((m) => m.role),
  )
  if (customerId) roles.add('person')
  return {
    kind: 'user',
    userId: account.userId,
    displayName: account.displayName,
    locale: account.locale,
    roles: [...roles],
    organisationId,
    customerId,
  }
}
