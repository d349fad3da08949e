import { defineAction, isCustomerThemself } from '../../platform/access'
import type { CustomerId } from '../../platform/ids'

/** Consents are the young person's own: they list, give and withdraw them. */
export const consentActions = {
  read: defineAction<CustomerId>('consent.read', [isCustomerThemself], { hideExistence: true }),
  give: defineAction<CustomerId>('consent.give', [isCustomerThemself], { hideExistence: true }),
  withdraw: defineAction<CustomerId>('consent.withdraw', [isCustomerThemself], {
    hideExistence: true,
  }),
}
