import { sql } from 'drizzle-orm'
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
import type { CustomerId } from '../../platform/ids'
import { customersConsentingTo } from '../consent/consent'
import { workerOfConsentedOrganisation, workerOfEnrollingOrganisation } from '../customers/actions'
import { customersEnrolledBy, mayReadCategory } from '../cases/relations'
import { customersReferredTo, providerOrganisationOf, referralsOfProvider } from './relations'

/** A referral; the audit records its customer as the person touched. */
export const referralTarget: TargetKind = {
  name: 'referral',
  customersOf: (id) => sql`select r.customer_id from referral r where r.id = ${id}::uuid`,
}

/** Referrals are employment-and-plan data of the customer. */
export const REFERRAL_CATEGORY = 'employment_and_plan' as const

const providerOfReferral = relation(
  'user of the provider the referral was sent to, while it is open or kept under the contract',
  (actor, now) => {
    const org = providerOrganisationOf(actor)
    return org ? referralsOfProvider(org, now) : null
  },
)

const customerOfReferral = relation('the customer of the referral themself', (actor) =>
  actor.kind === 'user' && actor.customerId
    ? sql`select r.id from referral r where r.customer_id = ${actor.customerId}::uuid`
    : null,
)

const teamWorkerOfReferral = relation(
  "worker of an organisation that may work with the referral's customer and see its category",
  (actor, now) =>
    actor.kind === 'user' && actor.organisationId && actor.roles.includes('worker')
      ? sql`select r.id from referral r where ${relatedTo(
          [
            customersConsentingTo(actor.organisationId, now),
            customersEnrolledBy(actor.organisationId),
          ],
          sql`r.customer_id`,
        )} and ${mayReadCategory(actor, now, sql`r.customer_id`, sql`${REFERRAL_CATEGORY}::text`)}`
      : null,
)

const providerOfCustomer = relation(
  'user of a provider to which the customer has an open referral',
  (actor, now) => {
    const org = providerOrganisationOf(actor)
    return org ? customersReferredTo(org, now) : null
  },
)

const teamWorker = [workerOfConsentedOrganisation, workerOfEnrollingOrganisation]

const onReferral = <N extends string>(name: N, rules: Parameters<typeof defineTargetAction>[2]) =>
  defineTargetAction(name, referralTarget, rules, { hideExistence: true })

export const purchasingActions = {
  /** Providers, contracts and framework arrangements name nobody: read by role. */
  readContracts: defineRoleAction('purchasing.read', [role('coordinator'), role('worker')]),
  edit: defineRoleAction('purchasing.edit', [role('coordinator')]),
  /** A provider's own contracts and the capacity they use; names nobody. */
  readOwnContracts: defineRoleAction('purchasing.read_own_contracts', [role('provider')]),
  refer: defineTargetAction<'referral.create', CustomerId>(
    'referral.create',
    customerTarget,
    teamWorker,
    {
      hideExistence: true,
    },
  ),
  listForCustomer: defineTargetAction<'referral.list_for_customer', CustomerId>(
    'referral.list_for_customer',
    customerTarget,
    [isCustomerThemself, ...teamWorker],
    { hideExistence: true },
  ),
  listIncoming: defineListAction('referral.list_incoming', [providerOfCustomer]),
  read: onReferral('referral.read', [providerOfReferral, customerOfReferral, teamWorkerOfReferral]),
  /** The young person picks a framework arrangement's provider, or asks their worker to. */
  choose: onReferral('referral.choose', [customerOfReferral, teamWorkerOfReferral]),
  /** The young person hands the choice of provider to their worker. */
  delegateChoice: onReferral('referral.delegate_choice', [customerOfReferral]),
  withdraw: onReferral('referral.withdraw', [teamWorkerOfReferral]),
  decide: onReferral('referral.decide', [providerOfReferral]),
  report: onReferral('referral.report', [providerOfReferral]),
  readFees: defineRoleAction('fees.read', [role('coordinator')]),
  invoiceFees: defineRoleAction('fees.invoice', [role('coordinator')]),
}

/** What the UI may offer on a referral, from the actions' own rules. */
export const referralActions = [
  purchasingActions.read,
  purchasingActions.choose,
  purchasingActions.delegateChoice,
  purchasingActions.withdraw,
  purchasingActions.decide,
  purchasingActions.report,
] as const
