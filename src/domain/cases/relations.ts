import { sql, type SQL } from 'drizzle-orm'

/**
 * Customers whom an organisation enrolled: its own statutory work with them rests on law, not on
 * consent (the organisation's legal basis is data on the organisation).
 */
export function customersEnrolledBy(organisationId: string): SQL {
  return sql`select jc.customer_id from joint_customership jc
    where jc.enrolling_organisation_id = ${organisationId}::uuid`
}
