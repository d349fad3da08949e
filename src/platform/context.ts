import type { Queryable } from './db/database'
import type { CustomerId, OrganisationId, UserAccountId } from './ids'
import type { Locale } from './auth/schema'
import { AuditContext } from './audit/audit'
import type { JobQueue } from './background/background'

/**
 * Roles in the network: a young person, a worker of an organisation, a regional coordinator, an
 * editor of the public website's content, a user of a purchased service's provider, and an
 * organisation's lead, who sees the monitoring figures of their own organisation.
 */
export type Role =
  'person' | 'worker' | 'coordinator' | 'content_editor' | 'provider' | 'organisation_lead'

export type Actor =
  | { kind: 'anonymous' }
  | {
      kind: 'user'
      userId: UserAccountId
      displayName: string
      locale: Locale
      roles: Role[]
      /** The organisation the user acts for (workers and coordinators). */
      organisationId: OrganisationId | null
      /** Set when the user is a young person served by the network. */
      customerId: CustomerId | null
    }
  | { kind: 'system'; name: string; roles: Role[] }

/** Built once per request (or job) and passed explicitly to every domain function. */
export interface Ctx {
  db: Queryable
  actor: Actor
  requestId: string
  now: Date
  audit: AuditContext
  /**
   * Set where enrolment invites the young person by e-mail to set a password (no strong
   * identification is configured): the address the invitation links lead to.
   */
  invitations?: { linkBase: string } | undefined
  /** Background jobs (platform/background): enqueue through `db`, the request's transaction. */
  queue?: JobQueue | undefined
  /** Where the satisfaction survey's links lead, and how long an invitation lasts (docs/survey.md). */
  surveys?: { linkBase: string; validDays: number } | undefined
}

export type Clock = () => Date
export const systemClock: Clock = () => new Date()

export function hasRole(actor: Actor, role: Role): boolean {
  return actor.kind !== 'anonymous' && actor.roles.includes(role)
}

export function actorRoleLabel(actor: Actor): string {
  if (actor.kind === 'anonymous') return 'anonymous'
  if (actor.kind === 'system') return `system:${actor.name}`
  return actor.roles.join('+') || 'none'
}

export function newContext(db: Queryable, actor: Actor, requestId: string, now: Date): Ctx {
  return { db, actor, requestId, now, audit: new AuditContext() }
}
