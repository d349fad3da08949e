import { sql } from 'drizzle-orm'
import { bigint, check, index, pgTable, text, timestamp, uuid } from 'drizzle-orm/pg-core'
import { idColumn, inList } from '../db/columns'
import { auditOutcomes, type AuditOutcome } from '../../shared/enums'

// The enumerations are defined in src/shared/enums, with the web app.
export { auditOutcomes, type AuditOutcome }

/**
 * Append-only (a trigger refuses DELETE, TRUNCATE and every UPDATE but sealing) and chained: a
 * row is inserted unsealed in the transaction of its access; the sealer then gives it its place in
 * the chain and a keyed hash (HMAC) over its content and the previous row's hash, once.
 * No foreign keys: the trail outlives its records. Never identity codes, names or free text here.
 */
export const auditEvent = pgTable(
  'audit_event',
  {
    id: idColumn(),
    // Order of writing, from a sequence: no lock, no read of the last row. Gaps are rolled back.
    seq: bigint('seq', { mode: 'number' }).notNull().unique().generatedByDefaultAsIdentity(),
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
    // The seal, all three or none (CHECK in drizzle/0005): place in the chain (1, 2, 3, … without
    // gaps) and the keyed hashes.
    chainPosition: bigint('chain_position', { mode: 'number' }).unique(),
    prevHash: text('prev_hash'),
    hash: text('hash'),
    createdAt: timestamp('created_at', { withTimezone: true }).notNull().defaultNow(),
  },
  (t) => [
    index('audit_event_person_ids_idx').using('gin', t.personIds),
    index('audit_event_actor_user_id_idx').on(t.actorUserId),
    check('audit_event_outcome_check', inList('outcome', auditOutcomes)),
    // The sealer's work list.
    index('audit_event_unsealed_idx')
      .on(t.seq)
      .where(sql`${t.hash} is null`),
  ],
)
