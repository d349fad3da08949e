import { defineAction, isCustomerThemself, relation, role } from '../../platform/access'
import type { CustomerId } from '../../platform/ids'
import { customersConsentingTo } from '../consent/consent'
import { customersEnrolledBy } from '../cases/relations'

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

/** A consent that names identity and contact details (identity code, e-mail, phone). */
const workerConsentedToIdentity = relation(
  'worker of an organisation holding an active consent that names identity and contact details',
  (actor, now) =>
    actor.kind === 'user' && actor.organisationId && actor.roles.includes('worker')
      ? customersConsentingTo(actor.organisationId, now, ['identity_and_contact'])
      : null,
)

export const customerActions = {
  // Existence of a customer is itself private: others get 404, not 403.
  read: defineAction<CustomerId>(
    'customer.read',
    [isCustomerThemself, workerOfConsentedOrganisation, workerOfEnrollingOrganisation],
    {
      hideExistence: true,
    },
  ),
  list: defineAction('customer.list', [role('worker')]),
  /** Seeing the identity code and contact details needs more than a consent of another category. */
  readIdentity: defineAction<CustomerId>('customer.read_identity', [
    isCustomerThemself,
    workerOfEnrollingOrganisation,
    workerConsentedToIdentity,
  ]),
  readAccessLog: defineAction<CustomerId>('customer.read_access_log', [isCustomerThemself], {
    hideExistence: true,
  }),
}
