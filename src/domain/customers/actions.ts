import { defineAction, isCustomerThemself, relation, role } from '../../platform/access'
import type { CustomerId } from '../../platform/ids'
import { customersConsentingTo } from '../consent/consent'

/** A worker of an organisation that holds an active consent from the customer. */
const workerOfConsentedOrganisation = relation(
  'worker of an organisation holding an active consent from this customer',
  (actor, now) =>
    actor.kind === 'user' && actor.organisationId && actor.roles.includes('worker')
      ? customersConsentingTo(actor.organisationId, now)
      : null,
)

export const customerActions = {
  // Existence of a customer is itself private: others get 404, not 403.
  read: defineAction<CustomerId>(
    'customer.read',
    [isCustomerThemself, workerOfConsentedOrganisation],
    {
      hideExistence: true,
    },
  ),
  list: defineAction('customer.list', [role('worker')]),
  readAccessLog: defineAction<CustomerId>('customer.read_access_log', [isCustomerThemself], {
    hideExistence: true,
  }),
}
