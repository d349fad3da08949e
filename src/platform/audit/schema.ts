import { bigint, check, index, pgTable, text, timestamp, uuid } from 'drizzle-orm/pg-core'
import { idColumn, inList } from '../db/columns'
import { auditOutcomes, type AuditOutcome } from '../../shared/enums'

// The enumerations are defined in src/shared/enums, with the web app.
export { auditOutcomes, type AuditOutcome }

/**
 * Append-only (a trigger refuses UPDATE, DELETE and TRUNCATE) and hash-chained: each row's hash
 * covers its content and the previous row's hash. No foreign keys: the trail outlives its records.
 * Never personal identity codes, names or free text here.
 */
export const auditEvent = pgTable(
  'audit_event',
  {
    id: idColumn(),
    seq: bigint('seq', { mode: 'number' }).notNull().unique(),
    occurredAt: timestamp('occurred_at', { withTimezone: true }).notNull(),
    requestId: text('request_id'),
    actorUserId: uuid('actor_user_id'),
    actorOrganisationId: uuid('actor_organisation_id'),
    actorRole: text('actor_role').notNull(),
    action: text('action').notNull(),
    purpose: text('purpose'),
    outcome: text('outcome').$type<AuditOutcome>().notNull(),
    personIds: uuid('person_ids').array().notNull(),
    recordIds: text('record_ids').array().notNull(),
    prevHash: text('prev_hash').notNull(),
    hash: text('hash').notNull(),
    createdAt: timestamp('created_at', { withTimezone: true }).notNull().defaultNow(),
  },
  (t) => [
    index('audit_event_person_ids_idx').using('gin', t.personIds),
    index('audit_event_actor_user_id_idx').on(t.actorUserId),
    check('audit_event_outcome_check', inList('outcome', auditOutcomes)),
  ],
)
