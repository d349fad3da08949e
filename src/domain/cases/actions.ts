import { sql } from 'drizzle-orm'
import { defineAction, isCustomerThemself, relation, role } from '../../platform/access'
import type { CustomerId } from '../../platform/ids'
import { customersConsentingTo } from '../consent/consent'
import { workerOfConsentedOrganisation, workerOfEnrollingOrganisation } from '../customers/actions'
import { customersEnrolledBy } from './relations'

/** Steps owned by the worker's organisation, on customers it may work with. */
const workerOfOwnerOrganisation = relation(
  "worker of the step's owner organisation, which may work with the customer",
  (actor, now) =>
    actor.kind === 'user' && actor.organisationId && actor.roles.includes('worker')
      ? sql`select sa.id from service_action sa
          join joint_customership jc on jc.id = sa.joint_customership_id
          where sa.owner_organisation_id = ${actor.organisationId}::uuid
            and (jc.customer_id in (${customersConsentingTo(actor.organisationId, now)})
              or jc.customer_id in (${customersEnrolledBy(actor.organisationId)}))`
      : null,
)

/** Steps on customers whom the worker's organisation may work with (any owner). */
const workerOnTeamOfStep = relation(
  'worker of an organisation that may work with the customer of the step',
  (actor, now) =>
    actor.kind === 'user' && actor.organisationId && actor.roles.includes('worker')
      ? sql`select sa.id from service_action sa
          join joint_customership jc on jc.id = sa.joint_customership_id
          where jc.customer_id in (${customersConsentingTo(actor.organisationId, now)})
             or jc.customer_id in (${customersEnrolledBy(actor.organisationId)})`
      : null,
)

const teamWorker = [workerOfConsentedOrganisation, workerOfEnrollingOrganisation]

export const caseActions = {
  /** Checking the rules and whether a person is known already, before enrolling. */
  checkEnrolment: defineAction('enrolment.check', [role('worker')]),
  enrol: defineAction('enrolment.create', [role('worker')]),
  read: defineAction<CustomerId>('case.read', teamWorker, { hideExistence: true }),
  write: defineAction<CustomerId>('case.write', teamWorker, { hideExistence: true }),
  readPlan: defineAction<CustomerId>('plan.read', [isCustomerThemself, ...teamWorker], {
    hideExistence: true,
  }),
  answerConsentRequest: defineAction<CustomerId>('consent_request.answer', [isCustomerThemself], {
    hideExistence: true,
  }),
  readConsentRequests: defineAction<CustomerId>(
    'consent_request.read',
    [isCustomerThemself, ...teamWorker],
    { hideExistence: true },
  ),
  readWorkQueue: defineAction('work_queue.read', [role('worker')]),
  readMessages: defineAction<CustomerId>('message.read', [isCustomerThemself, ...teamWorker], {
    hideExistence: true,
  }),
  sendMessage: defineAction<CustomerId>('message.send', [isCustomerThemself, ...teamWorker], {
    hideExistence: true,
  }),
  readLeadTimes: defineAction('lead_times.read', [role('coordinator'), role('worker')]),
  updateServiceAction: defineAction('service_action.update', [workerOfOwnerOrganisation], {
    hideExistence: true,
  }),
  /** Any worker of the team sees and comments on a step; only the owner changes it. */
  readServiceAction: defineAction('service_action.read', [workerOnTeamOfStep], {
    hideExistence: true,
  }),
  commentServiceAction: defineAction('service_action.comment', [workerOnTeamOfStep], {
    hideExistence: true,
  }),
}
