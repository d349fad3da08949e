import { eq } from 'drizzle-orm'
import { userAccount } from '../../platform/auth/schema'
import type { Queryable } from '../../platform/db/database'
import { customer } from './schema'

/**
 * Where and in which language to notify a customer: their e-mail and their account's language
 * (and their home municipality, which the satisfaction survey's answers carry).
 * Kept apart from the customer list and summary, whose access definitions import the consent
 * module, which in turn notifies customers.
 */
export async function customerContact(db: Queryable, id: string) {
  const [row] = await db
    .select({
      email: customer.email,
      locale: userAccount.locale,
      municipalityId: customer.municipalityId,
    })
    .from(customer)
    .leftJoin(userAccount, eq(userAccount.id, customer.userAccountId))
    .where(eq(customer.id, id))
  return row
    ? {
        email: row.email,
        locale: row.locale ?? ('fi' as const),
        municipalityId: row.municipalityId,
      }
    : null
}
