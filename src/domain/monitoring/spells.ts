import type { Queryable } from '../../platform/db/database'
import { unemploymentSpell, type MonitoringSource } from './schema'

/** Records the start of a customer's current unemployment spell (from enrolment or registry). */
export async function recordUnemploymentSpell(
  db: Queryable,
  customerId: string,
  startedOn: string,
  source: MonitoringSource,
  now: Date,
  endedOn: string | null = null,
): Promise<void> {
  await db.insert(unemploymentSpell).values({
    customerId,
    startedOn,
    endedOn,
    source,
    createdAt: now,
    updatedAt: now,
  })
}
