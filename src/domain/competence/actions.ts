import {
  customerTarget,
  defineTargetAction,
  isCustomerThemself,
  relation,
} from '../../platform/access'
import type { CustomerId } from '../../platform/ids'
import { customersWithCategoryFor } from '../cases/relations'

/**
 * A worker whose organisation may see the customer's `competence` data now: the one rule of data
 * categories (mayReadCategory, src/domain/cases/relations.ts), by statute or by consent.
 */
export const workerMaySeeCompetence = relation(
  "worker of an organisation whose statute or consent covers the customer's competence",
  (actor, now) => customersWithCategoryFor(actor, now, 'competence'),
)

// The profile is the young person's: only they change it. Its existence is private: 404 to others.
export const competenceActions = {
  read: defineTargetAction<'competence.read', CustomerId>(
    'competence.read',
    customerTarget,
    [isCustomerThemself, workerMaySeeCompetence],
    { hideExistence: true },
  ),
  write: defineTargetAction<'competence.write', CustomerId>(
    'competence.write',
    customerTarget,
    [isCustomerThemself],
    { hideExistence: true },
  ),
  /** Earlier versions and the data-portability export stay the young person's own. */
  readVersions: defineTargetAction<'competence.read_versions', CustomerId>(
    'competence.read_versions',
    customerTarget,
    [isCustomerThemself],
    { hideExistence: true },
  ),
  suggest: defineTargetAction<'competence.suggest', CustomerId>(
    'competence.suggest',
    customerTarget,
    [workerMaySeeCompetence],
    { hideExistence: true },
  ),
}

export const profileActions = [
  competenceActions.read,
  competenceActions.write,
  competenceActions.readVersions,
  competenceActions.suggest,
] as const
