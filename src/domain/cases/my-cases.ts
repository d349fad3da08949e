import { sql, type SQL } from 'drizzle-orm'
import type { Actor } from '../../platform/context'
import { mayReadCategory } from './relations'

/**
 * "My cases": the open joint customerships where the worker is their organisation's named
 * contact or owns a step still to be taken. A worker's own list, small by construction; it
 * narrows a list, never widens it (the list's access filter still applies).
 */
export function customersOfWorker(userId: string): SQL {
  return sql`select jc.customer_id from team_member tm
      join joint_customership jc on jc.id = tm.joint_customership_id
      where tm.contact_user_id = ${userId}::uuid and jc.ended_on is null
    union all
    select jc.customer_id from service_action sa
      join joint_customership jc on jc.id = sa.joint_customership_id
      where sa.owner_user_id = ${userId}::uuid and jc.ended_on is null
        and sa.status in ('open', 'in_progress', 'waiting_for_consent')`
}

/**
 * Customers with steps of the worker's organisation still to be taken (or, with `overdueOn`,
 * past their due date on that day), of data categories the worker may see.
 */
export function customersWithOpenStepsOf(
  actor: Actor,
  now: Date,
  overdueOn: string | null,
): SQL | null {
  if (actor.kind !== 'user' || !actor.organisationId) return null
  const due = overdueOn
    ? sql`and sa.status in ('open', 'in_progress') and sa.due_on < ${overdueOn}::date`
    : sql`and sa.status in ('open', 'in_progress')`
  return sql`select jc.customer_id from service_action sa
    join joint_customership jc on jc.id = sa.joint_customership_id
    where sa.owner_organisation_id = ${actor.organisationId}::uuid and jc.ended_on is null ${due}
      and ${mayReadCategory(actor, now, sql`jc.customer_id`, sql`sa.data_category`)}`
}
