import {
  customerTarget,
  defineListAction,
  defineTargetAction,
  isCustomerThemself,
  relation,
} from '../../platform/access'
import type { CustomerId } from '../../platform/ids'
import { customersConsentingTo } from '../consent/consent'
import { customersEnrolledBy, customersWithCategoryFor } from '../cases/relations'

/** A worker of an organisation that holds an active consent from the customer. */
export const workerOfConsentedOrganisation = relation(
  'worker of an organisation holding an active consent from this customer',
  (actor, now) =>
    actor.kind === 'user' && actor.organisationId && actor.roles.includes('worker')
      ? customersConsentingTo(actor.organisationId, now)
      : null,
)

/** A worker of the organisation that enrolled the customer (statutory basis). */
export const workerOfEnrollingOrganisation = relation(
  'worker of the organisation that enrolled this customer',
  (actor) =>
    actor.kind === 'user' && actor.organisationId && actor.roles.includes('worker')
      ? customersEnrolledBy(actor.organisationId)
      : null,
)

/** Identity and contact details (identity code, e-mail, phone) are a data category of their own. */
const workerMaySeeIdentity = relation(
  "worker of an organisation whose statute or consent covers the customer's identity and contact details",
  (actor, now) => customersWithCategoryFor(actor, now, 'identity_and_contact'),
)

export const customerActions = {
  // Existence of a customer is itself private: others get 404, not 403.
  read: defineTargetAction<'customer.read', CustomerId>(
    'customer.read',
    customerTarget,
    [isCustomerThemself, workerOfConsentedOrganisation, workerOfEnrollingOrganisation],
    { hideExistence: true },
  ),
  /** "My joint customers": the customers the worker's organisation may read. */
  list: defineListAction('customer.list', [
    workerOfConsentedOrganisation,
    workerOfEnrollingOrganisation,
  ]),
  /** Seeing the identity code and contact details needs more than a consent of another category. */
  readIdentity: defineTargetAction<'customer.read_identity', CustomerId>(
    'customer.read_identity',
    customerTarget,
    [isCustomerThemself, workerMaySeeIdentity],
  ),
  readAccessLog: defineTargetAction<'customer.read_access_log', CustomerId>(
    'customer.read_access_log',
    customerTarget,
    [isCustomerThemself],
    { hideExistence: true },
  ),
}
