import { sql, type SQL } from 'drizzle-orm'
import {
  customerTarget,
  defineListAction,
  defineRoleAction,
  defineTargetAction,
  isCustomerThemself,
  relatedTo,
  relation,
  role,
  type TargetKind,
} from '../../platform/access'
import type { Actor } from '../../platform/context'
import type { CustomerId } from '../../platform/ids'
import { consentActions } from '../consent/actions'
import { customersConsentingTo } from '../consent/consent'
import { workerOfConsentedOrganisation, workerOfEnrollingOrganisation } from '../customers/actions'
import { customersEnrolledBy, mayReadCategory } from './relations'

/** A step of a case; the audit records the case's customer as the person touched. */
export const serviceActionTarget: TargetKind = {
  name: 'service_action',
  customersOf: (id) => sql`select jc.customer_id from service_action sa
    join joint_customership jc on jc.id = sa.joint_customership_id where sa.id = ${id}::uuid`,
}

/**
 * Steps on customers whom the worker's organisation may work with, of a data category it may
 * see (relations.ts); `ownOnly` narrows them to the steps its organisation owns.
 */
function stepsOfTeam(actor: Actor, now: Date, ownOnly: boolean): SQL | null {
  if (actor.kind !== 'user' || !actor.organisationId || !actor.roles.includes('worker')) return null
  const owner = ownOnly ? sql`sa.owner_organisation_id = ${actor.organisationId}::uuid and ` : sql``
  return sql`select sa.id from service_action sa
    join joint_customership jc on jc.id = sa.joint_customership_id
    where ${owner}${relatedTo(
      [customersConsentingTo(actor.organisationId, now), customersEnrolledBy(actor.organisationId)],
      sql`jc.customer_id`,
    )}
      and ${mayReadCategory(actor, now, sql`jc.customer_id`, sql`sa.data_category`)}`
}

const workerOfOwnerOrganisation = relation(
  "worker of the step's owner organisation, which may work with the customer",
  (actor, now) => stepsOfTeam(actor, now, true),
)
const workerOnTeamOfStep = relation(
  'worker of an organisation that may work with the customer of the step',
  (actor, now) => stepsOfTeam(actor, now, false),
)

const teamWorker = [workerOfConsentedOrganisation, workerOfEnrollingOrganisation]

const onCustomer = <N extends string>(name: N, rules: Parameters<typeof defineTargetAction>[2]) =>
  defineTargetAction<N, CustomerId>(name, customerTarget, rules, { hideExistence: true })
const onStep = <N extends string>(name: N, rules: Parameters<typeof defineTargetAction>[2]) =>
  defineTargetAction(name, serviceActionTarget, rules, { hideExistence: true })

export const caseActions = {
  /** Checking the rules and whether a person is known already, before enrolling. */
  checkEnrolment: defineRoleAction('enrolment.check', [role('worker')]),
  enrol: defineRoleAction('enrolment.create', [role('worker')]),
  read: onCustomer('case.read', teamWorker),
  write: onCustomer('case.write', teamWorker),
  readPlan: onCustomer('plan.read', [isCustomerThemself, ...teamWorker]),
  answerConsentRequest: onCustomer('consent_request.answer', [isCustomerThemself]),
  /** A new organisation's enrolment of a known person waits for the person's own answer. */
  readEnrolmentConfirmations: onCustomer('enrolment_confirmation.read', [isCustomerThemself]),
  answerEnrolmentConfirmation: onCustomer('enrolment_confirmation.answer', [isCustomerThemself]),
  readConsentRequests: onCustomer('consent_request.read', [isCustomerThemself, ...teamWorker]),
  readWorkQueue: defineListAction('work_queue.read', teamWorker),
  /** A worker's notices: events on the customers their organisation may work with. */
  readNotices: defineListAction('notice.read', teamWorker),
  /** The worker's own read marker; names nobody. */
  markNoticesSeen: defineRoleAction('notice.mark_seen', [role('worker')]),
  readMessages: onCustomer('message.read', [isCustomerThemself, ...teamWorker]),
  sendMessage: onCustomer('message.send', [isCustomerThemself, ...teamWorker]),
  /** Counts over the network's steps; names no customer. */
  readLeadTimes: defineRoleAction('lead_times.read', [role('coordinator'), role('worker')]),
  updateServiceAction: onStep('service_action.update', [workerOfOwnerOrganisation]),
  /** Any worker of the team sees and comments on a step; only the owner changes it. */
  readServiceAction: onStep('service_action.read', [workerOnTeamOfStep]),
  commentServiceAction: onStep('service_action.comment', [workerOnTeamOfStep]),
}

/** What the UI may offer on each step, from the step actions' own rules. */
export const stepActions = [
  caseActions.readServiceAction,
  caseActions.updateServiceAction,
  caseActions.commentServiceAction,
] as const

/** What the UI may offer on a case: work on it, and record a consent given in person. */
export const caseViewActions = [caseActions.read, caseActions.write, consentActions.give] as const
