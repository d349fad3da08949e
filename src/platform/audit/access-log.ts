import { and, count, desc, isNotNull, sql } from 'drizzle-orm'
import type { Queryable } from '../db/database'
import { offsetOf, type PageQuery } from '../http/paging'
import { auditEvent } from './schema'

/** Accesses by organisations to one person's data, newest first (the "who has seen my data" page). */
export async function accessesToPerson(db: Queryable, personId: string, page: PageQuery) {
  const where = and(
    sql`${auditEvent.personIds} @> array[${personId}::uuid]`,
    isNotNull(auditEvent.actorOrganisationId),
    sql`${auditEvent.outcome} = 'success'`,
  )
  const [{ total } = { total: 0 }] = await db
    .select({ total: count() })
    .from(auditEvent)
    .where(where)
  const rows = await db
    .select({
      id: auditEvent.id,
      occurredAt: auditEvent.occurredAt,
      organisationId: auditEvent.actorOrganisationId,
      action: auditEvent.action,
    })
    .from(auditEvent)
    .where(where)
    .orderBy(desc(auditEvent.seq))
    .limit(page.pageSize)
    .offset(offsetOf(page))
  return { rows, total }
}
