import { customerTarget, defineTargetAction, isCustomerThemself } from '../../platform/access'
import type { CustomerId } from '../../platform/ids'
import { workerOfEnrollingOrganisation } from '../customers/actions'

/** Consents are the young person's own: they list, give and withdraw them. */
export const consentActions = {
  read: defineTargetAction<'consent.read', CustomerId>(
    'consent.read',
    customerTarget,
    [isCustomerThemself],
    { hideExistence: true },
  ),
  // The enrolling organisation's worker records a consent the young person gives in person.
  give: defineTargetAction<'consent.give', CustomerId>(
    'consent.give',
    customerTarget,
    [isCustomerThemself, workerOfEnrollingOrganisation],
    { hideExistence: true },
  ),
  /** A consent recorded in person with a special category takes effect on this. */
  confirm: defineTargetAction<'consent.confirm', CustomerId>(
    'consent.confirm',
    customerTarget,
    [isCustomerThemself],
    { hideExistence: true },
  ),
  withdraw: defineTargetAction<'consent.withdraw', CustomerId>(
    'consent.withdraw',
    customerTarget,
    [isCustomerThemself],
    { hideExistence: true },
  ),
}
