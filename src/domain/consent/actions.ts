import { defineAction, isCustomerThemself } from '../../platform/access'
import type { CustomerId } from '../../platform/ids'
import { workerOfEnrollingOrganisation } from '../customers/actions'

/** Consents are the young person's own: they list, give and withdraw them. */
export const consentActions = {
  read: defineAction<CustomerId>('consent.read', [isCustomerThemself], { hideExistence: true }),
  // The enrolling organisation's worker records a consent the young person gives in person.
  give: defineAction<CustomerId>(
    'consent.give',
    [isCustomerThemself, workerOfEnrollingOrganisation],
    {
      hideExistence: true,
    },
  ),
  withdraw: defineAction<CustomerId>('consent.withdraw', [isCustomerThemself], {
    hideExistence: true,
  }),
}
