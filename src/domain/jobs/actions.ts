import { sql } from 'drizzle-orm'
import {
  customerTarget,
  defineListAction,
  defineRoleAction,
  defineTargetAction,
  isCustomerThemself,
  relation,
  role,
  type TargetKind,
} from '../../platform/access'
import type { CustomerId } from '../../platform/ids'
import { customersWithCategoryFor } from '../cases/relations'

/**
 * A worker whose organisation may see the customer's competence data now (its statute or the
 * customer's consent names the category): the one rule (cases/relations.ts), also for lists.
 */
const workerMaySeeCompetence = relation(
  "worker of an organisation whose statute or consent covers the customer's competence data",
  (actor, now) => customersWithCategoryFor(actor, now, 'competence'),
)

/** A suggestion; the audit records its customer as the person touched. */
export const jobSuggestionTarget: TargetKind = {
  name: 'job_suggestion',
  customersOf: (id) => sql`select customer_id from job_suggestion where id = ${id}::uuid`,
}

const ownSuggestion = relation('the suggestion was made to the customer themself', (actor) =>
  actor.kind === 'user' && actor.customerId
    ? sql`select id from job_suggestion where customer_id = ${actor.customerId}::uuid`
    : null,
)

export const jobActions = {
  /** The moderation queue of employers' own postings. */
  moderate: defineRoleAction('jobs.moderate', [role('coordinator')]),
  /** A young person's matched jobs with reasons: their own, or a worker who may see competence. */
  readMatches: defineTargetAction<'jobs.read_matches', CustomerId>(
    'jobs.read_matches',
    customerTarget,
    [isCustomerThemself, workerMaySeeCompetence],
    { hideExistence: true },
  ),
  /** For a job, the matching joint customers: only those whose competence the worker may see. */
  matchingCustomers: defineListAction('jobs.matching_customers', [workerMaySeeCompetence]),
  suggest: defineTargetAction<'jobs.suggest', CustomerId>(
    'jobs.suggest',
    customerTarget,
    [workerMaySeeCompetence],
    { hideExistence: true },
  ),
  readSuggestions: defineTargetAction<'jobs.read_suggestions', CustomerId>(
    'jobs.read_suggestions',
    customerTarget,
    [isCustomerThemself, workerMaySeeCompetence],
    { hideExistence: true },
  ),
  respond: defineTargetAction('jobs.respond_to_suggestion', jobSuggestionTarget, [ownSuggestion], {
    hideExistence: true,
  }),
}
